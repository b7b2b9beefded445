// The `gitlab` format against GitLab's documented Code Quality report: a
// JSON array of issues, each with description, check_name, fingerprint
// (unique), severity (info, minor, major, critical, blocker) and
// location.path with location.lines.begin; no byte order mark.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "report_test_data.h"

namespace qa {
namespace {

using nlohmann::json;

json Parse(const std::string& text) {
  json parsed = json::parse(text, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << text;
  return parsed;
}

TEST(GitlabReporterTest, EveryIssueHasTheRequiredFields) {
  testing::SampleRun run;
  std::string text = testing::RunFormat("gitlab", run.files);
  EXPECT_NE(text.substr(0, 3), "\xEF\xBB\xBF");  // GitLab's parser rejects a BOM
  json issues = Parse(text);
  ASSERT_TRUE(issues.is_array());
  ASSERT_EQ(issues.size(), 3u);  // two findings and the unreadable file
  const std::set<std::string> severities = {"info", "minor", "major", "critical", "blocker"};
  for (const json& issue : issues) {
    EXPECT_TRUE(issue["description"].is_string() &&
                !issue["description"].get<std::string>().empty())
        << issue;
    EXPECT_TRUE(issue["check_name"].is_string()) << issue;
    EXPECT_TRUE(issue["fingerprint"].is_string()) << issue;
    EXPECT_TRUE(severities.count(issue["severity"].get<std::string>())) << issue;
    EXPECT_TRUE(issue["location"]["path"].is_string()) << issue;
    EXPECT_GE(issue["location"]["lines"]["begin"].get<int>(), 1) << issue;
  }
  EXPECT_EQ(
      issues[0],
      (json{{"description", "vague source"},
            {"check_name", "vague-source"},
            {"fingerprint", issues[0]["fingerprint"]},
            {"severity", "major"},
            {"location", {{"path", "news/harbour.txt"}, {"lines", {{"begin", 5}, {"end", 5}}}}}}));
  EXPECT_EQ(issues[1]["severity"], "critical");
  EXPECT_EQ(issues[1]["location"]["lines"], (json{{"begin", 5}, {"end", 6}}));
  EXPECT_EQ(issues[2]["check_name"], "input");
  EXPECT_EQ(issues[2]["location"]["path"], "missing.txt");
}

TEST(GitlabReporterTest, InfoFindingsAreInfo) {
  testing::SampleFile sample = testing::MakeSample();
  sample.findings[0].severity = Severity::kInfo;
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, sample.findings, {}}};
  EXPECT_EQ(Parse(testing::RunFormat("gitlab", files))[0]["severity"], "info");
}

TEST(GitlabReporterTest, FingerprintsAreUniqueAndStable) {
  testing::SampleFile sample = testing::MakeSample();
  sample.findings[0].fingerprint = "0123456789abcdef:1";
  sample.findings[1].fingerprint = "0123456789abcdef:2";
  // The same content in two files, and one file given twice.
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, sample.findings, {}},
                                   {"b.txt", &sample.document, &sample.scan, sample.findings, {}},
                                   {"b.txt", &sample.document, &sample.scan, sample.findings, {}}};
  json issues = Parse(testing::RunFormat("gitlab", files));
  std::set<std::string> fingerprints;
  for (const json& issue : issues) fingerprints.insert(issue["fingerprint"].get<std::string>());
  EXPECT_EQ(fingerprints.size(), issues.size());
  // The fingerprint follows the content, not the line: a finding that moves
  // keeps it.
  testing::SampleFile moved = testing::MakeSample();
  moved.findings[0].fingerprint = "0123456789abcdef:1";
  moved.findings[0].span = {0, 7};
  std::vector<FileReport> moved_files = {
      {"a.txt", &moved.document, &moved.scan, {moved.findings.data(), 1}, {}}};
  EXPECT_EQ(Parse(testing::RunFormat("gitlab", moved_files))[0]["fingerprint"],
            issues[0]["fingerprint"]);
}

TEST(GitlabReporterTest, EmptyRunIsAnEmptyArray) {
  EXPECT_EQ(Parse(testing::RunFormat("gitlab", {})), json::array());
}

}  // namespace
}  // namespace qa
