#include "match/stop_class.h"

#include "core/utf8.h"
#include "match/pattern_syntax.h"

namespace qa {
namespace {

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A member the run may stop at: punctuation no case folding maps to
// anything else (so `(?i)` cannot widen the class), and nothing the class
// syntax gives a meaning to.
bool IsPlainStop(char32_t c) {
  if (c < 0x80) {
    return c >= 0x20 && c != 0x7F && !IsAsciiLetter(c) && c != '\\' && c != '[' && c != ']' &&
           c != '-';
  }
  // Latin-1 punctuation (not the micro sign, which folds to Greek mu) and
  // General Punctuation.
  return (c >= 0xA0 && c <= 0xBF && c != 0xB5) || (c >= 0x2000 && c <= 0x206F);
}

// The offset just past `(?P<name>` or `(?<name>` at pattern[at], or 0.
size_t AfterGroupName(std::string_view pattern, size_t at) {
  size_t i;
  if (pattern.substr(at, 4) == "(?P<") {
    i = at + 4;
  } else if (pattern.substr(at, 3) == "(?<") {
    i = at + 3;
  } else {
    return 0;
  }
  const size_t name = i;
  while (i < pattern.size() && (IsAsciiLetter(pattern[i]) || pattern[i] == '_' ||
                                (pattern[i] >= '0' && pattern[i] <= '9'))) {
    ++i;
  }
  if (i == name || i >= pattern.size() || pattern[i] != '>') return 0;
  return i + 1;
}

}  // namespace

std::optional<StopClass> StopClass::OfGroup(std::string_view pattern, size_t at,
                                            std::string_view quantifier, size_t* after) {
  size_t i = AfterGroupName(pattern, at);
  if (i == 0 || pattern.substr(i, 2) != "[^") return std::nullopt;
  i += 2;
  StopClass run;
  while (i < pattern.size() && pattern[i] != ']') {
    const size_t length = ValidUtf8Length(pattern, i);
    if (length == 0) return std::nullopt;
    const char32_t c = DecodeValidUtf8(pattern, i, length);
    if (!IsPlainStop(c)) return std::nullopt;
    run.stops_.push_back(c);
    if (c < 0x80) run.ascii_stops_[c >> 6] |= 1ULL << (c & 63);
    i += length;
  }
  if (run.stops_.empty() || i >= pattern.size()) return std::nullopt;
  ++i;  // the ']'
  if (pattern.substr(i, quantifier.size()) != quantifier ||
      pattern.substr(i + quantifier.size(), 1) != ")") {
    return std::nullopt;
  }
  *after = i + quantifier.size() + 1;
  return run;
}

bool HasTopLevelAlternation(std::string_view part) {
  int depth = 0;
  for (size_t i = 0; i < part.size(); i = PieceEnd(part, i) + 1) {
    const char c = part[i];
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return true;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace qa
