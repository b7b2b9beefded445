// The CI formats end to end: the quoteaudit binary (QA_BINARY) run over
// articles with awkward paths and bytes, each report read the way its
// consumer reads it (JSON, JSON Lines, XML via python3, workflow commands).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "xml_testing.h"

namespace qa {
namespace {

using nlohmann::json;
using test_files::ReadFile;

// A path with a space, one with a comma and a colon; a quote holding markup
// and a control byte after "é" and "ø" (two bytes each); a byte that is not
// UTF-8; a paragraph repeated from the other file. Names and places are
// invented.
constexpr const char* kStoryOne =
    "Quay repairs approved\n\n"
    "The council of Marrowby approved the quay repairs on Friday, said Deputy Mayor Oona "
    "Fell.\n\n"
    "\"We cannot wait another winter,\" Fell said.\n\n"
    "Experts said the repairs would take two years.\n\n"
    "The ferry to Lunholm will run twice a day from March, the harbour office announced.\n";
constexpr const char* kStoryTwo =
    "Ferry timetable <script>alert(1)</script> changes\n\n"
    "Caf\xC3\xA9 owners in S\xC3\xB8ndervik were told \"the <script>timetable</script> is\x01 "
    "final & settled\" on Monday.\n\n"
    "Critics argue the change will hurt commuters and \xFF traders.\n\n"
    "The ferry to Lunholm will run twice a day from March, the harbour office announced.\n";
constexpr const char* kClean = "The library in Marrowby opens at nine on weekdays.\n";

const std::vector<std::string> kCiFormats = {"sarif",      "github", "gitlab", "rdjsonl",
                                             "checkstyle", "junit",  "line"};

class CliCiFormatsTest : public test_files::QuoteauditTest {
 protected:
  void SetUp() override {
    QuoteauditTest::SetUp();
    Write("story one.txt", kStoryOne);
    Write("notes, draft: two.txt", kStoryTwo);
    Write("clean.txt", kClean);
  }

  // Returns the exit code; out.log and err.log are left in dir_.
  int Run(const std::string& arguments) { return QuoteauditTest::Run(arguments).exit_code; }
  std::string Read(const std::string& name) { return ReadFile(dir_ / name); }

