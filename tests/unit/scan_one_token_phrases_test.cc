// OneTokenPhrases: the classes of one-token noun phrases, kept across
// documents, must be exactly what NounPhraseClassifier::Classify gives in
// every context, the first time and every time after.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/noun_phrase.h"
#include "scan/one_token_phrases.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

const WordSets& BuiltinWords() {
  static const WordSets* words = [] {
    RuleLoadResult loaded = LoadRules({});
    for (const RuleError& error : loaded.errors) ADD_FAILURE() << error.ToString();
    return new WordSets(loaded.rules);
  }();
  return *words;
}

bool IsKnownAbbreviation(std::string_view word, const void* context) {
  return static_cast<const PhraseSet*>(context)->Contains(word);
}

void ExpectSame(const SpeakerPhrase& kept, const SpeakerPhrase& fresh, std::string_view what) {
  EXPECT_EQ(kept.form, fresh.form) << what;
  EXPECT_EQ(kept.kind, fresh.kind) << what;
  EXPECT_EQ(kept.mention.begin, fresh.mention.begin) << what;
  EXPECT_EQ(kept.mention.end, fresh.mention.end) << what;
  EXPECT_EQ(kept.name, fresh.name) << what;
  EXPECT_EQ(kept.title, fresh.title) << what;
  EXPECT_EQ(kept.possessed, fresh.possessed) << what;
}

// Every word of a few invented sentences, each classified alone, twice (the
// second time from what was kept), against the classifier itself. The same
// words recur at other places and after other words, and the pronoun with
// its contraction keeps a mention shorter than its token.
TEST(OneTokenPhrasesTest, EveryOneWordPhraseIsClassifiedAsTheClassifierDoes) {
  const WordSets& words = BuiltinWords();
  const NounPhraseClassifier classifier(words);
  const Tokenizer tokenizer(&IsKnownAbbreviation, &words.abbreviations);
  const std::string text =
      "The mayor of Marrow Bay, Elena Varga, said on Monday that the pier would reopen. "
      "Experts said so. He's sure. Koval agreed, and The Solvik Courier replied in March. "
      "Officials said on Monday that Koval and Varga met. Residents of Lorsund agreed. "
      "Dr. Hannah Lowe spoke; CWS warned. North Korea said, and Korea said. Senior officials "
      "said. Monday Koval Experts The He's March it They Korea";
  const std::vector<Token> tokens = tokenizer.Tokenize(text, 7);  // offsets from 7
  size_t cached = 0;
  size_t looked_back = 0;
  for (int pass = 0; pass < 2; ++pass) {
    const OneTokenPhrases one_token(classifier);  // a new document's; the kept classes stay
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string what = std::string(tokens[i].text) + " at token " + std::to_string(i);
      ExpectSame(one_token.Classify(tokens, i, i + 1), classifier.Classify(tokens, i, i + 1), what);
      if (pass == 0 && tokens[i].word) {
        const bool ends_entry = words.places.MayEndWith(tokens[i].text) ||
                                words.vague_sources.MayEndWith(tokens[i].text);
        (ends_entry ? looked_back : cached) += 1;
      }
    }
    // Longer runs are the classifier's own answers.
    ExpectSame(one_token.Classify(tokens, 0, 2), classifier.Classify(tokens, 0, 2), "The mayor");
  }
  // Both paths were taken: words kept, and words a longer place or vague
  // group could end at, classified afresh each time.
  EXPECT_GT(cached, 20u);
  EXPECT_GT(looked_back, 0u);
}

TEST(OneTokenPhrasesTest, ClassifiersAreToldApartByTheirIds) {
  const NounPhraseClassifier first(BuiltinWords());
  const NounPhraseClassifier second(BuiltinWords());
  EXPECT_NE(first.id(), second.id());
  const NounPhraseClassifier copy = first;  // same words, same answers
  EXPECT_EQ(copy.id(), first.id());
}

}  // namespace
}  // namespace qa
