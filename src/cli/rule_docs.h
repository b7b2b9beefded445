// The rule pages (docs/rules/<id>.md), compiled into the binary at build
// time by cmake/embed_files.cmake, so the formats that carry a rule's
// help (sarif) have it wherever the binary is installed.
#pragma once

#include <string_view>
#include <vector>

namespace qa {

struct EmbeddedRuleDoc {
  std::string_view id;        // "vague-source", from docs/rules/vague-source.md
  std::string_view markdown;  // the page
};

// In sorted id order.
const std::vector<EmbeddedRuleDoc>& EmbeddedRuleDocs();

// The page of rule `id`, or "" when it has none (a rule from --rules).
std::string_view RuleDoc(std::string_view id);

}  // namespace qa
