#include <gtest/gtest.h>

#include "checks/unbalanced_quote_check.h"
#include "source_check_testing.h"

namespace qa {
namespace {

using testing_support::MakeCheck;
using testing_support::MakeDocument;
using testing_support::RunCheck;
using testing_support::SpanOf;

TEST(UnbalancedQuoteCheckTest, ReportsEachMarkProblemAtTheMark) {
  Document doc = MakeDocument(
      "\xE2\x80\x9CThe ferry will run all winter, said Captain Oda Lind.\n\n"
      "Tickets cost more this year.\xE2\x80\x9D\n");
  ScanResult scan;
  scan.mark_problems.push_back({SpanOf(doc, "\xE2\x80\x9C"), "quote opened here is never closed"});
  scan.mark_problems.push_back(
      {SpanOf(doc, "\xE2\x80\x9D"), "closing quote mark with no opening mark"});
  auto check = MakeCheck<UnbalancedQuoteCheck>("unbalanced-quote");
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "unbalanced-quote");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].span, (Span{0, 3}));
  EXPECT_EQ(findings[0].message, "quote opened here is never closed");
  EXPECT_EQ(findings[1].span, SpanOf(doc, "\xE2\x80\x9D"));
  EXPECT_EQ(findings[1].message, "closing quote mark with no opening mark");
}

TEST(UnbalancedQuoteCheckTest, SilentWhenEveryMarkIsPaired) {
  Document doc = MakeDocument("\"All aboard,\" said Captain Oda Lind.");
  ScanResult scan;
  auto check = MakeCheck<UnbalancedQuoteCheck>("unbalanced-quote");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

TEST(UnbalancedQuoteCheckTest, EmptyProblemMessageStillExplains) {
  Document doc = MakeDocument("A stray \" mark.");
  ScanResult scan;
  scan.mark_problems.push_back({SpanOf(doc, "\""), ""});
  auto check = MakeCheck<UnbalancedQuoteCheck>("unbalanced-quote");
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].message.empty());
}

}  // namespace
}  // namespace qa
