#include "checks/unbalanced_quote_check.h"

#include "rules/option_reader.h"

namespace qa {

std::unique_ptr<Check> UnbalancedQuoteCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                    std::vector<RuleError>* errors) {
  // No options: the reader reports any the rule file declares.
  OptionReader reader(rule, errors);
  if (!reader.Finish()) return nullptr;
  return std::unique_ptr<Check>(new UnbalancedQuoteCheck(rule.severity));
}

void UnbalancedQuoteCheck::Run(const CheckContext& context, FindingSink findings) const {
  for (const MarkProblem& problem : context.scan.mark_problems) {
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    finding.message =
        problem.message.empty() ? "quote mark that cannot be paired with another" : problem.message;
    finding.span = problem.mark;
    findings.push_back(std::move(finding));
  }
}

}  // namespace qa