  static constexpr const char* kInputs =
      "'story one.txt' 'notes, draft: two.txt' clean.txt missing.txt";
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(CliCiFormatsTest, EveryFormatGivesAReportItsConsumerCanRead) {
  std::string formats;
  for (const std::string& format : kCiFormats) formats += " --format " + format + ":out." + format;
  // 2: missing.txt could not be read; every report is still written.
  ASSERT_EQ(Run("check" + formats + " --format json " + kInputs), 2) << Read("err.log");
  json report = json::parse(Read("out.log"));
  size_t findings = 0;
  for (const json& file : report["files"]) findings += file["findings"].size();
  ASSERT_EQ(findings, 4u) << report.dump(1);

  json sarif = json::parse(Read("out.sarif"), nullptr, false);
  ASSERT_FALSE(sarif.is_discarded());
  EXPECT_EQ(sarif["runs"][0]["results"].size(), findings);
  EXPECT_EQ(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"].size(), 2u);

  json gitlab = json::parse(Read("out.gitlab"), nullptr, false);
  ASSERT_FALSE(gitlab.is_discarded());
  EXPECT_EQ(gitlab.size(), findings + 2);  // and the two input problems

  std::vector<std::string> rdjsonl = Lines(Read("out.rdjsonl"));
  EXPECT_EQ(rdjsonl.size(), findings + 2);
  for (const std::string& line : rdjsonl) {
    EXPECT_FALSE(json::parse(line, nullptr, false).is_discarded()) << line;
  }

  std::string output;
  EXPECT_EQ(testing::WithParsedXml(Read("out.checkstyle"), "print(len(root.findall('file/error')))",
                                   &output),
            0)
      << output;
  EXPECT_EQ(output, std::to_string(findings + 2) + "\n");

  std::vector<std::string> line_format = Lines(Read("out.line"));
  EXPECT_EQ(line_format.size(), findings + 2);
  std::vector<std::string> github = Lines(Read("out.github"));
  EXPECT_EQ(github.size(), findings + 2);
  for (const std::string& line : github) {
    EXPECT_TRUE(line.starts_with("::error file=") || line.starts_with("::warning file=")) << line;
    EXPECT_EQ(line.find_first_of("\r\x01"), std::string::npos) << line;
  }
  EXPECT_NE(Read("out.github").find("file=notes%2C draft%3A two.txt,line=3,col=36,"),
            std::string::npos)
      << Read("out.github");
}

TEST_F(CliCiFormatsTest, JunitCountsMatchTheJsonReport) {
  ASSERT_EQ(Run(std::string("check --format junit:out.xml --format json ") + kInputs), 2);
  json summary = json::parse(Read("out.log"))["summary"];
  size_t findings = summary["findings"]["error"].get<size_t>() +
                    summary["findings"]["warning"].get<size_t>() +
                    summary["findings"]["info"].get<size_t>();
  std::string output;
  ASSERT_EQ(testing::WithParsedXml(
                Read("out.xml"),
                "s = root.find('testsuite')\n"
                "print(s.get('tests'), s.get('failures'), s.get('errors'))\n"
                "print(len(s.findall('testcase')), len(s.findall('testcase/failure')),\n"
                "      len(s.findall('testcase/error')))\n",
                &output),
            0)
      << output;
  size_t input_errors = summary["input_errors"].get<size_t>();
  // clean.txt is one passing test.
  std::string counts = std::to_string(findings + input_errors + 1) + " " +
                       std::to_string(findings) + " " + std::to_string(input_errors);
  EXPECT_EQ(output, counts + "\n" + counts + "\n");
}

TEST_F(CliCiFormatsTest, SarifFingerprintsSurviveAParagraphInsertedAbove) {
  ASSERT_EQ(Run("check --fail-level none --format sarif 'story one.txt'"), 0);
  json before = json::parse(Read("out.log"))["runs"][0]["results"];
  Write("story one.txt",
        std::string("A new opening paragraph about the weather in Marrowby.\n\n") + kStoryOne);
  ASSERT_EQ(Run("check --fail-level none --format sarif 'story one.txt'"), 0);
  json after = json::parse(Read("out.log"))["runs"][0]["results"];
  ASSERT_EQ(before.size(), after.size());
  ASSERT_FALSE(before.empty());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(before[i]["ruleId"], after[i]["ruleId"]);
    EXPECT_FALSE(
        before[i]["partialFingerprints"]["quoteauditContent/v1"].get<std::string>().empty());
    EXPECT_EQ(before[i]["partialFingerprints"], after[i]["partialFingerprints"]);
    const json& line_before = before[i]["locations"][0]["physicalLocation"]["region"]["startLine"];
    const json& line_after = after[i]["locations"][0]["physicalLocation"]["region"]["startLine"];
    EXPECT_EQ(line_after.get<int>(), line_before.get<int>() + 2);
  }
}

// A run writing only JSON skips the content fingerprints, which no JSON
// report holds; written beside it, SARIF and GitLab still carry the same
// fingerprints as when written alone.
TEST_F(CliCiFormatsTest, FingerprintsReachSarifAndGitlabWrittenBesideJson) {
  auto sarif_prints = [](const json& sarif) {
    std::vector<std::string> prints;
    for (const json& result : sarif["runs"][0]["results"]) {
      prints.push_back(result["partialFingerprints"]["quoteauditContent/v1"]);
    }
    return prints;
  };
  auto gitlab_prints = [](const json& gitlab) {
    std::vector<std::string> prints;
    for (const json& issue : gitlab) prints.push_back(issue["fingerprint"]);
    return prints;
  };
  ASSERT_EQ(Run("check --fail-level none --format sarif 'story one.txt' clean.txt"), 0);
  const std::vector<std::string> sarif_alone = sarif_prints(json::parse(Read("out.log")));
  ASSERT_EQ(Run("check --fail-level none --format gitlab 'story one.txt' clean.txt"), 0);
  const std::vector<std::string> gitlab_alone = gitlab_prints(json::parse(Read("out.log")));
  ASSERT_FALSE(sarif_alone.empty());
  for (const std::string& print : sarif_alone) EXPECT_FALSE(print.empty());

  ASSERT_EQ(Run("check --fail-level none --format json --format sarif:out.sarif "
                "--format gitlab:out.gitlab 'story one.txt' clean.txt"),
            0);
  EXPECT_EQ(sarif_prints(json::parse(Read("out.sarif"))), sarif_alone);
  EXPECT_EQ(gitlab_prints(json::parse(Read("out.gitlab"))), gitlab_alone);
  EXPECT_EQ(Read("out.log").find("fingerprint"), std::string::npos);
}

TEST_F(CliCiFormatsTest, SarifCarriesEachRulesPage) {
  ASSERT_EQ(Run("check --format sarif clean.txt"), 0);
  json rules = json::parse(Read("out.log"))["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_FALSE(rules.empty());
  for (const json& rule : rules) {
    std::string id = rule["id"];
    EXPECT_TRUE(rule["help"]["markdown"].get<std::string>().starts_with("# " + id)) << id;
    EXPECT_NE(rule["fullDescription"]["text"], rule["shortDescription"]["text"]) << id;
  }
}

TEST_F(CliCiFormatsTest, RdjsonlCountsBytesWhereJsonCountsCodePoints) {
  ASSERT_EQ(Run("check --format rdjsonl:out.rdjsonl --format json 'notes, draft: two.txt'"), 1);
  json findings = json::parse(Read("out.log"))["files"][0]["findings"];
  std::vector<std::string> lines = Lines(Read("out.rdjsonl"));
  json quote;
  for (const std::string& line : lines) {
    json diagnostic = json::parse(line);
    if (diagnostic["code"]["value"] == "unattributed-quote") quote = diagnostic;
  }
  ASSERT_FALSE(quote.is_null()) << Read("out.rdjsonl");
  // After "Café owners in Søndervik were told ": é and ø are two bytes each.
  EXPECT_EQ(quote["location"]["range"]["start"], (json{{"line", 3}, {"column", 38}}));
  for (const json& finding : findings) {
    if (finding["rule"] == "unattributed-quote") {
      EXPECT_EQ(finding["column"], 36);
    }
  }
}

TEST_F(CliCiFormatsTest, RulesAsJsonListEveryRuleWithOptionValuesAndDefaults) {
  Write(".quoteaudit.json", R"({"rules": {"unattributed-quote": {"options": {"min_words": 3}}}})");
  ASSERT_EQ(Run("rules"), 0);
  std::vector<std::string> text_lines = Lines(Read("out.log"));
  ASSERT_EQ(Run("rules --format json"), 0) << Read("err.log");
  json listing = json::parse(Read("out.log"), nullptr, false);
  ASSERT_FALSE(listing.is_discarded()) << Read("out.log");
  EXPECT_EQ(listing["version"], 1);
  const json& rules = listing["rules"];
  ASSERT_EQ(rules.size(), text_lines.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    // Same rules, same order as the text listing.
    EXPECT_TRUE(text_lines[i].starts_with(rules[i]["id"].get<std::string>() + " "))
        << text_lines[i];
    EXPECT_TRUE(rules[i]["severity"].is_string());
    EXPECT_TRUE(rules[i]["enabled"].is_boolean());
    EXPECT_FALSE(rules[i]["summary"].get<std::string>().empty());
    for (const auto& [key, option] : rules[i]["options"].items()) {
      EXPECT_TRUE(option.contains("value") && option.contains("default")) << key;
    }
    if (rules[i]["id"] == "unattributed-quote") {
      EXPECT_EQ(rules[i]["options"]["min_words"], (json{{"value", 3}, {"default", 1}}));
    }
  }
  EXPECT_EQ(Run("rules --format xml"), 2);
}

TEST_F(CliCiFormatsTest, HelpListsEveryFormat) {
  ASSERT_EQ(Run("check --help"), 0);
  std::string help = Read("out.log");
  for (const std::string& format : kCiFormats) {
    EXPECT_NE(help.find("  " + format + ": "), std::string::npos) << format << "\n" << help;
  }
}

TEST_F(CliCiFormatsTest, TextSummarySaysWhenHiddenFindingsFailTheRun) {
  // Only warnings in story one: shown none, yet the run fails on them.
  EXPECT_EQ(Run("check --min-level error --fail-level warning 'story one.txt'"), 1);
  EXPECT_EQ(Read("out.log"),
            "1 file, 1 quote: 0 errors, 0 warnings, 0 info\n"
            "1 finding below --min-level reached --fail-level and made the run fail\n");
}

}  // namespace
}  // namespace qa
