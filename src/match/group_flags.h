// The flags of a group as RE2 writes them ("(?i:", "(?-i)", "(?sU:"), read
// the same way by the readers that follow a pattern's case folding without
// compiling it (required_text.h, unicode_narrowing.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace qa {

struct GroupFlags {
  bool fold = false;  // case folding after the flags
  size_t end = 0;     // offset of the ':' or ')' that ends them
};

// The flags starting at `begin` (just after "(?"), with `fold` in force
// before them; nullopt when they hold a flag RE2 does not know ('m', 's' and
// 'U' are read past) or do not end.
inline std::optional<GroupFlags> ReadGroupFlags(std::string_view pattern, size_t begin, bool fold) {
  bool value = true;
  for (size_t i = begin; i < pattern.size(); ++i) {
    const char f = pattern[i];
    if (f == ':' || f == ')') return GroupFlags{fold, i};
    if (f == '-') {
      value = false;
    } else if (f == 'i') {
      fold = value;
    } else if (f != 'm' && f != 's' && f != 'U') {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace qa
