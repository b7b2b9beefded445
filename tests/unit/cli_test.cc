// End-to-end tests of the quoteaudit binary: exit codes, streams and the
// wiring of options. They run QA_BINARY, the binary users run.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_run.h"

namespace qa {
namespace {

using nlohmann::json;
using test_files::RunResult;

using CliTest = test_files::QuoteauditTest;

// Fictional copy with an orphan quote and a vague source, so that checks
// have something to report.
constexpr const char* kArticle =
    "Harbour plan delayed\n"
    "\n"
    "The council of Velmora postponed its vote on the harbour plan on Tuesday.\n"
    "\n"
    "\"This is a disgrace and everybody in town knows it.\"\n"
    "\n"
    "Experts said the delay could cost the town its funding.\n";

constexpr const char* kPlain = "The library opens at nine on weekdays.\n";

TEST_F(CliTest, VersionAndHelpExitZero) {
  RunResult version = Run("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("quoteaudit ", 0), 0u) << version.out;
  RunResult help = Run("--help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* command : {"check", "quotes", "rules", "eval"}) {
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
  }
  EXPECT_EQ(Run("check --help").exit_code, 0);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  for (const char* arguments : {"", "bogus", "check --no-such-option", "check --format xml",
                                "--min-level loud check", "--fail-level sometimes check", "eval"}) {
    RunResult result = Run(arguments);
    EXPECT_EQ(result.exit_code, 2) << arguments;
    EXPECT_FALSE(result.err.empty()) << arguments;
    EXPECT_TRUE(result.out.empty()) << arguments << ": " << result.out;
  }
}

TEST_F(CliTest, CleanInputExitsZeroWithSummary) {
  Write("plain.txt", kPlain);
  RunResult result = Run("check plain.txt");
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_EQ(result.out, "1 file, 0 quotes: 0 errors, 0 warnings, 0 info\n");
  EXPECT_EQ(Run("check --no-summary plain.txt").out, "");
}

TEST_F(CliTest, AFullCrossArticleIndexIsNamedInTheSummary) {
  Write(".quoteaudit.json",
        R"({"rules": {"duplicate-text": {"options": {"max_remembered_paragraphs": 2}}}})");
  Write("a.txt",
        "The ferry to Marrow Point will stop running at the end of the month.\n\n"
        "Crews at the harbour called off a planned strike late on Thursday night.\n\n"
        "The harbour board will publish its yearly accounts in the spring.\n");
  const std::string note =
      "cross-article index full after 2 paragraphs; later duplicates not checked";
  RunResult text = Run("check --fail-level none a.txt");
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("\nnote: " + note + "\n"), std::string::npos) << text.out;
  RunResult parsed = Run("check --fail-level none --format json a.txt");
  EXPECT_EQ(json::parse(parsed.out).at("summary").at("notes"), json::array({note}));
  // With room to spare: no note, and the JSON summary is as it always was.
  Write(".quoteaudit.json", "{}");
  EXPECT_FALSE(json::parse(Run("check --format json a.txt").out).at("summary").contains("notes"));
}

TEST_F(CliTest, JobsMustBeAPositiveNumber) {
  Write("plain.txt", kPlain);
  EXPECT_EQ(Run("check -j 0 plain.txt").exit_code, 2);
  EXPECT_EQ(Run("check --jobs many plain.txt").exit_code, 2);
  EXPECT_EQ(Run("quotes -j 3 --quiet plain.txt").exit_code, 0);
}

TEST_F(CliTest, MissingFileIsReportedAndTheBatchGoesOn) {
  Write("plain.txt", kPlain);
  RunResult result = Run("check missing.txt plain.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("missing.txt: error: no such file or directory [input]\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("2 files, 0 quotes"), std::string::npos) << result.out;
}

TEST_F(CliTest, BinaryFileExitsTwoNamingTheOffset) {
  Write("photo.txt", std::string("JFIF\0\0", 6));
  RunResult result = Run("check photo.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("photo.txt: error: binary file (NUL byte at byte 4); skipped"),
            std::string::npos)
      << result.out;
}

TEST_F(CliTest, InvalidUtf8IsAWarningNotAnError) {
  Write("latin.txt", "The caf\xE9 opens at nine.\n");
  RunResult result = Run("check latin.txt");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("latin.txt:1:8: warning: invalid UTF-8 at byte 7"), std::string::npos)
      << result.out;
}

TEST_F(CliTest, DirectoriesAreWalkedInSortedOrder) {
  Write("b/two.txt", kPlain);
  Write("a/one.txt", kPlain);
  Write("a/notes.json", kPlain);  // not an article extension
  RunResult result = Run("check --format json .");
  json j = json::parse(result.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << result.out;
  ASSERT_EQ(j["files"].size(), 2u);
  EXPECT_EQ(j["files"][0]["path"], "./a/one.txt");
  EXPECT_EQ(j["files"][1]["path"], "./b/two.txt");
}

TEST_F(CliTest, NoPathReadsStandardInput) {
  std::string path = Write("story.txt", kArticle);
  RunResult result = Run("check --format json", path);
  json j = json::parse(result.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << result.out;
  ASSERT_EQ(j["files"].size(), 1u);
  EXPECT_EQ(j["files"][0]["path"], "-");
  EXPECT_GE(j["files"][0]["quotes"].size(), 1u);
}

TEST_F(CliTest, ExitCodeFollowsFailLevelWhetherOrNotFindingsAreShown) {
  Write("story.txt", kArticle);
  RunResult all = Run("check --format json story.txt");
  json j = json::parse(all.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << all.out;
  int worst = -1;  // 0 info, 1 warning, 2 error
  for (const json& finding : j["files"][0]["findings"]) {
    std::string severity = finding["severity"];
    worst = std::max(worst, severity == "error" ? 2 : severity == "warning" ? 1 : 0);
  }
  ASSERT_GE(worst, 0) << "the sample article must give at least one finding:\n" << all.out;
  const char* levels[] = {"info", "warning", "error"};
  for (int level = 0; level < 3; ++level) {
    int expected = worst >= level ? 1 : 0;
    EXPECT_EQ(Run(std::string("check --fail-level ") + levels[level] + " story.txt").exit_code,
              expected)
        << levels[level];
    // Hidden by --min-level, still counted.
    EXPECT_EQ(
        Run(std::string("check --min-level error --fail-level ") + levels[level] + " story.txt")
            .exit_code,
        expected)
        << levels[level];
  }
  EXPECT_EQ(Run("check --fail-level none story.txt").exit_code, 0);
  EXPECT_EQ(Run("--fail-level info check story.txt").exit_code, 1);  // option before command
  // `quotes` lists; it never fails on findings.
  EXPECT_EQ(Run("quotes --fail-level info story.txt").exit_code, 0);
}

TEST_F(CliTest, MinLevelHidesLowerFindings) {
  Write("story.txt", kArticle);
  RunResult result = Run("check --min-level error --format json story.txt");
  json j = json::parse(result.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << result.out;
  for (const json& finding : j["files"][0]["findings"]) EXPECT_EQ(finding["severity"], "error");
  EXPECT_EQ(j["summary"]["findings"]["warning"], 0);
  EXPECT_EQ(j["summary"]["findings"]["info"], 0);
}

TEST_F(CliTest, TextFindingsLookLikeCompilerMessages) {
  Write("story.txt", kArticle);
  RunResult result = Run("check story.txt");
  ASSERT_NE(result.out.rfind("1 file", 0), 0u)
      << "the sample article must give at least one finding:\n"
      << result.out;
  std::istringstream lines(result.out);
  std::string first;
  std::getline(lines, first);
  EXPECT_EQ(first.rfind("story.txt:", 0), 0u) << first;
  EXPECT_EQ(first.back(), ']') << first;
}

TEST_F(CliTest, QuotesTableAndJson) {
  Write("story.txt", kArticle);
  RunResult table = Run("quotes story.txt");
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_EQ(table.out.rfind("story.txt\n  LOCATION", 0), 0u) << table.out;
  EXPECT_NE(table.out.find("5:1"), std::string::npos) << table.out;
  RunResult explained = Run("quotes --explain story.txt");
  EXPECT_NE(explained.out.find("      why: no speaker: searched after the quote"),
            std::string::npos)
      << explained.out;
  // Also when the table is one of several reports: the run still explains.
  RunResult both = Run("quotes --explain --format table --format json:quotes.json story.txt");
  EXPECT_NE(both.out.find("      why: no speaker: searched after the quote"), std::string::npos)
      << both.out;
  EXPECT_EQ(both.out.find("no explanation recorded"), std::string::npos) << both.out;
  json j = json::parse(Run("quotes --format json story.txt").out, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["version"], 1);
}

TEST_F(CliTest, RulesListsEveryCheckAndHonoursRulesDirectories) {
  RunResult listed = Run("rules");
  EXPECT_EQ(listed.exit_code, 0);
  ASSERT_NE(listed.out.find("vague-source"), std::string::npos)
      << "vague-source is a built-in rule:\n"
      << listed.out;
  Write("house/quiet.json", R"({"rule": {"id": "vague-source", "enabled": false}})");
  RunResult overridden = Run("--rules house rules");
  EXPECT_EQ(overridden.exit_code, 0) << overridden.err;
  std::istringstream lines(overridden.out);
  bool found = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("vague-source ", 0) == 0) {
      found = true;
      EXPECT_NE(line.find("(disabled)"), std::string::npos) << line;
    }
  }
  EXPECT_TRUE(found) << overridden.out;
  // And the disabled check really is off.
  Write("story.txt", kArticle);
  EXPECT_EQ(Run("check --rules house story.txt").out.find("[vague-source]"), std::string::npos);
}

TEST_F(CliTest, BadRulesDirectoryExitsTwoNamingIt) {
  Write("plain.txt", kPlain);
  RunResult result = Run("check --rules no-such-dir plain.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no-such-dir"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(CliTest, ShowSuppressedLeavesFilesWithoutDirectivesAsTheyWere) {
  Write("plain.txt", kPlain);
  RunResult text = Run("check --show-suppressed plain.txt");
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out, "1 file, 0 quotes: 0 errors, 0 warnings, 0 info\n");
  RunResult with_json = Run("check --format json --show-suppressed plain.txt");
  json report = json::parse(with_json.out);
  EXPECT_EQ(report["files"][0]["suppressed"], json::array());
  EXPECT_EQ(report["summary"]["suppressed"], 0);
  // The JSON summary always counts suppressed findings, 0 here.
  EXPECT_EQ(json::parse(Run("check --format json plain.txt").out)["summary"]["suppressed"], 0);
}

TEST_F(CliTest, SuppressedFindingsDoNotFailTheRunButAreCountedAndListed) {
  std::string path = Write("letter.md",
                           "# Harbour plan delayed\n"
                           "\n"
                           "<!-- quoteaudit-ignore unattributed-quote -- a reader's letter -->\n"
                           "\n"
                           "\"This is a disgrace and everybody in town knows it.\"\n");
  RunResult result = Run("check letter.md");
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_EQ(result.out.find("[unattributed-quote]"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(", 1 suppressed\n"), std::string::npos) << result.out;
  RunResult shown = Run("check --show-suppressed letter.md");
  EXPECT_NE(shown.out.find("[unattributed-quote] (suppressed by line 3)\n"), std::string::npos)
      << shown.out;
  EXPECT_EQ(shown.exit_code, 0);
}

}  // namespace
}  // namespace qa
