// PhraseSet: the lexicon look-up every word of every document goes through.
// Entries and looked-up text are compared after the same normalisation:
// whitespace runs are one space (none at the ends), a typographic apostrophe
// is a straight one, and, unless the set keeps case, ASCII capitals fold.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

bool NoAbbreviation(std::string_view, const void*) { return false; }

TEST(PhraseSetTest, LookUpsIgnoreSpacingApostropheStyleAndCase) {
  const PhraseSet set({"Port Authority", "people's  assembly", "o'neill"}, false);
  EXPECT_TRUE(set.Contains("port authority"));
  EXPECT_TRUE(set.Contains("  PORT\n\tAuthority "));
  EXPECT_TRUE(set.Contains("People\xE2\x80\x99s Assembly"));
  EXPECT_TRUE(set.Contains("O\xE2\x80\x99Neill"));
  EXPECT_FALSE(set.Contains("port authorities"));
  EXPECT_FALSE(set.Contains("portauthority"));
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains("O\xE2\x80\x99"));  // a truncated phrase is not an entry
}

TEST(PhraseSetTest, AKeyMayOpenWithAnApostrophe) {
  // Look-ups are answered from the key's first byte when no entry starts
  // with it: a typographic apostrophe counts as the straight one.
  const PhraseSet set({"'t Hooft", "Zeeland"}, false);
  EXPECT_TRUE(set.Contains("\xE2\x80\x99T HOOFT"));
  EXPECT_TRUE(set.Contains(" zeeland"));
  EXPECT_FALSE(set.Contains("\xE2\x80\x98t Hooft"));  // an opening quote is not an apostrophe
  EXPECT_FALSE(set.Contains("Hooft"));
}

TEST(PhraseSetTest, ACaseSensitiveSetKeepsCapitals) {
  const PhraseSet set({"Reuters", "AP"}, true);
  EXPECT_TRUE(set.Contains("Reuters"));
  EXPECT_TRUE(set.Contains(" AP "));
  EXPECT_FALSE(set.Contains("reuters"));
  EXPECT_FALSE(set.Contains("ap"));
}

TEST(PhraseSetTest, LongestEntryAtAndEndingAtAToken) {
  const PhraseSet set({"harbour", "harbour board", "Vell harbour board"}, false);
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  const std::vector<Token> tokens = tokenizer.Tokenize("the Vell Harbour  Board met", 0);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(set.LongestMatchAt(tokens, 1), 3u);  // "Vell Harbour Board"
  EXPECT_EQ(set.LongestMatchAt(tokens, 2), 2u);  // "Harbour Board"
  EXPECT_EQ(set.LongestMatchAt(tokens, 0), 0u);
  EXPECT_EQ(set.LongestMatchEndingAt(tokens, 4), 3u);
  EXPECT_EQ(set.LongestMatchEndingAt(tokens, 3), 1u);  // "Harbour"
}

}  // namespace
}  // namespace qa
