// "Did you mean ...?" for misspelt keys and lexicon names in rule files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qa {

// The candidate closest to `name` by edit distance, or "" when none is close
// enough to be a plausible typo (at most 2 edits, and fewer than half the
// name's length).
std::string ClosestName(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace qa
