// ParagraphWords (checks/paragraph_words.h): the words duplicate-text and
// boilerplate share must be exactly what each read on its own before, for a
// document held whole and for one too long to hold.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace qa
