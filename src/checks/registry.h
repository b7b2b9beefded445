// The explicit list of checks, in alphabetical order of rule id.
#pragma once

#include <memory>
#include <vector>

#include "checks/check.h"

namespace qa {

// Builds every enabled check with its severity and options from `rules`.
// Pattern errors are appended to *errors.
std::vector<std::unique_ptr<Check>> MakeChecks(const RuleSet& rules,
                                               std::vector<RuleError>* errors);

}  // namespace qa
