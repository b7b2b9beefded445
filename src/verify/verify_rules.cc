#include "verify/verify_rules.h"

#include "rules/option_reader.h"

namespace qa {

std::vector<std::string_view> VerifyRuleIds() {
  return {kMisattributedQuoteRule, kMisquoteRule, kUnverifiedQuoteRule};
}

std::optional<VerifyRules> VerifyRules::Read(const RuleSet& rules, std::vector<RuleError>* errors) {
  VerifyRules read;
  bool ok = true;
  auto severity = [](const RuleInfo* rule) {
    return rule != nullptr && rule->enabled ? std::optional<Severity>(rule->severity)
                                            : std::nullopt;
  };
  if (const RuleInfo* rule = rules.FindRule(std::string(kMisquoteRule))) {
    OptionReader reader(*rule, errors);
    read.max_changed_words = reader.Count("max_changed_words");
    read.min_matched_fraction = reader.Number("min_matched_fraction");
    ok &= reader.Finish();
    read.misquote = severity(rule);
  }
  if (const RuleInfo* rule = rules.FindRule(std::string(kMisattributedQuoteRule))) {
    OptionReader reader(*rule, errors);
    ok &= reader.Finish();
    read.misattributed = severity(rule);
  }
  if (const RuleInfo* rule = rules.FindRule(std::string(kUnverifiedQuoteRule))) {
    OptionReader reader(*rule, errors);
    read.min_words = reader.Count("min_words");
    ok &= reader.Finish();
    read.unverified = severity(rule);
  }
  if (!ok) return std::nullopt;
  return read;
}

}  // namespace qa
