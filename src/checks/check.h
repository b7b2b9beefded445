// A check turns scan results into findings. Checks are built once per run
// (compiling their patterns then) and Run() once per document.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "core/quote.h"
#include "rules/rule_set.h"

namespace qa {

struct CheckContext {
  const Document& document;
  const ScanResult& scan;
};

// What a cross-document check remembers of the documents it has seen. One
// run shares it between the checks of the same id under every config, so a
// paragraph copied between folders with different configs is still found.
class CrossFileState {
 public:
  virtual ~CrossFileState() = default;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view id() const = 0;
  // Appends this document's findings. Cross-document checks also remember a
  // compact digest of the document here and report a later copy against an
  // earlier file, so they need no second pass. Not thread-safe for those.
  virtual void Run(const CheckContext& context, std::vector<Finding>* findings) = 0;

  // Cross-document checks (with across_files on) return their memory of
  // earlier documents, and adopt the memory of the check of the same id built
  // for another config; the default is a check that looks at one document.
  virtual std::shared_ptr<CrossFileState> cross_file_state() { return nullptr; }
  virtual void set_cross_file_state(std::shared_ptr<CrossFileState> /*state*/) {}
};

}  // namespace qa
