// The members of the Unicode property classes the built-in rules use, as
// RE2 reads them, made at build time (src/match/unicode_table_tool): what
// narrowing a class to a document's characters asks (unicode_narrowing.h).
#pragma once

#include <span>

namespace qa {

struct UnicodeRange {
  char32_t first;
  char32_t last;
};

struct UnicodeClassTable {
  const char* escape;                    // as written in a pattern: "\p{Lu}"
  bool fold;                             // read with case folding
  std::span<const UnicodeRange> ranges;  // in order, apart
};

std::span<const UnicodeClassTable> BuiltInUnicodeClassTables();

}  // namespace qa
