// The places an attribution pattern may look for a quote's source, relative
// to the quote ("where" in a rule file). This list is the single place to
// extend: the loader validates against it, docs/rule-file.schema.json lists
// the same names (a unit test keeps the two in step) and the attributor
// decides what each place means.
#pragma once

#include <array>
#include <string_view>

namespace qa {

inline constexpr auto kAttributionPlaces = std::to_array<std::string_view>({
    "after",
    "before",
    "sentence-before",
    "sentence-after",
    "next-sentence",
    "previous-sentence",
    "paragraph-before",
    "paragraph-after",
    "label",
    "continuation",
});

inline bool IsAttributionPlace(std::string_view where) {
  for (std::string_view place : kAttributionPlaces) {
    if (place == where) return true;
  }
  return false;
}

}  // namespace qa
