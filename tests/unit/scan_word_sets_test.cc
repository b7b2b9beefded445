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

TEST(PhraseSetTest, OnlyAnEntryOfSeveralWordsEndsLongerWithItsLastWord) {
  const PhraseSet set({"Paris", "Downing  Street", "European Union", "senior officials"}, false);
  const PhraseSet empty;
  for (std::string_view word : {"Street", "street", "UNION", "officials", "Officials"}) {
    EXPECT_TRUE(set.MayEndWith(word)) << word;
    EXPECT_TRUE(set.MayEndLongerWith(word)) << word;
  }
  // A one-word entry ends only with itself, and a first word ends nothing.
  EXPECT_TRUE(set.MayEndWith("Paris"));
  EXPECT_FALSE(set.MayEndLongerWith("Paris"));
  EXPECT_FALSE(set.MayEndLongerWith("Downing"));
  EXPECT_FALSE(set.MayEndLongerWith("senior"));
  EXPECT_FALSE(empty.MayEndWith("Street"));
  EXPECT_FALSE(empty.MayEndLongerWith("Street"));
  // Whenever an entry of two or more words ends at a token, MayEndLongerWith
  // says so.
  const Tokenizer tokenizer(NoAbbreviation, nullptr);
  const std::vector<Token> tokens =
      tokenizer.Tokenize("In Paris, senior officials on Downing Street met the European Union.", 0);
  size_t longer = 0;
  for (size_t end = 1; end <= tokens.size(); ++end) {
    if (set.LongestMatchEndingAt(tokens, end) < 2) continue;
    ++longer;
    EXPECT_TRUE(set.MayEndLongerWith(tokens[end - 1].text)) << tokens[end - 1].text;
  }
  EXPECT_EQ(longer, 3u);
}

// Against a plain ordered set of the joined, lower-cased words: thousands of
// entries (the table grows many times), keys shorter and longer than the
// eight bytes hashed at a time, phrases that are prefixes and suffixes of
// others. Every look-up must agree.
TEST(PhraseSetTest, WordsOfAnyBytesAgreeWithTheirNormalisedKeys) {
  // Plain ASCII words take a quicker path than words with spaces, control
  // bytes or other scripts; each must find exactly what its key finds. The
  // letters around A-Z ('@', '[', '`', '{') must keep their case, and words
  // longer than eight bytes hash in several steps.
  const std::vector<std::string> pieces = {"a",  "Z",    "@",    "[",        "`",           "{",
                                           "0",  "9",    "-",    "'",        "Mm",          " ",
                                           "\t", "\x01", "\x7F", "\xC3\xA9", "\xE2\x80\x99"};
  std::mt19937 random(29);
  auto word = [&] {
    std::string text;
    const size_t length = 1 + random() % 12;
    for (size_t i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    return text;
  };
  // The key as PhraseSet documents it: spaces trimmed and collapsed, the
  // curly apostrophe straightened, ASCII letters lower-cased unless kept.
  auto key = [](const std::string& text, bool keep_case) {
    std::string out;
    bool space = false;
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      if (text.compare(i, 3, "\xE2\x80\x99") == 0) {
        out += '\'';
        i += 2;
        continue;
      }
      out += !keep_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  };
  for (const bool keep_case : {false, true}) {
    std::vector<std::string> entries;
    std::set<std::string> keys;
    for (int i = 0; i < 2000; ++i) {
      entries.push_back(word());
      if (!key(entries.back(), keep_case).empty()) keys.insert(key(entries.back(), keep_case));
    }
    const PhraseSet set(entries, keep_case);
    for (int i = 0; i < 20000; ++i) {
      // Half the probes are entries with their letters' case flipped.
      std::string probe = i % 2 == 0 ? word() : entries[random() % entries.size()];
      if (i % 4 == 1) {
        for (char& c : probe) {
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
      }
      EXPECT_EQ(set.Contains(probe), keys.count(key(probe, keep_case)) > 0)
          << (keep_case ? "with case: " : "without case: ") << probe;
    }
  }
}

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
