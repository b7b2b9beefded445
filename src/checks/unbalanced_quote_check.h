// unbalanced-quote: a quote mark the quote finder could not pair (a quote
// opened and never closed, or a closing mark with nothing to close). The span
// is the mark itself; the message is the finder's.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace qa {

class UnbalancedQuoteCheck : public Check {
 public:
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors);

  std::string_view id() const override { return "unbalanced-quote"; }
  void Run(const CheckContext& context, FindingSink findings) const override;

 private:
  explicit UnbalancedQuoteCheck(Severity severity) : severity_(severity) {}

  Severity severity_;
};

}  // namespace qa
