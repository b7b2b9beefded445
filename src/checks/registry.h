// The explicit list of checks, in alphabetical order of rule id.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "checks/check.h"

namespace qa {

// Builds every enabled check with its severity and options from `rules`.
// Pattern errors are appended to *errors.
std::vector<std::unique_ptr<Check>> MakeChecks(const RuleSet& rules,
                                               std::vector<RuleError>* errors);

// The rule id of every registered check, in registry order. For the tests
// that keep the registry, rules/, docs/rules/ and fixtures/checks/ in step.
std::vector<std::string_view> RegisteredCheckIds();

}  // namespace qa

namespace qa {

// The rules that have a rule file but no registered Check, because the CLI
// reports them after every check has run (unused-suppression: a directive
// can only be judged against every other check's findings). The one list of
// them: the tests that keep rule files and checks in step exempt exactly
// these from "every rule has a check" (docs/adding-a-rule.md).
std::vector<std::string_view> PostCheckRuleIds();

}  // namespace qa
