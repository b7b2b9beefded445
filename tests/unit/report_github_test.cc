// The `github` format against GitHub's documented workflow commands:
// ::error/::warning/::notice with file, line, col, endLine, endColumn and
// title; data escaped for %, CR, LF and properties also for : and , (as the
// actions toolkit does); at most 10 annotations of a kind per step.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "report/github_reporter.h"
#include "report_test_data.h"

namespace qa {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(GithubReporterTest, EscapesLikeTheActionsToolkit) {
  EXPECT_EQ(GithubData("100% sure\r\nnext: a, b"), "100%25 sure%0D%0Anext: a, b");
  EXPECT_EQ(GithubProperty("dir/a b, c: d%.txt\n"), "dir/a b%2C c%3A d%25.txt%0A");
}

TEST(GithubReporterTest, OneCommandPerFindingWithPositionTitleAndExcerpt) {
  testing::SampleRun run;
  std::vector<std::string> lines = Lines(testing::RunFormat("github", run.files));
  ASSERT_EQ(lines.size(), 3u) << testing::RunFormat("github", run.files);
  // "Café owners" on line 5: columns count code points, the end is the
  // position just past the last character.
  EXPECT_EQ(lines[0],
            "::warning file=news/harbour.txt,line=5,col=1,endLine=5,endColumn=12,"
            "title=vague-source::vague source%0A    Caf\xC3\xA9 owners");
  // The quote runs over two lines: GitHub takes columns only on one line.
  EXPECT_EQ(lines[1],
            "::error file=news/harbour.txt,line=5,endLine=6,title=unattributed-quote::"
            "quote has no source%0A    \"it is settled for good\"%0A"
            "news/harbour.txt:3:34: note: nearest named person%0A"
            "news/other.txt:7:3: note: same words");
  EXPECT_EQ(lines[2], "::error file=missing.txt,title=input::no such file or directory");
}

TEST(GithubReporterTest, PathsAndMessagesAreEscaped) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<Finding> findings = {sample.findings[0]};
  findings[0].message = "50% of the\nquote";
  std::vector<FileReport> files = {
      {"news/a b, c: d.txt", &sample.document, &sample.scan, findings, {}}};
  EXPECT_EQ(Lines(testing::RunFormat("github", files))[0],
            "::warning file=news/a b%2C c%3A d.txt,line=5,col=1,endLine=5,endColumn=12,"
            "title=vague-source::50%25 of the%0Aquote%0A    Caf\xC3\xA9 owners");
}

TEST(GithubReporterTest, BeyondGithubsLimitFindingsArePlainLinesAndOneNoticeCounts) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<Finding> findings;
  for (Severity severity : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    for (int i = 0; i < 12; ++i) {
      Finding finding = sample.findings[0];
      finding.severity = severity;
      findings.push_back(finding);
    }
  }
  std::vector<FileReport> files = {
      {"::stop-commands::x.txt", &sample.document, &sample.scan, findings, {}}};
  std::vector<std::string> lines = Lines(testing::RunFormat("github", files));
  size_t errors = 0, warnings = 0, notices = 0, plain = 0;
  for (const std::string& line : lines) {
    errors += line.starts_with("::error ");
    warnings += line.starts_with("::warning ");
    notices += line.starts_with("::notice ");
    plain += !line.starts_with("::");
  }
  EXPECT_EQ(errors, GithubReporter::kAnnotationsPerKind);
  EXPECT_EQ(warnings, GithubReporter::kAnnotationsPerKind);
  // One notice is kept for the line that counts what was not annotated.
  EXPECT_EQ(notices, GithubReporter::kAnnotationsPerKind);
  EXPECT_EQ(plain, 36 - 29u);
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(lines.back().starts_with(
      "::notice title=quoteaudit::7 findings were not shown as annotations"))
      << lines.back();
  // A plain line that would start with "::" (a file name) is defused.
  EXPECT_EQ(lines[10], "./::stop-commands::x.txt:5:1: error: vague source [vague-source]");
}

TEST(GithubReporterTest, NoExcerptWhenTheMessageAlreadyQuotesIt) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<Finding> findings = {sample.findings[0]};
  findings[0].message = "vague source: \"Caf\xC3\xA9 owners\" is not a name";
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, findings, {}}};
  EXPECT_TRUE(Lines(testing::RunFormat("github", files))[0].ends_with(
      "::vague source: \"Caf\xC3\xA9 owners\" is not a name"));
}

TEST(GithubReporterTest, NoNoticeWhenEveryFindingIsAnnotated) {
  testing::SampleRun run;
  EXPECT_EQ(testing::RunFormat("github", run.files).find("::notice"), std::string::npos);
}

}  // namespace
}  // namespace qa
