// RE2's own match of a whole pattern, reported as qa::Pattern reports one:
// the oracle the tests and the fuzz target compare Pattern's shortcuts with
// (match/leading_run.h).
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "match/pattern.h"

namespace qa::test_re2 {

// The first match in text[start, end) (end: the text's end unless given),
// or anchored at `start`; offsets from the start of `text`, which is all
// context for \b, ^ and $.
inline std::optional<PatternMatch> Re2WholeMatch(const RE2& re, std::string_view text, size_t start,
                                                 bool anchored,
                                                 size_t end = std::string_view::npos) {
  const int count = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(count));
  if (!re.Match(re2::StringPiece(text.data(), text.size()), start, std::min(end, text.size()),
                anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, pieces.data(), count)) {
    return std::nullopt;
  }
  auto span = [&](const re2::StringPiece& piece) {
    const size_t begin = static_cast<size_t>(piece.data() - text.data());
    return Span{begin, begin + piece.size()};
  };
  PatternMatch match;
  match.whole = span(pieces[0]);
  match.groups.resize(static_cast<size_t>(count));
  for (size_t i = 1; i < pieces.size(); ++i) {
    if (pieces[i].data() != nullptr) match.groups[i] = span(pieces[i]);
  }
  return match;
}

}  // namespace qa::test_re2
