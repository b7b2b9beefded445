// A pattern that closes with a greedy run of one negated class of
// punctuation, as the attribution patterns that read the speaker after the
// cue do:
//
//   ^\s*[,.?!]?\s*\b(?P<cue>said|told|...)\b\s+(?P<speaker>[^;:!?"“”«»]+)
//
// RE2 reads such a pattern's groups over the whole match, which runs to the
// end of the window after a quote, with its NFA where the speech verbs make
// the program big. The match is fixed by the rest of the pattern (its head)
// alone: with leftmost-first semantics, when the head's match is followed
// by a character of the run, the whole match is the head's, its groups
// included, and the longest run from there (a greedy run takes all it can,
// and nothing follows it). So a Pattern searches the head (RE2's capture
// engine over the cue and the space after it) and walks forward over the
// run (match/pattern.cc). When the head's match is followed by a stop, the
// end of the text or a byte that is not well-formed UTF-8, the head's match
// may not be the whole pattern's, and the whole pattern is searched as
// before.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match/stop_class.h"

namespace qa {

class TrailingRun {
 public:
  // The head and run of `pattern`, or nullopt when it does not close with
  // a capturing group of one greedy `[^...]+` of punctuation (as
  // StopClass::OfGroup reads it) after a head with no alternation at top
  // level, or when the head is empty.
  static std::optional<TrailingRun> Of(std::string_view pattern);

  // The pattern before the run's group: its groups are the pattern's less
  // the last.
  const std::string& head() const { return head_; }
  const std::vector<char32_t>& stops() const { return stops_.stops(); }

  // Where the run that starts at `begin` ends, reading no further than
  // `end`: at the first stop, or at `end`; `begin` itself when the run is
  // empty. Nullopt (RE2 must answer) when a byte on the way is not
  // well-formed UTF-8 or a character crosses `end`.
  std::optional<size_t> RunEnd(std::string_view text, size_t begin, size_t end) const;

 private:
  TrailingRun(std::string head, StopClass stops)
      : head_(std::move(head)), stops_(std::move(stops)) {}

  std::string head_;
  StopClass stops_;
};

}  // namespace qa
