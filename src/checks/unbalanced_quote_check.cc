#include "checks/unbalanced_quote_check.h"

namespace qa {

std::unique_ptr<Check> UnbalancedQuoteCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                    std::vector<RuleError>* errors) {
  return std::unique_ptr<Check>(new UnbalancedQuoteCheck(rule.severity));
}

void UnbalancedQuoteCheck::Run(const CheckContext& context, std::vector<Finding>* findings) {
  for (const MarkProblem& problem : context.scan.mark_problems) {
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    finding.message =
        problem.message.empty() ? "quote mark that cannot be paired with another" : problem.message;
    finding.span = problem.mark;
    findings->push_back(std::move(finding));
  }
}

}  // namespace qa
