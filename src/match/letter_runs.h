// Which short runs of letters a text holds: every run of one to eight
// consecutive letters inside its words, each letter folded as RE2 folds a
// letter for a case-insensitive match (A-Z to a-z, the long s to s, the
// Kelvin sign to k).
//
// A lexicon phrase can match somewhere in a text only if the text holds
// each of the phrase's runs of letters (its words, or the first eight
// letters of a longer one). So a pattern built from lexicons can be compiled
// with only the phrases one document can hold, and its matches in that
// document, or in any text whose runs are all the document's, are the full
// pattern's (match/pattern_focus.h).
//
// It also keeps the text's characters outside ASCII (valid UTF-8 only), so a
// pattern's Unicode classes can be narrowed to them as its lexicons are to the
// runs (match/unicode_narrowing.h).
//
// Runs are kept as bits of a hash. A collision can only make MayHold say
// yes or Covers say yes for a run both sides hash alike, so the guarantee
// above holds: a phrase is ruled out only when the bit of one of its runs
// is clear, and a covered text sets no bit that is clear.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace qa {

class LetterRuns {
 public:
  LetterRuns() = default;  // holds no run
  static LetterRuns Of(std::string_view text);

  // Whether every run of `text` is one of these, and every character of it
  // outside ASCII one of characters(): then no phrase this set rules out
  // (MayHold false) can match in `text`, and a class narrowed to these
  // characters answers there as in full.
  bool Covers(std::string_view text) const;

  // The valid code points above U+007F the text holds, in order, each once.
  const std::vector<char32_t>& characters() const { return characters_; }

  // False only when `phrase` cannot match in a text these runs cover: one
  // of its runs of letters (folded as above; the first eight letters of a
  // longer run) is not here. A phrase without letters may always match.
  bool MayHold(std::string_view phrase) const;

  // Tells apart the sets made by Of in this process (0: the empty set), so
  // an answer remembered for one is never taken for another's.
  uint64_t id() const { return id_; }

 private:
  bool Has(uint64_t hash) const;
  std::vector<uint64_t> bits_;  // empty: holds no run
  std::vector<char32_t> characters_;
  uint64_t id_ = 0;
};

}  // namespace qa
