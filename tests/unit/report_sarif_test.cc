// The `sarif` format against SARIF 2.1.0 and what GitHub code scanning
// documents it needs: $schema, version, one run; tool.driver with name and
// rules (id, shortDescription, fullDescription, help); results whose
// ruleIndex points at their rule, levels error/warning/note, 1-based regions
// with an exclusive end column, partialFingerprints; input problems as tool
// execution notifications. (sarif_schema_test.cc validates whole runs of
// the binary against the schema.)
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "report/sarif_json.h"
#include "report_test_data.h"

namespace qa {
namespace {

using nlohmann::json;

ReportOptions WithRules() {
  ReportOptions options;
  options.tool_version = "9.8.7";
  options.rules = {
      {"unattributed-quote", Severity::kError, true, "A quote has no speaker.",
       "# unattributed-quote\n\n**Severity:** error.\n\nReports a quote\nnobody said.\n\nMore."},
      {"unused-rule", Severity::kInfo, false, "Never fires.", ""},
      {"vague-source", Severity::kWarning, true, "A source has no name.", "# vague-source\n"},
  };
  return options;
}

json Sarif(std::span<const FileReport> files, const ReportOptions& options = WithRules()) {
  std::string text = testing::RunFormat("sarif", files, options);
  json parsed = json::parse(text, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << text;
  return parsed;
}

TEST(SarifReporterTest, OneRunWithTheToolAndItsRules) {
  testing::SampleRun run;
  json log = Sarif(run.files);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_TRUE(log["$schema"].get<std::string>().ends_with("sarif-schema-2.1.0.json"));
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run0 = log["runs"][0];
  EXPECT_EQ(run0["columnKind"], "unicodeCodePoints");
  const json& driver = run0["tool"]["driver"];
  EXPECT_EQ(driver["name"], "quoteaudit");
  EXPECT_EQ(driver["version"], "9.8.7");
  EXPECT_EQ(driver["informationUri"], "https://github.com/quoteaudit/quoteaudit");
  ASSERT_EQ(driver["rules"].size(), 3u);
  const json& rule = driver["rules"][0];
  EXPECT_EQ(rule["id"], "unattributed-quote");
  EXPECT_EQ(rule["shortDescription"]["text"], "A quote has no speaker.");
  EXPECT_EQ(rule["fullDescription"]["text"], "Reports a quote nobody said.");
  EXPECT_EQ(rule["help"]["markdown"], WithRules().rules[0].help_markdown);
  EXPECT_EQ(rule["help"]["text"], WithRules().rules[0].help_markdown);
  EXPECT_EQ(rule["defaultConfiguration"], (json{{"level", "error"}}));
  // A rule without a page still has the texts GitHub requires.
  EXPECT_EQ(driver["rules"][1]["fullDescription"]["text"], "Never fires.");
  EXPECT_EQ(driver["rules"][1]["help"]["text"], "Never fires.");
  EXPECT_EQ(driver["rules"][1]["defaultConfiguration"],
            (json{{"level", "note"}, {"enabled", false}}));
}

TEST(SarifReporterTest, ResultsPointAtTheirRuleAndTheirPlace) {
  testing::SampleRun run;
  run.sample.findings[0].fingerprint = "00112233aabbccdd:1";
  run.files[0].findings = run.sample.findings;
  json log = Sarif(run.files);
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  const json& results = log["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  const std::set<std::string> levels = {"error", "warning", "note"};
  for (const json& result : results) {
    EXPECT_EQ(rules[result["ruleIndex"].get<size_t>()]["id"], result["ruleId"]);
    EXPECT_TRUE(levels.count(result["level"].get<std::string>()));
    EXPECT_FALSE(result["message"]["text"].get<std::string>().empty());
    const json& region = result["locations"][0]["physicalLocation"]["region"];
    EXPECT_GE(region["startLine"].get<int>(), 1);
    EXPECT_GE(region["startColumn"].get<int>(), 1);
  }
  const json& vague = results[0];
  EXPECT_EQ(vague["level"], "warning");
  EXPECT_EQ(vague["partialFingerprints"], (json{{"quoteauditContent/v1", "00112233aabbccdd:1"}}));
  const json& location = vague["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"],
            (json{{"uri", "news/harbour.txt"}, {"uriBaseId", "%SRCROOT%"}}));
  Span bytes = run.sample.findings[0].span;
  // "Café owners": code point columns 1 to 12, the end just past "s".
  EXPECT_EQ(location["region"], (json{{"startLine", 5},
                                      {"startColumn", 1},
                                      {"endLine", 5},
                                      {"endColumn", 12},
                                      {"byteOffset", bytes.begin},
                                      {"byteLength", bytes.size()},
                                      {"snippet", {{"text", "Caf\xC3\xA9 owners"}}}}));
  EXPECT_EQ(results[1]["level"], "error");
  EXPECT_FALSE(results[1].contains("partialFingerprints"));  // none was computed
}

TEST(SarifReporterTest, RelatedLocationsAreLinkedFromTheMessage) {
  testing::SampleRun run;
  json log = Sarif(run.files);
  const json& result = log["runs"][0]["results"][1];
  EXPECT_EQ(result["message"]["text"],
            "quote has no source (see [nearest named person](1), [same words](2))");
  const json& related = result["relatedLocations"];
  ASSERT_EQ(related.size(), 2u);
  EXPECT_EQ(related[0]["id"], 1);
  EXPECT_EQ(related[0]["message"]["text"], "nearest named person");
  EXPECT_EQ(related[0]["physicalLocation"]["region"]["startLine"], 3);
  EXPECT_EQ(related[0]["physicalLocation"]["region"]["startColumn"], 34);
  EXPECT_EQ(related[0]["physicalLocation"]["region"]["snippet"]["text"], "Mayor Ines Koval");
  EXPECT_EQ(related[1]["id"], 2);
  EXPECT_EQ(related[1]["physicalLocation"]["artifactLocation"]["uri"], "news/other.txt");
  EXPECT_EQ(related[1]["physicalLocation"]["region"],
            (json{{"startLine", 7}, {"startColumn", 3}, {"byteOffset", 10}, {"byteLength", 10}}));
}

TEST(SarifReporterTest, UnreadableInputsAreToolNotifications) {
  testing::SampleRun run;
  json with_missing = Sarif(run.files);
  const json& invocation = with_missing["runs"][0]["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
  const json& notification = invocation["toolExecutionNotifications"][0];
  EXPECT_EQ(notification["level"], "error");
  EXPECT_EQ(notification["message"]["text"], "no such file or directory");
  EXPECT_EQ(notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "missing.txt");

  std::vector<FileReport> clean = {run.files[2]};
  json log = Sarif(clean);
  EXPECT_EQ(log["runs"][0]["results"], json::array());
  EXPECT_EQ(log["runs"][0]["invocations"][0],
            (json{{"executionSuccessful", true}, {"toolExecutionNotifications", json::array()}}));
}

TEST(SarifReporterTest, PathsBecomeUriReferences) {
  EXPECT_EQ(PathToUri("news/a b,c:d.txt"), "news/a%20b%2Cc%3Ad.txt");
  EXPECT_EQ(PathToUri("./news//x.txt"), "news//x.txt");
  EXPECT_EQ(PathToUri("caf\xC3\xA9.md"), "caf%C3%A9.md");
  EXPECT_EQ(PathToUri("/srv/news/x.txt"), "file:///srv/news/x.txt");
  EXPECT_EQ(ArtifactLocation("/srv/x.txt"), (json{{"uri", "file:///srv/x.txt"}}));
}

TEST(SarifReporterTest, SuppressedFindingsOnlyWithTheFlagAndMarkedSo) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<SuppressedFinding> suppressed = {{sample.findings[0], {0, 7}}};
  std::vector<Finding> shown = {sample.findings[1]};
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, shown, {}}};
  files[0].suppressed = suppressed;
  EXPECT_EQ(Sarif(files)["runs"][0]["results"].size(), 1u);
  ReportOptions options = WithRules();
  options.show_suppressed = true;
  json log = Sarif(files, options);
  const json& results = log["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0]["ruleId"], "vague-source");
  EXPECT_EQ(results[0]["suppressions"][0]["kind"], "inSource");
  EXPECT_FALSE(results[1].contains("suppressions"));
}

TEST(SarifReporterTest, InvalidUtf8InTheArticleStillGivesValidJson) {
  testing::SampleFile sample = testing::MakeSample();
  std::string bytes(sample.document.original());
  bytes[sample.findings[0].span.begin] = '\xFF';
  sample.document.set_original(std::move(bytes));
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, sample.findings, {}}};
  json log = Sarif(files);
  EXPECT_EQ(
      log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"],
      "\xEF\xBF\xBD"
      "af\xC3\xA9 owners");
}

TEST(SarifReporterTest, FirstParagraphSkipsTheTitleAndSeverityLine) {
  EXPECT_EQ(FirstParagraph("# x\n\n**Severity:** warning. **Check:** y.\n\nOne\n two.\n\nNext."),
            "One two.");
  EXPECT_EQ(FirstParagraph("# only a title\n"), "");
}

}  // namespace
}  // namespace qa
