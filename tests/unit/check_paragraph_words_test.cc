// ParagraphWords (checks/paragraph_words.h): the words duplicate-text and
// boilerplate share must be exactly what each read on its own before, for a
// document held whole and for one too long to hold.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "checks/paragraph_words.h"
#include "core/word_hash.h"
#include "io/plain_text_reader.h"

namespace qa {
namespace {

Document Load(const std::string& text) {
  LoadResult loaded = LoadPlainText("story.txt", text);
  EXPECT_TRUE(loaded.document.has_value());
  return std::move(*loaded.document);
}

void ExpectEachParagraphsOwnWords(const Document& document, bool held) {
  const ParagraphWords shared(document);
  std::vector<Word> scratch;
  ASSERT_GT(document.paragraphs.size(), 2u);
  for (size_t p = 0; p < document.paragraphs.size(); ++p) {
    const Span paragraph = document.paragraphs[p];
    const std::vector<Word> own = SplitWords(document.Text(paragraph), paragraph.begin);
    const std::span<const Word> words = shared.Of(p, &scratch);
    ASSERT_EQ(words.size(), own.size()) << "paragraph " << p;
    for (size_t w = 0; w < own.size(); ++w) {
      EXPECT_EQ(words[w].span, own[w].span) << "paragraph " << p << " word " << w;
      EXPECT_EQ(words[w].hash, own[w].hash) << "paragraph " << p << " word " << w;
      EXPECT_EQ(words[w].numeric, own[w].numeric) << "paragraph " << p << " word " << w;
    }
    // A held document's words are kept, not read again into the scratch list.
    if (!own.empty()) {
      EXPECT_EQ(words.data() == scratch.data(), !held) << "paragraph " << p;
    }
  }
  EXPECT_TRUE(shared.Of(document.paragraphs.size(), &scratch).empty());
}

TEST(ParagraphWordsTest, AShortArticlesParagraphsHaveTheirOwnWords) {
  const Document document = Load(
      "\xEF\xBB\xBF  Harbour fees rise in Vellmar  \r\n\r\n"
      "\xE2\x80\x9CWe can\xE2\x80\x99t keep paying,\xE2\x80\x9D said Ines Dr\xC3\xB8ger, "
      "who runs 12 boats.\r\n\r\n"
      "   Sign up for our newsletter   \r\n\r\n"
      "The council meets on 4 May; officials\r\nsaid the fee would stay.\r\n");
  ExpectEachParagraphsOwnWords(document, true);
}

TEST(ParagraphWordsTest, ALongDocumentIsReadParagraphByParagraph) {
  std::string text;
  for (int i = 0; text.size() <= ParagraphWords::kHeldBytes; ++i) {
    text += "Paragraph " + std::to_string(i) +
            " of the Vellmar minutes, with Ines\xE2\x80\x99s note.\n\n";
  }
  const Document document = Load(text);
  ExpectEachParagraphsOwnWords(document, false);
}

TEST(ParagraphWordsTest, PlainWordsAreRe2sWordsHashedAsTheGateFilesThem) {
  // A plain word is a run of ASCII letters and digits as written; its hash
  // is PlainWordHash of it in lower case, under which the lexicon gate
  // files its words (checks/sentence_lexicons.cc looks words up by it).
  const std::vector<Word> words =
      SplitWords("Varga said 2024 North's M\xC3\xA9nard foo_bar don\xE2\x80\x99t ok");
  std::vector<std::pair<std::string, bool>> plain;
  const std::string text = "Varga said 2024 North's M\xC3\xA9nard foo_bar don\xE2\x80\x99t ok";
  for (const Word& word : words) {
    const std::string written = text.substr(word.span.begin, word.span.size());
    plain.emplace_back(written, word.plain);
    if (word.plain) {
      std::string lower = written;
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      EXPECT_EQ(word.hash, PlainWordHash(lower)) << written;
    }
  }
  const std::vector<std::pair<std::string, bool>> expected = {{"Varga", true},
                                                              {"said", true},
                                                              {"2024", true},
                                                              {"North's", false},
                                                              {"M\xC3\xA9nard", false},
                                                              {"foo", true},
                                                              {"bar", true},
                                                              {"don\xE2\x80\x99t", false},
                                                              {"ok", true}};
  EXPECT_EQ(plain, expected);
}

TEST(ParagraphWordsTest, AppendWordsReadsWhatWordReaderReads) {
  // The loop for plain words and the WordReader it hands the rest to give
  // the words a WordReader gives alone: spans, hashes and flags.
  const std::vector<std::string> pieces = {"Varga",
                                           "SAID",
                                           "2024",
                                           "3.5",
                                           "North's",
                                           "North\xE2\x80\x99s",
                                           "don'",
                                           "'tis",
                                           "'",
                                           "M\xC3\xA9nard",
                                           "\xC3\xA9t\xC3\xA9",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           "\xE2\x80\x94",
                                           "foo_bar",
                                           "a-b",
                                           "\xC5\xBF"
                                           "aid",
                                           "\xE2\x84\xAA",
                                           "\xFF",
                                           "\xC3",
                                           "x",
                                           "\xD0\x9C\xD0\xB8\xD1\x80",
                                           "It\xCA\xBCs",
                                           "9a",
                                           "a9"};
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 12);
    for (int i = 0; i < count; ++i) {
      text += pieces[random() % pieces.size()];
      const unsigned gap = random() % 5;
      text += gap == 0 ? "" : gap == 1 ? ", " : gap == 2 ? "\n" : " ";
    }
    std::vector<Word> expected;
    WordReader reader(text, 100);
    Word word;
    while (reader.Next(&word)) expected.push_back(word);
    std::vector<Word> got;
    AppendWords(text, 100, &got);
    ASSERT_EQ(got.size(), expected.size()) << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].span, expected[i].span) << text << " word " << i;
      EXPECT_EQ(got[i].hash, expected[i].hash) << text << " word " << i;
      EXPECT_EQ(got[i].numeric, expected[i].numeric) << text << " word " << i;
      EXPECT_EQ(got[i].plain, expected[i].plain) << text << " word " << i;
    }
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace qa
