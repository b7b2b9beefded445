// RecurringPhrases: the classes of short noun phrases, kept across
// documents, must be exactly what NounPhraseClassifier::Classify gives in
// every context, the first time and every time after.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "builtin_scanner.h"
#include "scan/noun_phrase.h"
#include "scan/recurring_phrases.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

using test_scanner::BuiltinWords;
using test_scanner::IsKnownAbbreviation;

void ExpectSame(const SpeakerPhrase& kept, const SpeakerPhrase& fresh, std::string_view what) {
  EXPECT_EQ(kept.form, fresh.form) << what;
  EXPECT_EQ(kept.kind, fresh.kind) << what;
  EXPECT_EQ(kept.mention.begin, fresh.mention.begin) << what;
  EXPECT_EQ(kept.mention.end, fresh.mention.end) << what;
  EXPECT_EQ(kept.name, fresh.name) << what;
  EXPECT_EQ(kept.title, fresh.title) << what;
  EXPECT_EQ(kept.possessed, fresh.possessed) << what;
}

// Every run of one to seven tokens of a few invented sentences, classified
// twice (the second time from what was kept), against the classifier
// itself. The same words and names recur at other places, after other words
// and with other spacing, and the pronoun with its contraction keeps a
// mention shorter than its token.
TEST(RecurringPhrasesTest, EveryShortPhraseIsClassifiedAsTheClassifierDoes) {
  const WordSets& words = BuiltinWords();
  const NounPhraseClassifier classifier(words);
  const Tokenizer tokenizer(&IsKnownAbbreviation, &words.abbreviations);
  const std::string text =
      "The mayor of Marrow Bay, Elena Varga, said on Monday that the pier would reopen. "
      "Experts said so. He's sure. Koval agreed, and The Solvik Courier replied in March. "
      "Officials said on Monday that Koval and Varga met. Residents of Lorsund agreed. "
      "Dr. Hannah Lowe spoke; CWS warned. North Korea said, and Korea said. Senior officials "
      "said. Elena  Varga of the Harbour Board and Tomas Wilk said. Monday Koval Experts The "
      "He's March it They Korea Elena Varga Dr. Hannah Lowe and officials agreed, as did "
      "senior officials.";
  const std::vector<Token> tokens = tokenizer.Tokenize(text, 7);  // offsets from 7
  size_t kept = 0;
  size_t looked_back = 0;
  for (int pass = 0; pass < 2; ++pass) {
    const RecurringPhrases recurring(classifier);  // a new document's; the kept classes stay
    for (size_t i = 0; i < tokens.size(); ++i) {
      for (size_t n = 1; n <= RecurringPhrases::kMaxTokens + 1 && i + n <= tokens.size(); ++n) {
        std::string what;
        for (size_t k = i; k < i + n; ++k) what += std::string(tokens[k].text) + " ";
        what += "at token " + std::to_string(i);
        ExpectSame(recurring.Classify(tokens, i, i + n), classifier.Classify(tokens, i, i + n),
                   what);
      }
      if (pass == 0 && tokens[i].word) {
        const bool ends_entry = words.places.MayEndLongerWith(tokens[i].text) ||
                                words.vague_sources.MayEndLongerWith(tokens[i].text);
        (ends_entry ? looked_back : kept) += 1;
      }
    }
  }
  // Both paths were taken: words kept, and words a longer place or vague
  // group could end at, classified afresh each time.
  EXPECT_GT(kept, 20u);
  EXPECT_GT(looked_back, 0u);
}

TEST(RecurringPhrasesTest, ClassifiersAreToldApartByTheirIds) {
  const NounPhraseClassifier first(BuiltinWords());
  const NounPhraseClassifier second(BuiltinWords());
  EXPECT_NE(first.id(), second.id());
  const NounPhraseClassifier copy = first;  // same words, same answers
  EXPECT_EQ(copy.id(), first.id());
}

}  // namespace
}  // namespace qa
