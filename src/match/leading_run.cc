#include "match/leading_run.h"

#include <cctype>

#include "core/utf8.h"
#include "match/pattern_syntax.h"

namespace qa {
namespace {

// Where the first group at the top level of pattern[1...] opens, when
// pattern[0] is `^` (not repeated) and the part before that group holds no capturing group,
// no `|` at its top level, no lazy quantifier and no `\Q` (whose quoted
// parentheses a walk would read as syntax); npos otherwise. A lazy prefix
// (`^[^;]*?,`) prefers its shortest match, so its longest would seldom be
// the one RE2 takes, and Pattern would leave almost every search to RE2.
size_t RunAfterAnchoredPrefix(std::string_view pattern) {
  // `^` repeated (`^?`, `^*`) anchors nothing.
  if (pattern.empty() || pattern[0] != '^' ||
      pattern.substr(1, 1).find_first_of("?*+{") != std::string_view::npos) {
    return std::string_view::npos;
  }
  int depth = 0;
  bool after_quantifier = false;
  size_t i = 1;
  while (i < pattern.size()) {
    const std::string_view rest = pattern.substr(i);
    if (rest.starts_with("\\Q")) return std::string_view::npos;
    if (rest.starts_with("(?P<") || rest.starts_with("(?<")) {
      return depth == 0 ? i : std::string_view::npos;
    }
    const char c = rest[0];
    if (c == '?' && after_quantifier) return std::string_view::npos;
    after_quantifier = c == '*' || c == '+' || c == '?' || c == '}';
    if (c == '(') {
      // Only groups that capture nothing: `(?:`, `(?i:`, `(?-i:`. Not a
      // flag group like `(?i)`, which would change how the tail, compiled
      // apart, reads.
      size_t colon = 2;
      while (colon < rest.size() &&
             (std::isalpha(static_cast<unsigned char>(rest[colon])) != 0 || rest[colon] == '-')) {
        ++colon;
      }
      if (!rest.starts_with("(?") || colon >= rest.size() || rest[colon] != ':') {
        return std::string_view::npos;
      }
      ++depth;
      i += colon + 1;
      continue;
    }
    if (c == ')') {
      if (--depth < 0) return std::string_view::npos;
    } else if (c == '|' && depth == 0) {
      return std::string_view::npos;
    }
    i = PieceEnd(pattern, i) + 1;
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<LeadingRun> LeadingRun::Of(std::string_view pattern) {
  // The run opens the pattern, or follows a prefix anchored at the text's
  // start (`^\s*[,.]?\s*(?P<speaker>...`).
  size_t at = 0;
  if (!pattern.empty() && pattern[0] == '^') {
    at = RunAfterAnchoredPrefix(pattern);
    if (at == std::string_view::npos) return std::nullopt;
  }
  size_t after = 0;
  std::optional<StopClass> stops = StopClass::OfGroup(pattern, at, "+?", &after);
  if (!stops) return std::nullopt;
  std::string_view tail = pattern.substr(after);
  // A quantifier here would repeat the group itself.
  if (tail.empty() || tail.find_first_of("*+?{", 0) == 0) return std::nullopt;
  if (HasTopLevelAlternation(tail)) return std::nullopt;
  LeadingRun run(std::string(tail), std::move(*stops));
  run.prefix_ = std::string(pattern.substr(0, at));
  return run;
}

std::optional<size_t> LeadingRun::RunStart(std::string_view text, size_t start, size_t end) const {
  size_t at = end;
  while (at > start) {
    const auto byte = static_cast<unsigned char>(text[at - 1]);
    if (byte < 0x80) {
      if (stops_.IsStop(byte)) break;
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
    if (stops_.IsStop(DecodeValidUtf8(text, lead, length))) break;
    at = lead;
  }
  return at;
}

}  // namespace qa
