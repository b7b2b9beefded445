// The run group attribution patterns write their speaker regions with: one
// capturing group of one run of a negated class of plain punctuation,
// `(?P<speaker>[^;:!?"“”«»]+?)` before a cue or `(?P<speaker>[^;:!?"“”«»]+)`
// after one. Read from a pattern's source by LeadingRun and TrailingRun,
// and asked character by character by their walks over a text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace qa {

class StopClass {
 public:
  // The class of the group at pattern[at...] when it is `(?P<name>[^...]`
  // or `(?<name>[^...]`, then `quantifier` and `)`, its members all plain
  // punctuation (no ranges, escapes or letters, so case folding cannot widen
  // the class); *after is set just past the `)`. Nullopt otherwise.
  static std::optional<StopClass> OfGroup(std::string_view pattern, size_t at,
                                          std::string_view quantifier, size_t* after);

  // The characters the run stops at, in the order written.
  const std::vector<char32_t>& stops() const { return stops_; }
  bool IsStop(char32_t c) const {
    if (c < 0x80) return (ascii_stops_[c >> 6] >> (c & 63)) & 1;
    for (char32_t stop : stops_) {
      if (stop == c) return true;
    }
    return false;
  }

 private:
  std::vector<char32_t> stops_;
  // The ASCII stops, one bit each, for the byte loops.
  unsigned long long ascii_stops_[2] = {0, 0};
};

// Whether `part` of a pattern has a `|` outside every group (then a group
// beside it is one side of an alternation, not part of every match) or
// closes a group it did not open.
bool HasTopLevelAlternation(std::string_view part);

}  // namespace qa
