// The word aligner of `quoteaudit verify` on its own: what an editor may
// change without a mark costs nothing; words changed, added or cut without a
// mark cost one each. Plus the word splitter's normalisation and the
// speaker labels of transcripts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "verify/aligner.h"
#include "verify/speaker_labels.h"
#include "verify/word_interner.h"
#include "verify/word_splitter.h"

namespace qa {
namespace {

std::vector<std::string> Words(const std::string& text, bool gaps) {
  std::vector<std::string> words;
  WordSplitter splitter(text, gaps);
  TextToken token;
  while (splitter.Next(&token)) {
    if (token.kind == TokenKind::kEllipsis) {
      words.push_back("<cut>");
    } else if (token.kind == TokenKind::kInsertion) {
      words.push_back("<added>");
    } else {
      words.emplace_back(token.word);
    }
  }
  return words;
}

// The alignment of `quote` within the whole of `source`.
Alignment AlignTexts(const std::string& quote, const std::string& source) {
  WordInterner interner;
  std::vector<uint32_t> ids;
  WordSplitter source_words(source, /*gaps=*/false);
  TextToken token;
  while (source_words.Next(&token)) ids.push_back(interner.Intern(token.word));
  std::vector<QuoteToken> tokens;
  WordSplitter quote_words(quote, /*gaps=*/true);
  while (quote_words.Next(&token)) {
    tokens.push_back({token.kind, token.kind == TokenKind::kWord ? interner.Find(token.word) : 0});
  }
  return Align(tokens, ids, 0, ids.size(), {});
}

using Strings = std::vector<std::string>;

TEST(VerifyWordSplitterTest, NormalisesCasePunctuationMarksAndDashes) {
  EXPECT_EQ(Words("“We’ll rebuild – now!”", false), (Strings{"well", "rebuild", "now"}));
  EXPECT_EQ(Words("a long-term test -- not 1,200", false),
            (Strings{"a", "longterm", "test", "not", "1200"}));
  EXPECT_EQ(Words("ÅSA Ødegård", false), (Strings{"åsa", "ødegård"}));
}

TEST(VerifyWordSplitterTest, JoinsAWordHyphenatedAcrossALineBreak) {
  EXPECT_EQ(Words("a long-\n  term test", false), (Strings{"a", "longterm", "test"}));
  EXPECT_EQ(Words("we will re-\r\nbuild", false), (Strings{"we", "will", "rebuild"}));
  // A dash before a line break is no hyphenation.
  EXPECT_EQ(Words("this -\nthat", false), (Strings{"this", "that"}));
}

TEST(VerifyWordSplitterTest, QuotesMarkCutsAndInsertions) {
  EXPECT_EQ(Words("a ... b … c [...] d [. . .] e", true),
            (Strings{"a", "<cut>", "b", "<cut>", "c", "<cut>", "d", "<cut>", "e"}));
  EXPECT_EQ(Words("[The council] will", true), (Strings{"<added>", "will"}));
  // In a source, brackets and dots are punctuation.
  EXPECT_EQ(Words("[The council] will ...", false), (Strings{"the", "council", "will"}));
}

TEST(VerifyAlignerTest, ExactPartOfASentenceCostsNothing) {
  Alignment a = AlignTexts("will rebuild the harbour wall",
                           "We will rebuild the harbour wall before the storms.");
  EXPECT_EQ(a.cost, 0u);
  EXPECT_EQ(a.source_begin, 1u);
  EXPECT_EQ(a.source_end, 6u);
}

TEST(VerifyAlignerTest, EllipsisSkipsAnyNumberOfWords) {
  EXPECT_EQ(AlignTexts("no intention of ... raising the fees",
                       "The council has no intention of quietly and slowly raising the fees.")
                .cost,
            0u);
  EXPECT_EQ(
      AlignTexts("Our harbour … is the heart", "Our harbour, whatever they say, is the heart").cost,
      0u);
  EXPECT_EQ(AlignTexts("Every [...] owner", "every single boat owner").cost, 0u);
}

TEST(VerifyAlignerTest, BracketsStandForAFewWordsOrNone) {
  EXPECT_EQ(AlignTexts("[The council] will not sell", "We will not sell the quay").cost, 0u);
  EXPECT_EQ(AlignTexts("we will not sell [the quay] to anyone", "we will not sell to anyone").cost,
            0u);
}

TEST(VerifyAlignerTest, HyphenationAcrossALineBreakInTheSourceMatches) {
  EXPECT_EQ(AlignTexts("a long-term test", "was a long-\nterm test, not").cost, 0u);
}

TEST(VerifyAlignerTest, ChangedWordCostsOne) {
  Alignment a = AlignTexts("We will never accept it", "We will not accept it.");
  EXPECT_EQ(a.cost, 1u);
  EXPECT_EQ(a.changed, 1u);
  ASSERT_EQ(a.edits.size(), 5u);
  EXPECT_EQ(a.edits[2].kind, EditKind::kChanged);
  EXPECT_EQ(a.edits[2].quote, 2);
  EXPECT_EQ(a.edits[2].source, 2);
}

TEST(VerifyAlignerTest, InsertedWordCostsOne) {
  Alignment a = AlignTexts("rebuild the old harbour wall", "we rebuild the harbour wall now");
  EXPECT_EQ(a.cost, 1u);
  EXPECT_EQ(a.added, 1u);
}

TEST(VerifyAlignerTest, CutWithoutAMarkCostsEachWord) {
  Alignment a = AlignTexts("We have the money for the repairs",
                           "We have the money set aside for the repairs.");
  EXPECT_EQ(a.cost, 2u);
  EXPECT_EQ(a.cut, 2u);
  // The same cut marked with an ellipsis is fine.
  EXPECT_EQ(AlignTexts("We have the money ... for the repairs",
                       "We have the money set aside for the repairs.")
                .cost,
            0u);
}

TEST(VerifySpeakerLabelsTest, FindsLabelsAtLineStarts) {
  std::vector<SpeakerLabel> labels = FindSpeakerLabels(
      "CHAIR: Open.\nVOLD: We will.\nEva Vold: Again.\nNote: once only.\n"
      "The plan: none.\n  Hale: One.\nHale: Two.\n");
  std::vector<std::string> names;
  for (const SpeakerLabel& label : labels) names.push_back(label.name);
  EXPECT_EQ(names, (Strings{"CHAIR", "VOLD", "Eva Vold", "Hale", "Hale"}));
}

TEST(VerifySpeakerLabelsTest, ALabelNamesASpeakerBySurnameOrAlias) {
  EXPECT_TRUE(LabelNamesSpeaker("VOLD", "Eva Vold", {}));
  EXPECT_TRUE(LabelNamesSpeaker("Dr. Vold", "Eva Vold", {}));
  EXPECT_TRUE(LabelNamesSpeaker("EVA VOLD", "Eva Vold", {}));
  EXPECT_TRUE(LabelNamesSpeaker("THE MAYOR", "Eva Vold", {"the mayor"}));
  EXPECT_FALSE(LabelNamesSpeaker("HALE", "Eva Vold", {"Vold"}));
}

}  // namespace
}  // namespace qa

