// Compiles a check's patterns from rule lexicons, once, when the check is
// built. A template is RE2 syntax with {lexicon-name} placeholders (expanded
// by rules/pattern_expander.h: literal entries, longest first, a space
// matching any whitespace run). Matching is case-insensitive; templates use
// (?-i:...) where case matters.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "match/pattern.h"
#include "rules/rule_set.h"

namespace qa {

// Returns nullptr and appends a RuleError naming the rule's file when a
// placeholder names no lexicon or the expanded pattern does not compile.
std::unique_ptr<Pattern> CompileCheckPattern(const RuleInfo& rule,
                                             std::string_view pattern_template,
                                             const RuleSet& rules, std::vector<RuleError>* errors);

}  // namespace qa
