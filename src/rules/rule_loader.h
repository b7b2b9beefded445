// Reads rule files into a RuleSet: first the built-in files embedded in the
// binary, then each user directory's *.json in sorted order. Every file is
// validated; all errors are collected (each naming file and JSON path) rather
// than stopping at the first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"
#include "rules/rule_set_builder.h"

namespace qa {

struct RuleLoadResult {
  RuleSet rules;                  // read-only: built by merging the files into a RuleSetBuilder
  std::vector<RuleError> errors;  // empty on success
};

// Built-in rules plus the *.json files in each of `user_dirs` (a path to a
// single .json file is accepted too), in this order: the embedded files by
// name, then each entry of `user_dirs` as given, a directory's files sorted
// by name (not recursive; names starting with '.' are skipped). A missing or
// unreadable path is an error naming it. After merging, every attribution
// pattern is expanded and compiled (ValidateRuleSet).
RuleLoadResult LoadRules(const std::vector<std::string>& user_dirs);

// Validates one rule file's JSON text and merges it into `rules` (see
// docs/rules.md for the merge rules). `name` is used in errors. JSON comments
// (// and /* */) are allowed. Parts of the file with errors are not merged;
// the rest is.
void MergeRuleFile(std::string_view name, std::string_view json_text, RuleSetBuilder* rules,
                   std::vector<RuleError>* errors);

// Merges the rule files embedded in the binary, in name order: what the
// build snapshots (rules/rule_snapshot.h) and what LoadRules starts from.
void MergeEmbeddedRuleFiles(RuleSetBuilder* rules, std::vector<RuleError>* errors);

// Checks that need every file merged first: each attribution pattern's
// {placeholders} name a lexicon and the expanded pattern compiles. Errors
// name the file and pointer the pattern came from.
void ValidateRuleSet(const RuleSet& rules, std::vector<RuleError>* errors);

}  // namespace qa
