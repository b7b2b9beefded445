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

namespace {

bool IsQuantifier(std::string_view pattern, size_t i) {
  return i < pattern.size() && std::string_view("*+?{").find(pattern[i]) != std::string_view::npos;
}

bool AlternativesOpenAtWordBoundary(std::string_view pattern, size_t begin, size_t end);

// Whether every match of pattern[begin, end), one alternative, starts where
// \b holds: it opens with a \b, or with a group whose every alternative
// does; neither may be quantified (a `?` or `{0,1}` would make it optional).
bool SequenceOpensAtWordBoundary(std::string_view pattern, size_t begin, size_t end) {
  if (begin + 2 <= end && pattern.substr(begin, 2) == "\\b")
    return !IsQuantifier(pattern, begin + 2);
  if (begin >= end || pattern[begin] != '(') return false;
  size_t close = begin;
  for (int depth = 0; close < end; close = PieceEnd(pattern, close) + 1) {
    if (pattern[close] == '(') ++depth;
    if (pattern[close] == ')' && --depth == 0) break;
  }
  if (close >= end || IsQuantifier(pattern, close + 1)) return false;
  size_t inner = begin + 1;
  if (pattern[inner] == '?') {
    // (?:...), (?P<name>...), (?i:...); a flag setting such as (?i) is no group.
    const size_t colon = pattern.find_first_of(":)<", inner);
    if (pattern.substr(inner, 3) == "?P<") {
      inner = pattern.find('>', inner);
      if (inner == std::string_view::npos || inner >= close) return false;
    } else if (colon == std::string_view::npos || pattern[colon] != ':' || colon >= close) {
      return false;
    } else {
      inner = colon;
    }
    ++inner;
  }
  return AlternativesOpenAtWordBoundary(pattern, inner, close);
}

bool AlternativesOpenAtWordBoundary(std::string_view pattern, size_t begin, size_t end) {
  size_t alternative = begin;
  int depth = 0;
  for (size_t i = begin; i < end; i = PieceEnd(pattern, i) + 1) {
    if (pattern[i] == '(') ++depth;
    if (pattern[i] == ')') --depth;
    if (depth == 0 && pattern[i] == '|') {
      if (!SequenceOpensAtWordBoundary(pattern, alternative, i)) return false;
      alternative = i + 1;
    }
  }
  return SequenceOpensAtWordBoundary(pattern, alternative, end);
}

}  // namespace

bool OpensAtWordBoundary(std::string_view pattern) {
  return AlternativesOpenAtWordBoundary(pattern, 0, pattern.size());
}

}  // namespace qa
