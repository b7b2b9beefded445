// A pattern that opens with a lazy run of one negated class of punctuation,
// as most attribution patterns' speaker regions do:
//
//   (?P<speaker>[^;:!?"“”«»]+?)\s+(?P<cue>said|told|...)...$
//
// RE2 reads such a pattern's groups by running its capture engine over the
// whole match, which spans most of the window before a quote (about 30 µs
// a window with the 300 speech verbs). The match is fixed by the rest of
// the pattern (its tail) alone: with leftmost-first semantics the run ends
// where the tail's leftmost match begins, and starts where the run of
// non-stop characters ending there starts. So a Pattern searches the tail
// (RE2's capture engine over a few words) and walks back over the run
// (match/pattern.cc). Where that walk meets something it cannot answer
// exactly, the whole pattern is searched as before.
//
// The run may also follow a prefix anchored at the text's start, as in the
// patterns that read the words right after a quote:
//
//   ^\s*[,.?!]?\s*(?:[—–―]|--)?\s*(?P<speaker>[^;:!?"“”«»]+?)\s+(?P<cue>...)
//
// Then the run starts where the prefix's preferred match ends, when no match
// of the prefix ends later (Pattern checks both with two small programs).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match/stop_class.h"

namespace qa {

class LeadingRun {
 public:
  // The run and tail of `pattern`, or nullopt when it does not open with a
  // capturing group of one lazy `[^...]+?` of punctuation (no ranges,
  // escapes or letters, so case folding cannot touch it) followed at top
  // level by a tail with no alternation, or when the tail is empty. The
  // group may follow a prefix that starts with `^` and holds no capturing
  // group and no alternation at its top level.
  static std::optional<LeadingRun> Of(std::string_view pattern);

  // The pattern before the run's group: empty, or `^` and what follows it.
  const std::string& prefix() const { return prefix_; }
  // The pattern after the run's group: its groups are the pattern's less one.
  const std::string& tail() const { return tail_; }
  // The characters the run stops at, in the order written.
  const std::vector<char32_t>& stops() const { return stops_.stops(); }

  // Where the run that ends at `end` starts, reading back no further than
  // `start`: just after the last stop before `end`, or `start`; `end` itself
  // when the run would be empty (`end` is `start` or the character before
  // `end` is a stop: the run must end at a later place). Nullopt (RE2 must
  // answer) when a byte on the way is not well-formed UTF-8 or a character
  // crosses `start`.
  std::optional<size_t> RunStart(std::string_view text, size_t start, size_t end) const;

 private:
  LeadingRun(std::string tail, StopClass stops)
      : tail_(std::move(tail)), stops_(std::move(stops)) {}

  std::string prefix_;
  std::string tail_;
  StopClass stops_;
};

}  // namespace qa
