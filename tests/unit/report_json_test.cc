#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "report/json_reporter.h"
#include "report_test_data.h"

namespace qa {
namespace {

using nlohmann::json;

json RunReporter(const std::vector<FileReport>& files) {
  std::ostringstream out;
  ReportOptions options;
  options.tool_version = "9.8.7";
  JsonReporter reporter(out, options);
  RunSummary summary;
  for (const FileReport& file : files) {
    summary.Add(file);
    reporter.AddFile(file);
  }
  reporter.Finish(summary);
  json parsed = json::parse(out.str(), nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << out.str();
  return parsed;
}

TEST(JsonReporterTest, TopLevelShape) {
  testing::SampleFile sample = testing::MakeSample();
  json j = RunReporter({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}});
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["tool"], (json{{"name", "quoteaudit"}, {"version", "9.8.7"}}));
  ASSERT_EQ(j["files"].size(), 1u);
  EXPECT_EQ(j["files"][0]["path"], "news/harbour.txt");
  EXPECT_EQ(j["summary"], (json{{"files", 1},
                                {"quotes", 2},
                                {"findings", {{"error", 1}, {"warning", 1}, {"info", 0}}},
                                {"input_errors", 0},
                                {"suppressed", 0},
                                {"baselined", 0}}));
}

TEST(JsonReporterTest, QuoteFields) {
  testing::SampleFile sample = testing::MakeSample();
  json j = RunReporter({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}});
  const json& quotes = j["files"][0]["quotes"];
  ASSERT_EQ(quotes.size(), 2u);
  const json& q = quotes[0];
  const Quote& quote = sample.scan.quotes[0];
  EXPECT_EQ(q["text"], "We will rebuild the pier,");
  EXPECT_EQ(q["start"], quote.span.begin);
  EXPECT_EQ(q["end"], quote.span.end);
  EXPECT_EQ(q["line"], 3);
  EXPECT_EQ(q["column"], 1);
  EXPECT_EQ(q["kind"], "direct");
  EXPECT_EQ(q["speaker"], "Ines Koval");
  EXPECT_EQ(q["speaker_aliases"], (json{"Koval", "the mayor"}));
  EXPECT_EQ(q["speaker_kind"], "person");
  EXPECT_EQ(q["mention"], (json{{"text", "Mayor Ines Koval"},
                                {"start", quote.attribution.mention.begin},
                                {"end", quote.attribution.mention.end}}));
  EXPECT_EQ(q["cue"]["text"], "said");
  EXPECT_EQ(q["rule"], "after-said");
  EXPECT_DOUBLE_EQ(q["confidence"].get<double>(), 0.9);

  const json& orphan = quotes[1];
  EXPECT_EQ(orphan["text"], "it is   settled\n  for good");  // original bytes, not collapsed
  EXPECT_EQ(orphan["kind"], "partial");
  EXPECT_TRUE(orphan["speaker"].is_null());
  EXPECT_EQ(orphan["speaker_aliases"], json::array());
  EXPECT_EQ(orphan["speaker_kind"], "unknown");
  EXPECT_TRUE(orphan["mention"].is_null());
  EXPECT_TRUE(orphan["cue"].is_null());
  EXPECT_EQ(orphan["rule"], "");
}

