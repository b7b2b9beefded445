// NounPhraseClassifier::Classify for the short noun phrases that recur,
// remembered across documents. The name collector classifies every
// capitalised run of every sentence, and most runs recur: "The", "Monday",
// "March", a surname, a full name. A phrase's class depends on the tokens
// before it only through the place and vague-source entries that could end
// at one of its words and start before it; when no entry of either of two or
// more words ends with any of them (an entry of one word lies inside the
// phrase), the class is the phrase's own (its tokens' texts, flags and places
// relative to each other) and is kept. When some may, the longest entry ending at each
// such word is looked up: if none reaches before the phrase ("senior
// officials" ending at "officials"), each lies inside it and the class is
// still its own, kept; else it is classified afresh.
#pragma once

#include <cstddef>
#include <vector>

#include "core/quote.h"
#include "scan/noun_phrase.h"
#include "scan/text_tokens.h"

namespace qa {

class RecurringPhrases {
 public:
  // `phrases` must outlive this.
  explicit RecurringPhrases(const NounPhraseClassifier& phrases) : phrases_(phrases) {}

  // The same as phrases.Classify(tokens, begin, end). The classes are kept
  // per thread (audits run on several), under the classifier's id, so every
  // document a thread scans with the same rules shares them.
  SpeakerPhrase Classify(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  // Phrases of more tokens are always classified afresh.
  static constexpr size_t kMaxTokens = 6;
  // A thread keeps at most this many phrases, then starts afresh (an archive
  // of rare names costs no more memory than this).
  static constexpr size_t kMaxKept = size_t{1} << 15;

 private:
  const NounPhraseClassifier& phrases_;
};

}  // namespace qa
