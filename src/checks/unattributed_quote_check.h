// unattributed-quote: a direct or partial quote that the attributor could
// tie to no source. Scare quotes and titles are never reported.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace qa {

class UnattributedQuoteCheck : public Check {
 public:
  // Options: include_partial (bool, default true), min_words (number,
  // default 1: quotes with fewer words are ignored).
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors);

  std::string_view id() const override { return "unattributed-quote"; }
  void Run(const CheckContext& context, std::vector<Finding>* findings) override;

 private:
  explicit UnattributedQuoteCheck(const RuleInfo& rule);

  Severity severity_;
  bool include_partial_;
  size_t min_words_;
};

}  // namespace qa
