// Whether a pattern shaped "a phrase of one lexicon, a few words, a phrase
// of another" can match in a text, read off a lexicon gate's hits
// (match/lexicon_gate.h). The gate says which lexicons a sentence holds;
// vague-source's forms need two of them side by side ("analysts said",
// "said analysts"), as do unsourced-claim's passives ("it is widely
// believed"), and most sentences hold both far apart (a source noun early,
// "said" late; "it" anywhere). Searching those with RE2 compiled programs
// of a few thousand bytes that then never matched.
//
// The words between the two phrases' filed words (the words a match holds
// there) are few and of a known kind: the opening phrase's later words,
// the pattern's words between the phrases (qualifiers, auxiliaries), the
// closing phrase's earlier words. So a match needs a hit of `opens`
// followed, within `most_words` words that are each one of those (or, when
// asked, a word ending in "ly"), by a hit of `closes`. A word is what the
// gate reads as one: a run of ASCII letters, digits and '_'.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "match/lexicon_gate.h"

namespace qa {

class WordGap {
 public:
  struct Shape {
    uint32_t opens = 0;   // the gate's bits for the opening phrase
    uint32_t closes = 0;  // and the closing one
    // Every phrase whose words may stand between the two filed words (read
    // by the constructor, not kept).
    std::vector<const std::vector<std::string>*> between;
    bool ly_words = false;  // any word ending in "ly" too ("quickly")
    size_t most_words = 0;  // how many words at most stand between
  };
  // `gate` must outlive this.
  WordGap(const LexiconGate& gate, const Shape& shape);

  // False only when no match of that shape can be in `text`, whose filed
  // words the gate read into `hits` (offsets into `text`, in order, as
  // LexiconGate::ReadHits gives them).
  bool MayMatch(std::string_view text, std::span<const LexiconGate::Hit> hits) const;

  // The most words any of `phrases` holds beside the one the gate files it
  // under: how many of a phrase's words a gap may hold.
  static size_t WordsBesideFiled(const std::vector<std::string>& phrases);

 private:
  // Whether `word` may stand between the phrases.
  bool Between(std::string_view word) const;

  const LexiconGate& gate_;
  uint32_t opens_;
  uint32_t closes_;
  bool ly_words_;
  size_t most_words_;
  bool usable_ = true;  // false: a lexicon may occur anywhere, hits say nothing
  // Looked up by string_view, with no string made for each word.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;  // lower-cased
  size_t longest_word_ = 0;
};

}  // namespace qa
