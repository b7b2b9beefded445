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
