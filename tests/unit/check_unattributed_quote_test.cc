#include <gtest/gtest.h>

#include "checks/unattributed_quote_check.h"
#include "source_check_testing.h"

namespace qa {
namespace {

using testing_support::MakeCheck;
using testing_support::MakeDocument;
using testing_support::MakeEntity;
using testing_support::MakeQuote;
using testing_support::RunCheck;
using testing_support::SpanOf;

constexpr std::string_view kArticle =
    "The Tarn Valley council met on Monday.\n\n"
    "\"We will not close the library,\" said Mayor Ilse Brandt.\n\n"
    "\"The roof leaks every winter and nobody has fixed it.\"\n\n"
    "The so-called \"rescue plan\" was read out by the clerk, who called the budget "
    "\"unworkable\".\n";

ScanResult ArticleScan(const Document& doc) {
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Ilse Brandt", SpeakerKind::kPerson, {"Brandt"}));
  scan.quotes.push_back(MakeQuote(doc, "\"We will not close the library,\"", QuoteKind::kDirect, 0,
                                  SpanOf(doc, "Mayor Ilse Brandt")));
  scan.quotes.push_back(MakeQuote(doc, "\"The roof leaks every winter and nobody has fixed it.\"",
                                  QuoteKind::kDirect));
  scan.quotes.push_back(MakeQuote(doc, "\"rescue plan\"", QuoteKind::kScare));
  scan.quotes.push_back(MakeQuote(doc, "\"unworkable\"", QuoteKind::kPartial));
  return scan;
}

TEST(UnattributedQuoteCheckTest, ReportsDirectAndPartialQuotesWithoutSpeaker) {
  Document doc = MakeDocument(std::string(kArticle));
  ScanResult scan = ArticleScan(doc);
  auto check = MakeCheck<UnattributedQuoteCheck>("unattributed-quote");
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "unattributed-quote");
  EXPECT_EQ(findings[0].severity, Severity::kError);
  EXPECT_EQ(findings[0].span, scan.quotes[1].span);
  EXPECT_EQ(findings[0].message,
            "unattributed quote: \"The roof leaks every winter and nobody has fixed it.\" is tied "
            "to no speaker; say who said it");
  EXPECT_EQ(findings[1].span, scan.quotes[3].span);
  EXPECT_EQ(findings[1].message,
            "unattributed partial quote: \"unworkable\" is tied to no speaker; say who said it");
}

TEST(UnattributedQuoteCheckTest, ScareQuotesAndTitlesAreNeverReported) {
  Document doc = MakeDocument("She read \"The Long Winter\" and called it a \"triumph\".");
  ScanResult scan;
  scan.quotes.push_back(MakeQuote(doc, "\"The Long Winter\"", QuoteKind::kTitle));
  scan.quotes.push_back(MakeQuote(doc, "\"triumph\"", QuoteKind::kScare));
  auto check = MakeCheck<UnattributedQuoteCheck>("unattributed-quote");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

TEST(UnattributedQuoteCheckTest, PartialQuotesCanBeLeftOut) {
  Document doc = MakeDocument(std::string(kArticle));
  ScanResult scan = ArticleScan(doc);
  auto check =
      MakeCheck<UnattributedQuoteCheck>("unattributed-quote", {{"include_partial", false}});
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, scan.quotes[1].span);
}

TEST(UnattributedQuoteCheckTest, MinWordsSkipsShortQuotes) {
  Document doc = MakeDocument(std::string(kArticle));
  ScanResult scan = ArticleScan(doc);
  auto check = MakeCheck<UnattributedQuoteCheck>("unattributed-quote", {{"min_words", 2}});
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 1u);  // "unworkable" has one word
  EXPECT_EQ(findings[0].span, scan.quotes[1].span);
}

TEST(UnattributedQuoteCheckTest, EntityOutOfRangeCountsAsNoSpeaker) {
  Document doc = MakeDocument("\"Nobody will leave the valley,\" the notice read.");
  ScanResult scan;
  scan.quotes.push_back(
      MakeQuote(doc, "\"Nobody will leave the valley,\"", QuoteKind::kDirect, /*entity=*/3));
  auto check = MakeCheck<UnattributedQuoteCheck>("unattributed-quote");
  EXPECT_EQ(RunCheck(*check, doc, scan).size(), 1u);
}

TEST(UnattributedQuoteCheckTest, LongQuotesAreShortenedInTheMessage) {
  std::string words;
  for (int i = 0; i < 40; ++i) words += "again ";
  Document doc = MakeDocument("\"" + words + "\"\n");
  ScanResult scan;
  scan.quotes.push_back(MakeQuote(doc, "\"" + words + "\""));
  auto check = MakeCheck<UnattributedQuoteCheck>("unattributed-quote");
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("again again\xE2\x80\xA6\""), std::string::npos)
      << findings[0].message;
  EXPECT_LT(findings[0].message.size(), 140u);
}

}  // namespace
}  // namespace qa
