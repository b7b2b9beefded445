// Reads rule files into a RuleSet: first the built-in files embedded in the
// binary, then each user directory's *.json in sorted order. Every file is
// validated; all errors are collected (each naming file and JSON path) rather
// than stopping at the first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace qa {

struct RuleLoadResult {
  RuleSet rules;
  std::vector<RuleError> errors;  // empty on success
};

// Built-in rules plus the *.json files in each of `user_dirs` (a path to a
// single .json file is accepted too).
RuleLoadResult LoadRules(const std::vector<std::string>& user_dirs);

// Merges one rule file's JSON text into `rules`. `name` is used in errors.
// JSON comments (// and /* */) are allowed.
void MergeRuleFile(std::string_view name, std::string_view json_text, RuleSet* rules,
                   std::vector<RuleError>* errors);

}  // namespace qa
