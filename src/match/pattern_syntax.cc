#include "match/pattern_syntax.h"

namespace qa {

size_t EscapeEnd(std::string_view pattern, size_t i) {
  if (i + 1 < pattern.size() && pattern[i + 1] == 'Q') {
    const size_t end = pattern.find("\\E", i + 2);
    return end == std::string_view::npos ? pattern.size() : end + 1;
  }
  return i + 1;
}

size_t ClassEnd(std::string_view pattern, size_t i) {
  size_t j = i + 1;
  if (j < pattern.size() && pattern[j] == '^') ++j;
  if (j < pattern.size() && pattern[j] == ']') ++j;
  while (j < pattern.size() && pattern[j] != ']') {
    if (pattern[j] == '\\') {
      j += 2;
    } else if (pattern.substr(j, 2) == "[:") {
      const size_t end = pattern.find(":]", j + 2);
      j = end == std::string_view::npos ? j + 1 : end + 2;
    } else {
      ++j;
    }
  }
  return j < pattern.size() ? j : pattern.size();
}

size_t PieceEnd(std::string_view pattern, size_t i) {
  if (pattern[i] == '\\') return EscapeEnd(pattern, i);
  if (pattern[i] == '[') return ClassEnd(pattern, i);
  return i;
}

}  // namespace qa