TEST(JsonReporterTest, FindingFieldsAndRelatedLocations) {
  testing::SampleFile sample = testing::MakeSample();
  json j = RunReporter({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}});
  const json& findings = j["files"][0]["findings"];
  ASSERT_EQ(findings.size(), 2u);
  const json& f = findings[1];
  EXPECT_EQ(f["rule"], "unattributed-quote");
  EXPECT_EQ(f["severity"], "error");
  EXPECT_EQ(f["message"], "quote has no source");
  EXPECT_EQ(f["start"], sample.findings[1].span.begin);
  EXPECT_EQ(f["end"], sample.findings[1].span.end);
  EXPECT_EQ(f["line"], 5);
  EXPECT_EQ(f["column"], 23);
  EXPECT_EQ(f["end_line"], 6);
  EXPECT_EQ(f["end_column"], 12);  // just past the closing mark of `  for good"`
  EXPECT_EQ(f["excerpt"], "\"it is settled for good\"");
  ASSERT_EQ(f["related"].size(), 2u);
  EXPECT_EQ(f["related"][0]["path"], "news/harbour.txt");
  EXPECT_EQ(f["related"][0]["line"], 3);
  EXPECT_EQ(f["related"][0]["column"], 34);
  EXPECT_EQ(f["related"][0]["message"], "nearest named person");
  EXPECT_EQ(f["related"][1], (json{{"path", "news/other.txt"},
                                   {"start", 10},
                                   {"end", 20},
                                   {"line", 7},
                                   {"column", 3},
                                   {"message", "same words"}}));
  EXPECT_EQ(j["files"][0]["errors"], json::array());
}

TEST(JsonReporterTest, UnreadableFileAndInputProblems) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<InputProblem> fatal = {{"no such file or directory", 0}};
  std::vector<InputProblem> warnings = {{"invalid UTF-8 at byte 4; the byte is ignored", 4}};
  json j = RunReporter({{"missing.txt", nullptr, nullptr, {}, fatal},
                        {"news/harbour.txt", &sample.document, &sample.scan, {}, warnings}});
  ASSERT_EQ(j["files"].size(), 2u);
  EXPECT_EQ(j["files"][0],
            (json{{"path", "missing.txt"},
                  {"quotes", json::array()},
                  {"findings", json::array()},
                  {"errors", {{{"message", "no such file or directory"}, {"start", 0}}}}}));
  EXPECT_EQ(j["files"][1]["errors"][0]["start"], 4);
  EXPECT_EQ(j["summary"]["files"], 2);
  // Only the file that could not be audited counts as an input error.
  EXPECT_EQ(j["summary"]["input_errors"], 1);
}

TEST(JsonReporterTest, SummaryCountsWhatTheRunSetAside) {
  std::ostringstream out;
  JsonReporter reporter(out, {});
  RunSummary summary;
  summary.suppressed = 2;
  summary.baselined = 5;
  reporter.Finish(summary);
  json j = json::parse(out.str());
  EXPECT_EQ(j["summary"]["suppressed"], 2);
  EXPECT_EQ(j["summary"]["baselined"], 5);
  EXPECT_EQ(j["summary"]["input_errors"], 0);
}

TEST(JsonReporterTest, InvalidUtf8StillGivesValidJson) {
  Document document;
  document.path = "bad.txt";
  document.set_original("He said \"caf\xE9\xFF\" loudly.");
  document.text = document.original();
  ScanResult scan;
  Quote quote;
  quote.span = {8, 15};
  quote.inner = {9, 14};
  scan.quotes.push_back(quote);
  json j = RunReporter({{"bad.txt", &document, &scan, {}, {}}});
  EXPECT_EQ(j["files"][0]["quotes"][0]["text"], "caf\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(JsonReporterTest, EmptyRunIsValid) {
  json j = RunReporter({});
  EXPECT_EQ(j["files"], json::array());
  EXPECT_EQ(j["summary"]["files"], 0);
}

TEST(JsonReporterTest, KeysKeepTheDocumentedOrder) {
  testing::SampleFile sample = testing::MakeSample();
  std::ostringstream out;
  JsonReporter reporter(out, {});
  reporter.AddFile({"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}});
  reporter.Finish({});
  std::string text = out.str();
  EXPECT_EQ(text.rfind("{\"version\":1,\"tool\":", 0), 0u);
  EXPECT_LT(text.find("\"path\""), text.find("\"quotes\""));
  EXPECT_LT(text.find("\"quotes\""), text.find("\"findings\""));
  EXPECT_LT(text.find("\"text\""), text.find("\"start\""));
}

}  // namespace
}  // namespace qa
