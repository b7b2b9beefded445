// The scan stage: finds every quote in a document and ties it to its source.
// Built once per run from the rule set (all patterns compiled here, at
// start-up); Scan() is then called once per document and is thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_set.h"

namespace qa {

class Attributor;
class QuoteFinder;

class Scanner {
 public:
  // Returns nullptr and fills *errors when a pattern in the rules is invalid.
  static std::unique_ptr<Scanner> Create(const RuleSet& rules, std::vector<RuleError>* errors);
  ~Scanner();

  ScanResult Scan(const Document& document) const;

 private:
  Scanner();
  std::unique_ptr<QuoteFinder> finder_;
  std::unique_ptr<Attributor> attributor_;
};

}  // namespace qa
