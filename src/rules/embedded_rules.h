// The built-in rule files, compiled into the binary from rules/*.json.
#pragma once

#include <string_view>
#include <vector>

namespace qa {

struct EmbeddedRuleFile {
  std::string_view name;     // "rules/speech-verbs.json"
  std::string_view content;  // the file's JSON text
};

// In sorted file-name order.
const std::vector<EmbeddedRuleFile>& EmbeddedRuleFiles();

}  // namespace qa