#include "core/document.h"
#include "verify/source_index.h"

namespace qa {
namespace {

// A quote of words that are all common in a long transcript is still found:
// the place holding all its pairs wins.
TEST(VerifySourceIndexTest, AQuoteOfCommonWordsOnlyIsFound) {
  Document document;
  document.path = "long.txt";
  std::string bytes;
  for (int i = 0; i < 5000; ++i) bytes += "we will go and we will see. ";
  bytes += "\nHALE: go and we will go.\n";
  document.set_original(bytes);
  document.text = document.original();
  SourceIndex index;
  index.Add(document);
  index.Build();
  std::vector<uint32_t> ids;
  std::vector<QuoteToken> quote;
  for (const char* word : {"go", "and", "we", "will", "go"}) {
    ids.push_back(index.interner().Find(word));
    quote.push_back({TokenKind::kWord, ids.back()});
  }
  std::vector<SourceWindow> windows = index.Candidates(ids, ids.size() + 8, 10, 8);
  ASSERT_FALSE(windows.empty());
  Alignment best;
  for (const SourceWindow& window : windows) {
    Alignment a = Align(quote, index.ids(), window.begin, window.end, {});
    if (a.cost < best.cost) best = a;
  }
  EXPECT_EQ(best.cost, 0u);
  EXPECT_EQ(index.words()[best.source_begin].label, 0);  // under HALE:
}

}  // namespace
}  // namespace qa
