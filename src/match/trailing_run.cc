#include "match/trailing_run.h"

#include "core/utf8.h"
#include "match/pattern_syntax.h"

namespace qa {
namespace {

// The offset of the last group that opens at top level in `pattern`, or
// npos: the only one that can close at its end.
size_t LastTopLevelGroup(std::string_view pattern) {
  size_t last = std::string_view::npos;
  int depth = 0;
  for (size_t i = 0; i < pattern.size(); i = PieceEnd(pattern, i) + 1) {
    const char c = pattern[i];
    if (c == '(') {
      if (depth == 0) last = i;
      ++depth;
    } else if (c == ')') {
      --depth;
    }
  }
  return last;
}

}  // namespace

std::optional<TrailingRun> TrailingRun::Of(std::string_view pattern) {
  const size_t group = LastTopLevelGroup(pattern);
  if (group == std::string_view::npos || group == 0) return std::nullopt;
  size_t after = 0;
  std::optional<StopClass> stops = StopClass::OfGroup(pattern, group, "+", &after);
  if (!stops || after != pattern.size()) return std::nullopt;
  const std::string_view head = pattern.substr(0, group);
  if (HasTopLevelAlternation(head)) return std::nullopt;
  return TrailingRun(std::string(head), std::move(*stops));
}

std::optional<size_t> TrailingRun::RunEnd(std::string_view text, size_t begin, size_t end) const {
  size_t at = begin;
  while (at < end) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      if (stops_.IsStop(byte)) break;
      ++at;
      continue;
    }
    const size_t length = ValidUtf8Length(text, at);
    if (length == 0 || at + length > end) return std::nullopt;
    if (stops_.IsStop(DecodeValidUtf8(text, at, length))) break;
    at += length;
  }
  return at;
}

}  // namespace qa
