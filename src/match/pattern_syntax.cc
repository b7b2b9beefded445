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

bool OpensAtWordBoundary(std::string_view pattern) {
  if (pattern.substr(0, 2) != "\\b") return false;
  if (pattern.size() > 2 && std::string_view("*+?{").find(pattern[2]) != std::string_view::npos) {
    return false;
  }
  int depth = 0;
  for (size_t i = 2; i < pattern.size(); i = PieceEnd(pattern, i) + 1) {
    if (pattern[i] == '(') ++depth;
    if (pattern[i] == ')') --depth;
    // An alternative beside the \b: its matches may start anywhere.
    if (depth <= 0 && pattern[i] == '|') return false;
  }
  return true;
}

}  // namespace qa
