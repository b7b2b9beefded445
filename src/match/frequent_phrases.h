// A big lexicon cut to the phrases most texts use, and what tells the texts
// that may hold one of its other phrases.
//
// {speech-verbs} has over 800 phrases and is inlined into nine attribution
// patterns; RE2 pays for it in every search (bigger DFA states, captures
// read by its NFA instead of its bit-state engine) and in every compile.
// Yet most windows around a quote say "said", "told" or "added": a pattern
// with only a lexicon's first phrases matches there exactly as the full one
// does, provided no other phrase of the lexicon can match in that text.
//
// That holds where each place of the lexicon in the pattern stands between
// word boundaries (\b(?i:{speech-verbs})\b): a phrase can then match only
// where each of its words stands as a whole word (match/lexicon_gate.h),
// so a text none of whose words file one of the other phrases holds none of
// them. Removing phrases that cannot match anywhere in a text leaves the
// matches there as they were, as narrowing to a document's letter runs does
// (match/pattern_focus.h).
//
// The rule files list a lexicon's phrases most common first; the frequent
// ones are the first kFrequent, and every later phrase opening with the
// same word as one of them ("told reporters" with "told"), so that a text
// saying "told" needs no other program.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/lexicon_gate.h"

namespace qa {

class FrequentPhrases {
 public:
  // How many phrases, at the head of a lexicon's list, count as frequent.
  static constexpr size_t kFrequent = 64;

  // The cut of `phrases` (in the rule file's order), or null when the
  // lexicon is too short for a cut to be worth a second program (at most
  // twice kFrequent phrases).
  static std::shared_ptr<const FrequentPhrases> Of(const std::vector<std::string>& phrases);
  // Whether Of cuts a lexicon of `phrase_count` phrases: known without
  // working the cut out, which a short run may never need.
  static bool Cuts(size_t phrase_count) { return phrase_count > 2 * kFrequent; }

  // The frequent phrases, in the lexicon's order.
  const std::vector<std::string>& phrases() const { return frequent_; }

  // False only when no phrase left out of phrases() can match in `text`
  // between word boundaries. Remembers the last text asked on this thread:
  // the attributor searches each window with several patterns in turn.
  bool MayHoldOthers(std::string_view text) const;
  // False only when no phrase of the whole lexicon can match in `text`
  // between word boundaries: a pattern every match of which needs one there
  // has no match in `text`. Read with MayHoldOthers' answer, in one pass
  // over the words, and remembered with it.
  bool MayHoldAny(std::string_view text) const;

 private:
  FrequentPhrases();
  // Both answers for `text`, read together and remembered for the last
  // text asked on this thread.
  struct Answers {
    bool others = false;
    bool any = false;
  };
  Answers Read(std::string_view text) const;

  // Its own in the process, for remembering answers (an address may be
  // reused by a later cut).
  const uint64_t id_;
  std::vector<std::string> frequent_;
  LexiconGate gate_;  // the other phrases as one lexicon, and all of them as another
  uint32_t others_bit_ = 0;
  uint32_t all_bit_ = 0;
};

}  // namespace qa
