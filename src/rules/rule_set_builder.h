// The one way to make a RuleSet: the rule loader and the config merge rule
// files into a builder, then take the finished, read-only RuleSet out of it.
// Nothing outside rules/ (and the config stage, which merges its settings as
// one more rule file) changes a RuleSet after that.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rules/rule_set.h"

namespace qa {

class RuleSetBuilder {
 public:
  RuleSetBuilder() = default;
  // Starts from a finished set, to merge more files over it.
  explicit RuleSetBuilder(RuleSet base) : rules_(std::move(base)) {}

  // The set as built so far, for lookups while merging.
  const RuleSet& current() const { return rules_; }

  std::map<std::string, Lexicon>& lexicons() { return rules_.lexicons_; }
  std::map<std::string, RuleInfo>& rules() { return rules_.rules_; }
  std::vector<AttributionPatternSpec>& attribution_patterns() {
    return rules_.attribution_patterns_;
  }

  void set_unresolved_pronoun_factor(double factor) { rules_.unresolved_pronoun_factor_ = factor; }

  RuleSet Build() && { return std::move(rules_); }

 private:
  RuleSet rules_;
};

}  // namespace qa
