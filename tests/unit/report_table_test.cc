#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "report/quote_table_reporter.h"
#include "report/report_formats.h"
#include "report_test_data.h"

namespace qa {
namespace {

std::string Table(bool explain, bool summary = false, bool by_speaker = false) {
  testing::SampleFile sample = testing::MakeSample();
  std::ostringstream out;
  ReportOptions options;
  options.explain = explain;
  options.by_speaker = by_speaker;
  options.summary = summary;
  QuoteTableReporter reporter(out, options);
  FileReport file{sample.document.path, &sample.document, &sample.scan, sample.findings, {}};
  reporter.AddFile(file);
  RunSummary totals;
  totals.Add(file);
  reporter.Finish(totals);
  return out.str();
}

TEST(QuoteTableReporterTest, AlignedRowsUnderAFileHeader) {
  EXPECT_EQ(Table(false),
            "news/harbour.txt\n"
            "  LOCATION  KIND     SPEAKER     SPEAKER KIND  CUE   RULE        CONF  QUOTE\n"
            "  3:1       direct   Ines Koval  person        said  after-said  0.90  "
            "\xE2\x80\x9CWe will rebuild the pier,\xE2\x80\x9D\n"
            "  5:23      partial  -           unknown       -     -           -     "
            "\"it is settled for good\"\n");
}

TEST(QuoteTableReporterTest, BySpeakerGivesEachSourceABlockWithEveryFormOfItsName) {
  EXPECT_EQ(Table(false, false, /*by_speaker=*/true),
            "news/harbour.txt\n"
            "  LOCATION  KIND     SPEAKER     SPEAKER KIND  CUE   RULE        CONF  QUOTE\n"
            "  Ines Koval (person; also Koval, the mayor): 1 quote\n"
            "  3:1       direct   Ines Koval  person        said  after-said  0.90  "
            "\xE2\x80\x9CWe will rebuild the pier,\xE2\x80\x9D\n"
            "  no source: 1 quote\n"
            "  5:23      partial  -           unknown       -     -           -     "
            "\"it is settled for good\"\n");
}

TEST(QuoteTableReporterTest, BySpeakerPutsQuotesWithNoSourceLast) {
  testing::SampleFile sample = testing::MakeSample();
  std::swap(sample.scan.quotes[0], sample.scan.quotes[1]);  // the orphan comes first
  std::ostringstream out;
  ReportOptions options;
  options.by_speaker = true;
  options.summary = false;
  QuoteTableReporter reporter(out, options);
  reporter.AddFile({sample.document.path, &sample.document, &sample.scan, sample.findings, {}});
  std::string table = out.str();
  ASSERT_NE(table.find("no source: 1 quote"), std::string::npos) << table;
  EXPECT_LT(table.find("Ines Koval (person"), table.find("no source: 1 quote")) << table;
}

TEST(QuoteTableReporterTest, ExplainAddsTheReasonUnderEachRow) {
  std::string table = Table(true);
  EXPECT_NE(table.find("0.90  \xE2\x80\x9CWe will rebuild the pier,\xE2\x80\x9D\n"
                       "      why: inverted cue after quote: said Mayor Ines Koval\n"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("      why: no explanation recorded\n"), std::string::npos);
}

TEST(QuoteTableReporterTest, SummaryCountsAttributedQuotes) {
  std::string table = Table(false, true);
  EXPECT_NE(table.find("\n\n1 file, 2 quotes, 1 attributed\n"), std::string::npos) << table;
}

TEST(QuoteTableReporterTest, FileWithoutQuotesOrUnreadable) {
  Document document;
  document.text = "No quotes here.";
  document.set_original(document.text);
  ScanResult scan;
  std::vector<InputProblem> fatal = {{"permission denied", 0}};
  std::ostringstream out;
  ReportOptions options;
  options.summary = false;
  QuoteTableReporter reporter(out, options);
  reporter.AddFile({"plain.txt", &document, &scan, {}, {}});
  reporter.AddFile({"locked.txt", nullptr, nullptr, {}, fatal});
  reporter.Finish({});
  EXPECT_EQ(out.str(), "plain.txt\n  no quotes\n\nlocked.txt\n  error: permission denied\n");
}

TEST(ReportFormatsTest, RegistryKnowsEveryFormat) {
  for (const char* name : {"text", "json", "table"}) {
    const ReportFormat* format = FindReportFormat(name);
    ASSERT_NE(format, nullptr) << name;
    std::ostringstream out;
    auto reporter = format->make(out, {});
    ASSERT_NE(reporter, nullptr);
    reporter->Finish({});
  }
  EXPECT_EQ(FindReportFormat("xml"), nullptr);
}

}  // namespace
}  // namespace qa
