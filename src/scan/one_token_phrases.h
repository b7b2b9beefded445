// NounPhraseClassifier::Classify for noun phrases of one token, remembered
// across documents. The name collector classifies every capitalised run of
// every sentence, and most runs are one word that recurs: "The", "Monday",
// "March", a surname. A one-token phrase's class depends on the tokens
// before it only through the place and vague-source phrases that could end
// at its word; when no entry of either ends with that word, the class is the
// word's own and is kept. Everything else is classified afresh.
#pragma once

#include <cstddef>
#include <vector>

#include "core/quote.h"
#include "scan/noun_phrase.h"
#include "scan/text_tokens.h"

namespace qa {

class OneTokenPhrases {
 public:
  // `phrases` must outlive this.
  explicit OneTokenPhrases(const NounPhraseClassifier& phrases) : phrases_(phrases) {}

  // The same as phrases.Classify(tokens, begin, end). The classes are kept
  // per thread (audits run on several), under the classifier's id, so every
  // document a thread scans with the same rules shares them.
  SpeakerPhrase Classify(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  // A thread keeps at most this many words, then starts afresh (an archive
  // of rare names costs no more memory than this).
  static constexpr size_t kMaxKept = size_t{1} << 15;

 private:
  const NounPhraseClassifier& phrases_;
};

}  // namespace qa
