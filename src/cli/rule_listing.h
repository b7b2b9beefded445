// `quoteaudit rules`: the check rules in effect (built-in rules, --rules
// files and the config), as an aligned text table or, with --format json, as
// one JSON document:
//
//   {"version": 1,
//    "rules": [{"id": "vague-source", "severity": "warning", "enabled": true,
//               "summary": "...", "source": "rules/vague-source.json",
//               "options": {"min_words": {"value": 3, "default": 3}}}, ...]}
//
// Rules are in id order; "value" is the option's value in effect, "default"
// the value the rule's first file declared.
#pragma once

#include <ostream>
#include <string_view>

#include "rules/rule_set.h"

namespace qa {

// `format` is "text" (or empty) or "json".
void ListRules(const RuleSet& rules, std::string_view format, std::ostream& out);

}  // namespace qa
