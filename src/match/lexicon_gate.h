// Which of a few lexicons may occur in a text, read off the text's words
// with one hash look-up each. A check searches every sentence with patterns
// built from lexicons ("\b(?:{vague-sources})\b" and longer forms around
// it); most sentences hold none of their phrases, and RE2 pays for each
// search byte by byte over automata of hundreds of phrases. This says
// "certainly not here" first, at a fraction of the cost.
//
// A word here is what RE2's \b delimits: a run of ASCII letters, digits and
// '_'. A phrase of a lexicon placed in a pattern between word boundaries
// (\b, or whitespace, or the start or end of another word-bounded phrase)
// can match only where each of its words stands in the text as a whole
// word, compared as RE2 compares ASCII letters without case. So each phrase
// is filed under one of its words (the longest, the rarest by rule of
// thumb), and a text holding none of a lexicon's filed words holds none of
// its phrases.
//
// Two characters outside ASCII fold to ASCII letters in a case-insensitive
// RE2 match (the Kelvin sign to k, the long s to s) and split words here
// that RE2 may read as one; a text holding either may hold anything.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

class LexiconGate {
 public:
  static constexpr size_t kMaxLexicons = 32;

  // Files a lexicon's phrases (as in the rule files: words separated by
  // whitespace, apostrophes and other punctuation) and returns its bit in
  // MayOccur's answer. A lexicon with a phrase that has no word, or one
  // holding the Kelvin sign or the long s, may always occur. Throws
  // std::length_error past kMaxLexicons.
  uint32_t Add(const std::vector<std::string>& phrases);

  // The bits of the added lexicons with a phrase that may occur in `text`,
  // placed between word boundaries as above: a clear bit means that no such
  // pattern matches there (a set bit promises nothing).
  uint32_t MayOccur(std::string_view text) const;

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;
    uint32_t size = 0;  // 0: empty (filed words are never empty)
    uint32_t lexicons = 0;
  };
  void File(std::string_view word, uint32_t bit);
  void Place(const Slot& slot);
  uint32_t Lookup(uint64_t hash, std::string_view word) const;
  void SetWordBit(uint64_t hash);
  bool MayBeFiled(uint64_t hash) const;

  std::string words_;        // every filed word, lower-cased, back to back
  std::vector<Slot> slots_;  // a power of two in size, at most a quarter full
  // One bit per filed word's hash, sixteen bits per word: most words of a
  // text are filed under no lexicon, and this answers most of them with
  // one load.
  std::vector<uint64_t> word_bits_;
  size_t count_ = 0;
  size_t max_word_ = 0;
  uint32_t always_ = 0;  // lexicons that may occur anywhere
  uint32_t added_ = 0;   // every lexicon's bit
};

}  // namespace qa
