#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "report/text_reporter.h"
#include "report_test_data.h"

namespace qa {
namespace {

TEST(TextReporterTest, OneLinePerFindingWithExcerptAndNotes) {
  testing::SampleFile sample = testing::MakeSample();
  std::ostringstream out;
  TextReporter reporter(out, {});
  FileReport file{sample.document.path, &sample.document, &sample.scan, sample.findings, {}};
  reporter.AddFile(file);
  RunSummary summary;
  summary.Add(file);
  reporter.Finish(summary);
  EXPECT_EQ(out.str(),
            "news/harbour.txt:5:1: warning: vague source [vague-source]\n"
            "    Caf\xC3\xA9 owners\n"
            "news/harbour.txt:5:23: error: quote has no source [unattributed-quote]\n"
            "    \"it is settled for good\"\n"
            "news/harbour.txt:3:34: note: nearest named person\n"
            "news/other.txt:7:3: note: same words\n"
            "1 file, 2 quotes: 1 error, 1 warning, 0 info\n");
}

TEST(TextReporterTest, InputProblemsUseTheSameShape) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<InputProblem> problems = {{"invalid UTF-8 at byte 14; the byte is ignored", 14}};
  std::vector<InputProblem> fatal = {{"no such file or directory", 0}};
  std::ostringstream out;
  ReportOptions options;
  options.summary = false;
  TextReporter reporter(out, options);
  reporter.AddFile({"missing.txt", nullptr, nullptr, {}, fatal});
  reporter.AddFile({sample.document.path, &sample.document, &sample.scan, {}, problems});
  reporter.Finish({});
  EXPECT_EQ(out.str(),
            "missing.txt: error: no such file or directory [input]\n"
            "news/harbour.txt:3:1: warning: invalid UTF-8 at byte 14; the byte is ignored "
            "[input]\n");
}

TEST(TextReporterTest, SummaryCountsFilesQuotesFindingsAndInputErrors) {
  RunSummary summary;
  summary.files = 3;
  summary.quotes = 12;
  summary.errors = 1;
  summary.warnings = 4;
  EXPECT_EQ(FindingSummaryLine(summary), "3 files, 12 quotes: 1 error, 4 warnings, 0 info");
  summary.input_errors = 2;
  summary.quotes = 1;
  EXPECT_EQ(FindingSummaryLine(summary),
            "3 files, 1 quote: 1 error, 4 warnings, 0 info; 2 input errors");
}

TEST(TextReporterTest, SummaryCountsBaselinedFindings) {
  RunSummary summary;
  summary.files = 2;
  summary.warnings = 1;
  summary.suppressed = 1;
  summary.baselined = 7;
  EXPECT_EQ(FindingSummaryLine(summary),
            "2 files, 0 quotes: 0 errors, 1 warning, 0 info, 1 suppressed, 7 baselined");
}

// --min-level warning --fail-level info: an info finding fails the run
// without being shown, so the summary says why the run failed.
TEST(TextReporterTest, SaysWhenHiddenFindingsFailedTheRun) {
  RunSummary summary;
  summary.files = 1;
  summary.hidden_failing = 2;
  std::ostringstream out;
  TextReporter(out, {}).Finish(summary);
  EXPECT_EQ(out.str(),
            "1 file, 0 quotes: 0 errors, 0 warnings, 0 info\n"
            "2 findings below --min-level reached --fail-level and made the run fail\n");

  std::ostringstream clean;
  summary.hidden_failing = 0;
  TextReporter(clean, {}).Finish(summary);
  EXPECT_EQ(clean.str(), "1 file, 0 quotes: 0 errors, 0 warnings, 0 info\n");
}

TEST(TextReporterTest, EmptySpanPrintsNoExcerptLine) {
  testing::SampleFile sample = testing::MakeSample();
  Finding finding;
  finding.rule = "unbalanced-quote";
  finding.message = "quote mark is never closed";
  finding.span = {14, 14};
  std::vector<Finding> findings = {finding};
  std::ostringstream out;
  ReportOptions options;
  options.summary = false;
  TextReporter reporter(out, options);
  reporter.AddFile({sample.document.path, &sample.document, &sample.scan, findings, {}});
  reporter.Finish({});
  EXPECT_EQ(out.str(),
            "news/harbour.txt:3:1: warning: quote mark is never closed [unbalanced-quote]\n");
}

}  // namespace
}  // namespace qa
