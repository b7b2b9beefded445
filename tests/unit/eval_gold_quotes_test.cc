#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eval/gold_quotes.h"
#include "eval_words_testing.h"
#include "io/plain_text_reader.h"

namespace qa {
namespace {

Document Load(std::string text) {
  LoadResult loaded = LoadPlainText("test.txt", std::move(text));
  EXPECT_TRUE(loaded.document.has_value());
  return loaded.document.value_or(Document{});
}

std::vector<std::string> Quoted(const std::string& text,
                                const EvalWords& eval_words = BuiltInEvalWords()) {
  Document document = Load(text);
  std::vector<std::string> out;
  for (Span span : FindQuotedSpans(document, eval_words)) out.emplace_back(document.Text(span));
  return out;
}

using Strings = std::vector<std::string>;

TEST(GoldQuotesTest, PairsCurlyAndStraightDoubleMarks) {
  EXPECT_EQ(Quoted("\xE2\x80\x9CWe will win,\xE2\x80\x9D she said. \"Soon.\""),
            (Strings{"\xE2\x80\x9CWe will win,\xE2\x80\x9D", "\"Soon.\""}));
}

TEST(GoldQuotesTest, NestedSingleQuotesStayInsideTheOuterQuote) {
  EXPECT_EQ(Quoted("\"He told me 'never again' twice,\" she said."),
            (Strings{"\"He told me 'never again' twice,\""}));
}

TEST(GoldQuotesTest, ApostrophesAreNotQuotes) {
  EXPECT_EQ(Quoted("The weavers' union won't say it's over, not since the '90s."), Strings{});
  EXPECT_EQ(Quoted("The farmers\xE2\x80\x99 market isn\xE2\x80\x99t open."), Strings{});
}

TEST(GoldQuotesTest, SingleQuotesCountWhenTheyClearlyOpenAndClose) {
  EXPECT_EQ(Quoted("'We saw it coming,' one weaver said. 'Nobody's surprised.'"),
            (Strings{"'We saw it coming,'", "'Nobody's surprised.'"}));
  EXPECT_EQ(Quoted("\xE2\x80\x98Too late,\xE2\x80\x99 he said."),
            (Strings{"\xE2\x80\x98Too late,\xE2\x80\x99"}));
}

TEST(GoldQuotesTest, ElisionsComeFromTheRuleSet) {
  EXPECT_EQ(Quoted("Rock 'n' roll and 'em too."), Strings{});
  EXPECT_EQ(Quoted("'Tis the 'season,' she said."), (Strings{"'season,'"}));
  // Without gold-elisions only a digit makes an apostrophe an elision.
  EvalWords none;
  EXPECT_EQ(Quoted("Rock 'n' roll and 'em too.", none), (Strings{"'n'"}));
  EXPECT_EQ(Quoted("'Tis the 'season,' she said.", none), (Strings{"'Tis the 'season,'"}));
  EXPECT_EQ(Quoted("Since the '90s, 'it is fine,' she said.", none), (Strings{"'it is fine,'"}));
}

TEST(GoldQuotesTest, TwoApostrophesActAsADoubleMark) {
  EXPECT_EQ(Quoted("''It isn't over,'' said Ana Ruiz."), (Strings{"''It isn't over,''"}));
}

TEST(GoldQuotesTest, ClosingMarkFacingTheWrongWayStillOpens) {
  EXPECT_EQ(Quoted("\xE2\x80\x9D"
                   "Fear, mostly,\xE2\x80\x9D one reader wrote."),
            (Strings{"\xE2\x80\x9D"
                     "Fear, mostly,\xE2\x80\x9D"}));
}

TEST(GoldQuotesTest, QuoteContinuedIntoTheNextParagraphIsOneSpan) {
  std::string text = "\"First part.\n\n\"Second part,\" she said.\n";
  Document document = Load(text);
  std::vector<Span> spans = FindQuotedSpans(document, BuiltInEvalWords());
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (Span{0, text.find(',') + 2}));
}

TEST(GoldQuotesTest, UnclosedQuoteEndsWithItsParagraph) {
  EXPECT_EQ(Quoted("\"Never closed, she said.\n\nNext \"one\" here."),
            (Strings{"\"Never closed, she said.", "\"one\""}));
}

TEST(GoldQuotesTest, InchMarkAfterANumberOpensNothing) {
  EXPECT_EQ(Quoted("He is 6' 2\" tall and said \"fine.\""), (Strings{"\"fine.\""}));
}

TEST(GoldQuotesTest, OnlyQuotesOverlappingContentAreGold) {
  // Scare quote first, then an attributed quote.
  std::string text = "The \"renewal\" plan stalled. \"It is dead,\" said Ana Ruiz.";
  Document document = Load(text);
  BratAttribution attribution;
  attribution.id = "E1";
  size_t quote = text.find("\"It");
  attribution.content = {{quote, quote + 14}};
  size_t source = text.find("Ana");
  attribution.source = {{source, source + 8}};
  attribution.source_text = "Ana Ruiz";
  BratAnnotations annotations;
  annotations.attributions.push_back(attribution);
  std::vector<GoldQuote> gold =
      BuildGoldQuotes(FindQuotedSpans(document, BuiltInEvalWords()), annotations);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(document.Text(gold[0].span), "\"It is dead,\"");
  EXPECT_EQ(gold[0].source_text, "Ana Ruiz");
  EXPECT_EQ(gold[0].attribution, "E1");
}

TEST(GoldQuotesTest, ContentEndingInsideAQuoteStillClaimsIt) {
  // Annotators sometimes stop the Content before the closing mark.
  std::string text = "She called it \"a fine day for the harbour\" yesterday.";
  Document document = Load(text);
  BratAnnotations annotations;
  annotations.attributions.push_back({"E1", {}, "", {}, {{4, text.find(" for")}}, 1});
  std::vector<GoldQuote> gold =
      BuildGoldQuotes(FindQuotedSpans(document, BuiltInEvalWords()), annotations);
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_TRUE(gold[0].sources.empty());
}

}  // namespace
}  // namespace qa
