#include "match/leading_run.h"

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

// The offset just past `(?P<name>` or `(?<name>` at the start, or 0.
size_t AfterGroupName(std::string_view pattern) {
  size_t i;
  if (pattern.substr(0, 4) == "(?P<") {
    i = 4;
  } else if (pattern.substr(0, 3) == "(?<") {
    i = 3;
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

// Whether `tail` has a `|` outside every group (then the leading group is
// one side of an alternation, not a prefix of every match) or closes a
// group it did not open.
bool HasTopLevelAlternation(std::string_view tail) {
  int depth = 0;
  for (size_t i = 0; i < tail.size(); ++i) {
    const char c = tail[i];
    if (c == '\\') {
      i = EscapeEnd(tail, i);
    } else if (c == '[') {
      i = ClassEnd(tail, i);
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return true;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<LeadingRun> LeadingRun::Of(std::string_view pattern) {
  size_t i = AfterGroupName(pattern);
  if (i == 0 || pattern.substr(i, 2) != "[^") return std::nullopt;
  i += 2;
  LeadingRun run;
  while (i < pattern.size() && pattern[i] != ']') {
    const size_t length = ValidUtf8Length(pattern, i);
    if (length == 0) return std::nullopt;
    const char32_t c = DecodeValidUtf8(pattern, i, length);
    if (!IsPlainStop(c)) return std::nullopt;
    run.stops_.push_back(c);
    if (c < 0x80) run.ascii_stops_[c >> 6] |= 1ULL << (c & 63);
    i += length;
  }
  if (run.stops_.empty() || pattern.substr(i, 4) != "]+?)") return std::nullopt;
  std::string_view tail = pattern.substr(i + 4);
  // A quantifier here would repeat the group itself.
  if (tail.empty() || tail.find_first_of("*+?{", 0) == 0) return std::nullopt;
  if (HasTopLevelAlternation(tail)) return std::nullopt;
  run.tail_ = std::string(tail);
  return run;
}

bool LeadingRun::IsStop(char32_t c) const {
  if (c < 0x80) return (ascii_stops_[c >> 6] >> (c & 63)) & 1;
  for (char32_t stop : stops_) {
    if (stop == c) return true;
  }
  return false;
}

std::optional<size_t> LeadingRun::RunStart(std::string_view text, size_t start, size_t end) const {
  size_t at = end;
  while (at > start) {
    const auto byte = static_cast<unsigned char>(text[at - 1]);
    if (byte < 0x80) {
      if (IsStop(byte)) break;
      --at;
      continue;
    }
    // Back over up to three continuation bytes to the lead byte, which must
    // begin a well-formed character ending exactly at `at`.
    size_t lead = at - 1;
    while (lead > start && at - lead < 4 &&
           (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) {
      --lead;
    }
    const size_t length = ValidUtf8Length(text, lead);
    if (length == 0 || lead + length != at) return std::nullopt;
    if (IsStop(DecodeValidUtf8(text, lead, length))) break;
    at = lead;
  }
  return at;
}

}  // namespace qa
