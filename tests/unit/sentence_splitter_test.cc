// The sentence splitter the attribution engine works on: abbreviations and
// initials do not end sentences, quotes are atomic but may end one, and
// sentences never cross paragraphs.
#include "scan/sentence_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "builtin_scanner.h"
#include "io/plain_text_reader.h"
#include "scan/quote_finder.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

using test_scanner::BuiltinWords;

using ::testing::ElementsAre;

// The article's sentences as text, found the way the scanner finds them.
std::vector<std::string> Sentences(std::string article) {
  LoadResult loaded = LoadPlainText("article.txt", std::move(article));
  EXPECT_TRUE(loaded.document.has_value());
  Document doc = loaded.document.value_or(Document{});
  std::vector<Quote> quotes = QuoteFinder(BuiltinWords().elisions).Find(doc).quotes;
  std::vector<std::string> texts;
  for (const Span& span :
       SplitSentences(doc, quotes, BuiltinWords().abbreviations, &BuiltinWords().speech_verbs)) {
    texts.emplace_back(doc.Text(span));
  }
  return texts;
}

TEST(SentenceSplitterTest, SplitsOnFullStopsQuestionAndExclamationMarks) {
  EXPECT_THAT(
      Sentences("The tide rose. Did the wall hold? It did not! Crews returned."),
      ElementsAre("The tide rose.", "Did the wall hold?", "It did not!", "Crews returned."));
}

TEST(SentenceSplitterTest, TitleAbbreviationsDoNotEndASentence) {
  EXPECT_THAT(
      Sentences("Dr. Hannah Lowe and Mr. Peter Brandt met Gov. Ines Okafor. They talked."),
      ElementsAre("Dr. Hannah Lowe and Mr. Peter Brandt met Gov. Ines Okafor.", "They talked."));
}

TEST(SentenceSplitterTest, MonthAbbreviationsDoNotEndASentence) {
  EXPECT_THAT(
      Sentences("The council met on Dec. 4 and again on Jan. 9. Nothing was decided."),
      ElementsAre("The council met on Dec. 4 and again on Jan. 9.", "Nothing was decided."));
}

TEST(SentenceSplitterTest, InitialsDoNotEndASentence) {
  EXPECT_THAT(Sentences("The bridge was designed by J. R. Okafor in 1962. It still stands."),
              ElementsAre("The bridge was designed by J. R. Okafor in 1962.", "It still stands."));
}

TEST(SentenceSplitterTest, LowerCaseAfterAFullStopIsNoNewSentence) {
  EXPECT_THAT(Sentences("Fares rose by approx. five percent. Riders complained."),
              ElementsAre("Fares rose by approx. five percent.", "Riders complained."));
}

TEST(SentenceSplitterTest, DecimalNumbersStayInTheirSentence) {
  EXPECT_THAT(Sentences("The levy raised 2.5 million dollars. The mayor was pleased."),
              ElementsAre("The levy raised 2.5 million dollars.", "The mayor was pleased."));
}

TEST(SentenceSplitterTest, QuoteEndingInAFullStopEndsTheSentence) {
  EXPECT_THAT(Sentences("Varga said: \"The depot will close.\" The union objected."),
              ElementsAre("Varga said: \"The depot will close.\"", "The union objected."));
}

TEST(SentenceSplitterTest, QuoteWithInnerSentencesIsOneUnit) {
  EXPECT_THAT(
      Sentences(
          "\"The roof comes first. Then the shelves. Then the books,\" said Varga. She left."),
      ElementsAre("\"The roof comes first. Then the shelves. Then the books,\" said Varga.",
                  "She left."));
}

TEST(SentenceSplitterTest, QuoteEndingInAFullStopBeforeALowerCaseCueDoesNotSplit) {
  EXPECT_THAT(Sentences("\"Are we safe?\" asked one resident. Nobody answered."),
              ElementsAre("\"Are we safe?\" asked one resident.", "Nobody answered."));
}

TEST(SentenceSplitterTest, CurlyQuoteEndsTheSentenceToo) {
  EXPECT_THAT(Sentences("\xE2\x80\x9CWe lost the east pier.\xE2\x80\x9D That was the verdict "
                        "of Dr. Hannah Lowe."),
              ElementsAre("\xE2\x80\x9CWe lost the east pier.\xE2\x80\x9D",
                          "That was the verdict of Dr. Hannah Lowe."));
}

TEST(SentenceSplitterTest, ClosingBracketStaysWithItsSentence) {
  EXPECT_THAT(Sentences("The pier closed (again.) Repairs start in May."),
              ElementsAre("The pier closed (again.)", "Repairs start in May."));
}

TEST(SentenceSplitterTest, SentencesNeverCrossParagraphs) {
  EXPECT_THAT(Sentences("The storm hit Portvale\n\nCrews worked all night"),
              ElementsAre("The storm hit Portvale", "Crews worked all night"));
}

TEST(SentenceSplitterTest, MultiParagraphQuoteIsNotCutInside) {
  // The quote's sentences end only at the paragraph breaks, never at the
  // full stops inside it.
  EXPECT_THAT(Sentences("Varga said: \"The ferry will run. It must.\n\n\"We owe the islanders "
                        "that much.\"\n\nThe council meets Thursday."),
              ElementsAre("Varga said: \"The ferry will run. It must.",
                          "\"We owe the islanders that much.\"", "The council meets Thursday."));
}

TEST(SentenceSplitterTest, EmptyArticleHasNoSentences) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences("\n\n   \n").empty());
}

TEST(SentenceSplitterTest, DashAfterAFinishedQuoteStaysWithItsCredit) {
  EXPECT_THAT(Sentences("The ferry resumed.\n\n"
                        "\"Crossings are safe again.\" \xE2\x80\x94 Harbor master Ola Berg\n"),
              ElementsAre("The ferry resumed.",
                          "\"Crossings are safe again.\" \xE2\x80\x94 Harbor master Ola Berg"));
}

TEST(SentenceSplitterTest, QuestionOrExclamationStaysWithItsOwnCue) {
  EXPECT_THAT(
      Sentences("\"Who signed off on this?\" Councillor Pia Brandt asked. The hall was quiet."),
      ElementsAre("\"Who signed off on this?\" Councillor Pia Brandt asked.",
                  "The hall was quiet."));
  EXPECT_THAT(Sentences("\"Enough!\" Dr. Hannah Lowe, the harbor doctor, shouted."),
              ElementsAre("\"Enough!\" Dr. Hannah Lowe, the harbor doctor, shouted."));
}

TEST(SentenceSplitterTest, QuestionBeforeANewSentenceWithoutACueStillEndsIt) {
  // Near miss: no speech verb in the next few words, so a new sentence.
  EXPECT_THAT(
      Sentences("\"Who pays?\" The question hung over the Portvale budget for a month."),
      ElementsAre("\"Who pays?\"", "The question hung over the Portvale budget for a month."));
  // A full stop still ends the quote's sentence, cue or not.
  EXPECT_THAT(Sentences("\"The depot will close.\" Varga said it twice."),
              ElementsAre("\"The depot will close.\"", "Varga said it twice."));
}

}  // namespace
}  // namespace qa
