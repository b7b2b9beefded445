// The tail four built-in attribution patterns share after the speaker's
// run (match/leading_run.h), matched by reading words instead of by RE2:
//
//   \s+(?:(?:[a-z\x{E0}-\x{F6}\x{F8}-\x{FF}]+ly|(?i:{adverbs}))\s+)*
//   \b(?P<cue>(?i:{verbs}))\b SUFFIX
//
// The two lexicons inline hundreds of phrases, so RE2 compiles the tail
// into thousands of instructions (2-3 ms each, a reverse program besides)
// and reads its group with its NFA. Yet a match is decided word by word:
// a run of spaces, adverbs each followed by spaces, then a verb phrase, a
// word boundary and SUFFIX (no lexicon, compiled by RE2 and tried where
// the verb ends). CueTail walks that in RE2's order of preference: another
// adverb before the verb (the star is greedy), a word in -ly before an
// adverb of the lexicon, and each lexicon's phrases in the order
// AlternationRegex writes them (rules/pattern_expander.h), so it finds the
// match RE2 finds. Where it could not tell (a character RE2's case folding
// joins to an ASCII letter, match/re2_case_folding.h), it says so and RE2
// searches as before.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/span.h"
#include "match/pattern.h"

namespace re2 {
class RE2;
}

namespace qa {

// One atom of a lexicon phrase as AlternationRegex writes it: an ASCII
// byte (compared without case), a run of spaces ([\s\x{A0}]+) or an
// apostrophe (['\x{2019}]).
struct CueAtom {
  enum class Kind : uint8_t { kByte, kSpaceRun, kApostrophe };
  Kind kind = Kind::kByte;
  char byte = 0;
};
using CuePhrase = std::vector<CueAtom>;

class CueTail {
 public:
  // The opening and the middle of the shape above, as a pattern writes
  // them around its two lexicon placeholders.
  static constexpr std::string_view kBeforeAdverbs =
      R"(\s+(?:(?:[a-z\x{E0}-\x{F6}\x{F8}-\x{FF}]+ly|(?i:)";
  static constexpr std::string_view kBetween = R"())\s+)*\b(?P<cue>(?i:)";
  static constexpr std::string_view kAfterVerbs = R"())\b)";

  // The tail for the two lexicons' phrases, each in AlternationRegex's
  // order with its repeats dropped, and `suffix` (RE2 syntax, after
  // kAfterVerbs). Null when the suffix does not compile or has a group of
  // its own, or the options fold case everywhere or prefer the longest
  // match.
  static std::unique_ptr<CueTail> Make(std::vector<CuePhrase> adverbs, std::vector<CuePhrase> verbs,
                                       std::string_view suffix, PatternOptions options);
  ~CueTail();
  CueTail(const CueTail&) = delete;
  CueTail& operator=(const CueTail&) = delete;

  // The tail with each lexicon's alternation left out ("(?:)" in its
  // place), as a pattern's source with its lexicons left out reads after
  // the speaker's run: a pattern checks its tail is this one.
  const std::string& skeleton() const { return skeleton_; }

  struct Match {
    Span whole;  // offsets into the text searched
    Span cue;
  };
  struct Answer {
    bool decided = true;
    std::optional<Match> match;
  };
  // More adverbs than this in a row, and RE2 decides (a bound on the walk's
  // recursion whatever the text).
  static constexpr int kMaxAdverbs = 32;

  // RE2's leftmost match of the tail in text[start, end), unanchored, with
  // the bytes around as its context (as RE2::Match(text, start, end) reads
  // them). Not decided when the text holds a character that folds to an
  // ASCII letter, or more than kMaxAdverbs adverbs in a row.
  Answer Search(std::string_view text, size_t start, size_t end) const;

 private:
  CueTail() = default;
  struct Walk;
  // Where `phrase` ends when it matches at text[at...], within `end`.
  static std::optional<size_t> PhraseEnd(const CuePhrase& phrase, std::string_view text, size_t at,
                                         size_t end);
  // Where the suffix's match from `at` ends, if it matches there.
  std::optional<size_t> SuffixEnd(std::string_view text, size_t at, size_t end) const;

  std::vector<CuePhrase> adverbs_;
  std::vector<CuePhrase> verbs_;
  // Each lexicon's phrases by their opening run of ASCII letters and digits,
  // lowered (the order kept). A phrase can match only where the text's run
  // of letters and digits is that run: what follows it in the phrase (a
  // space, a mark, the phrase's end before \b or \s+) is never one.
  struct RunHash {
    using is_transparent = void;
    size_t operator()(std::string_view run) const { return std::hash<std::string_view>{}(run); }
  };
  struct OpeningRuns {
    std::unordered_map<std::string, std::vector<uint32_t>, RunHash, std::equal_to<>> phrases;
    size_t longest = 0;  // bytes; a longer run of the text opens nothing
  };
  static OpeningRuns ByOpeningRun(const std::vector<CuePhrase>& phrases);
  // The phrases of `runs` whose opening run is the text's at `at`.
  static const std::vector<uint32_t>* PhrasesAt(const OpeningRuns& runs, std::string_view text,
                                                size_t at, size_t end);
  OpeningRuns adverbs_by_run_;
  OpeningRuns verbs_by_run_;
  std::unique_ptr<re2::RE2> suffix_;  // null: the suffix is empty
  std::string skeleton_;
};

}  // namespace qa
