// A check turns scan results into findings. Checks are built once per run
// (compiling their patterns then) and Run() once per document.
#pragma once

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

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view id() const = 0;
  // Appends this document's findings. Cross-document checks also remember a
  // compact digest of the document here and report a later copy against an
  // earlier file, so they need no second pass. Not thread-safe for those.
  virtual void Run(const CheckContext& context, std::vector<Finding>* findings) = 0;
};

}  // namespace qa
