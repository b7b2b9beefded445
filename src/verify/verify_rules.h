// The rules `quoteaudit verify` reports (rules/misquote.json,
// rules/misattributed-quote.json, rules/unverified-quote.json) and their
// options, read once from the rule set.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/severity.h"
#include "rules/rule_set.h"

namespace qa {

inline constexpr std::string_view kMisquoteRule = "misquote";
inline constexpr std::string_view kMisattributedQuoteRule = "misattributed-quote";
inline constexpr std::string_view kUnverifiedQuoteRule = "unverified-quote";

// The three, for the tests that keep rules, checks and fixtures in step:
// they have no Check (`check` never runs them) and their fixtures are in
// fixtures/verify/.
std::vector<std::string_view> VerifyRuleIds();

struct VerifyRules {
  // Each rule's severity, or nullopt when it is disabled.
  std::optional<Severity> misquote;
  std::optional<Severity> misattributed;
  std::optional<Severity> unverified;
  // misquote: at most this many words changed, added or cut still make a
  // misquote; more make the quote unverified.
  size_t max_changed_words = 0;
  // misquote: and at least this share of the quote's words must be the
  // source's.
  double min_matched_fraction = 1.0;
  // unverified-quote: quotes of fewer words are not reported as unverified.
  size_t min_words = 1;

  // nullopt with *errors filled when an option is missing or mistyped.
  static std::optional<VerifyRules> Read(const RuleSet& rules, std::vector<RuleError>* errors);
};

}  // namespace qa
