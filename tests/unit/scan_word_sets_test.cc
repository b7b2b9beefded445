// PhraseSet: the lexicon look-up every word of every document goes through.
// Entries and looked-up text are compared after the same normalisation:
// whitespace runs are one space (none at the ends), a typographic apostrophe
// is a straight one, and, unless the set keeps case, ASCII capitals fold.
#include <gtest/gtest.h>

#include <random>
#include <set>
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

// Against a plain ordered set of the joined, lower-cased words: thousands of
// entries (the table grows many times), keys shorter and longer than the
// eight bytes hashed at a time, phrases that are prefixes and suffixes of
// others. Every look-up must agree.
TEST(PhraseSetTest, AgreesWithASetOfJoinedWordsOnThousandsOfPhrases) {
  const std::vector<std::string> vocabulary = {"a",
                                               "Vell",
                                               "harbour",
                                               "board",
                                               "of",
                                               "the",
                                               "chief",
                                               "minister",
                                               "Kestrel",
                                               "county",
                                               "administrators",
                                               "Bureau",
                                               "it\xE2\x80\x99s",
                                               "coast",
                                               "guard",
                                               "deputy",
                                               "secretary-general",
                                               "Elin",
                                               "port",
                                               "x"};
  std::mt19937 random(11);
  auto phrase = [&](size_t words) {
    std::string text;
    for (size_t i = 0; i < words; ++i) {
      if (i > 0) text += ' ';
      text += vocabulary[random() % vocabulary.size()];
    }
    return text;
  };
  auto key = [](std::string text) {
    for (size_t i; (i = text.find("\xE2\x80\x99")) != std::string::npos;) text.replace(i, 3, "'");
    for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
  };
  std::vector<std::string> entries;
  std::set<std::string> keys;
  for (int i = 0; i < 3000; ++i) {
    entries.push_back(phrase(1 + random() % 4));
    keys.insert(key(entries.back()));
  }
  const PhraseSet set(entries, false);
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  for (int round = 0; round < 300; ++round) {
    const std::string text = phrase(8);
    const std::vector<Token> tokens = tokenizer.Tokenize(text, 0);
    for (size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(set.Contains(tokens[i].text), keys.count(key(std::string(tokens[i].text))) > 0)
          << tokens[i].text;
      size_t longest_at = 0;
      size_t longest_ending = 0;
      std::string forward;
      std::string backward;
      for (size_t n = 1; n <= 4; ++n) {
        if (i + n <= tokens.size()) {
          forward += (n > 1 ? " " : "") + std::string(tokens[i + n - 1].text);
          if (keys.count(key(forward)) > 0) longest_at = n;
        }
        if (n <= i + 1) {
          backward = std::string(tokens[i + 1 - n].text) + (n > 1 ? " " : "") + backward;
          if (keys.count(key(backward)) > 0) longest_ending = n;
        }
      }
      EXPECT_EQ(set.LongestMatchAt(tokens, i), longest_at) << text << " at " << i;
      EXPECT_EQ(set.LongestMatchEndingAt(tokens, i + 1), longest_ending) << text << " at " << i;
    }
  }
}

}  // namespace
}  // namespace qa
