// The config options end to end, through QA_BINARY: discovery, --config,
// --no-config, --print-config, levels from the config, ignore files, and exit
// code 2 with a message naming the config and key for every config mistake.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "cli_run.h"

namespace qa {
namespace {

using test_files::RunResult;

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kNewsroom = fs::path(QA_SOURCE_DIR) / "fixtures/config/newsroom";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Fictional copy: a vague source ("Experts said") gives a warning, "Gossips
// said" nothing unless a config adds the word.
constexpr const char* kArticle =
    "Harbour plan delayed\n"
    "\n"
    "The council of Velmora postponed its vote on the harbour plan on Tuesday.\n"
    "\n"
    "Experts said the delay could cost the town its funding.\n"
    "\n"
    "Gossips said the mayor had known for weeks.\n";

class ConfigCliTest : public test_files::QuoteauditTest {
 protected:
  void SetUp() override {
    QuoteauditTest::SetUp();
    out_dir_ = dir_.string() + "_out";
    fs::remove_all(out_dir_);
    fs::create_directories(out_dir_);
  }
  void TearDown() override {
    QuoteauditTest::TearDown();
    std::error_code ignored;
    fs::remove_all(out_dir_, ignored);
  }

  // Runs the binary in dir_/`cwd` with `arguments` (shell words) and
  // `stdin_file` as standard input. Output goes outside dir_ so it never
  // becomes an input.
  RunResult Run(const std::string& arguments, const std::string& cwd = "",
                const std::string& stdin_file = "/dev/null") {
    return QuoteauditTest::Run(arguments,
                               {.cwd = dir_ / cwd, .logs = out_dir_, .stdin_file = stdin_file});
  }

  fs::path out_dir_;
};

TEST_F(ConfigCliTest, WithoutAConfigTheBuiltinRulesApply) {
  Write("story.txt", kArticle);
  RunResult run = Run("check story.txt");
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_TRUE(Contains(run.out, "warning: vague source: \"Experts\"")) << run.out;
  EXPECT_FALSE(Contains(run.out, "Gossips")) << run.out;
}

TEST_F(ConfigCliTest, DiscoveredConfigChangesSeverityAndFailsTheRun) {
  Write(".quoteaudit.json", R"({"rules": {"vague-source": "error"}})");
  Write("desk/story.txt", kArticle);
  RunResult run = Run("check desk/story.txt");
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(Contains(run.out, "error: vague source: \"Experts\"")) << run.out;
}

TEST_F(ConfigCliTest, RuleOffInTheConfigSilencesIt) {
  Write(".quoteaudit.json", R"({"rules": {"vague-source": "off"}})");
  Write("story.txt", kArticle);
  RunResult run = Run("check story.txt");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_FALSE(Contains(run.out, "vague source")) << run.out;
}

TEST_F(ConfigCliTest, LexiconAdditionMakesANewFinding) {
  Write(".quoteaudit.json", R"({"lexicons": {"vague-sources": {"add": ["gossips"]}}})");
  Write("story.txt", kArticle);
  RunResult run = Run("check story.txt");
  EXPECT_TRUE(Contains(run.out, "vague source: \"Gossips\"")) << run.out << run.err;
}

TEST_F(ConfigCliTest, FailLevelFromTheConfigAndTheFlagWins) {
  Write(".quoteaudit.json", R"({"fail_level": "warning"})");
  Write("story.txt", kArticle);
  EXPECT_EQ(Run("check story.txt").exit_code, 1);
  EXPECT_EQ(Run("check --fail-level error story.txt").exit_code, 0);
  EXPECT_EQ(Run("--fail-level error check story.txt").exit_code, 0);
}

TEST_F(ConfigCliTest, MinLevelFromTheConfigHidesWarnings) {
  Write(".quoteaudit.json", R"({"min_level": "error"})");
  Write("story.txt", kArticle);
  RunResult run = Run("check story.txt");
  EXPECT_FALSE(Contains(run.out, "vague source")) << run.out;
  EXPECT_TRUE(Contains(Run("check --min-level info story.txt").out, "vague source"));
}

TEST_F(ConfigCliTest, NoConfigIgnoresTheConfigFile) {
  Write(".quoteaudit.json", R"({"rules": {"vague-source": "error"}})");
  Write("story.txt", kArticle);
  RunResult run = Run("check --no-config story.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Contains(run.out, "warning: vague source")) << run.out;
}

TEST_F(ConfigCliTest, ExplicitConfigWinsOverDiscovery) {
  Write(".quoteaudit.json", R"({"rules": {"vague-source": "error"}})");
  Write("other/quiet.json", R"({"rules": {"vague-source": "info"}})");
  Write("story.txt", kArticle);
  RunResult run = Run("check --config other/quiet.json story.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Contains(run.out, "info: vague source")) << run.out;
}

TEST_F(ConfigCliTest, ConfigAndNoConfigTogetherAreAUsageError) {
  Write("c.json", "{}");
  Write("story.txt", kArticle);
  EXPECT_EQ(Run("check --config c.json --no-config story.txt").exit_code, 2);
}

TEST_F(ConfigCliTest, MissingExplicitConfigIsAnError) {
  Write("story.txt", kArticle);
  RunResult run = Run("check --config nowhere.json story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.err, "nowhere.json: no such config file")) << run.err;
}

TEST_F(ConfigCliTest, ConfigMistakesExitTwoNamingFileAndKey) {
  Write("site/.quoteaudit.json", R"({
    "rules": {"vague-sorce": "off",
              "unattributed-quote": {"options": {"min_wrods": 2}}},
    "lexicons": {"vage-sources": {"add": ["gossips"]}},
    "fail-level": "warning"
  })");
  Write("site/story.txt", kArticle);
  RunResult run = Run("check site/story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");  // nothing audited
  EXPECT_TRUE(Contains(run.err,
                       "site/.quoteaudit.json: /fail-level: unknown key (did you mean "
                       "\"fail_level\"?)"))
      << run.err;
  // The rest of the file is still checked against the rules in the same
  // run, and every mistake is listed.
  EXPECT_TRUE(Contains(run.err,
                       "site/.quoteaudit.json: /rules/vague-sorce: unknown rule (did you mean "
                       "\"vague-source\"?)"))
      << run.err;
  EXPECT_TRUE(Contains(run.err,
                       "site/.quoteaudit.json: /rules/unattributed-quote/options/min_wrods: rule "
                       "\"unattributed-quote\" has no option \"min_wrods\" (did you mean "
                       "\"min_words\"?)"))
      << run.err;
  EXPECT_TRUE(Contains(run.err,
                       "site/.quoteaudit.json: /lexicons/vage-sources: unknown lexicon (did you "
                       "mean \"vague-sources\"?)"))
      << run.err;
}

TEST_F(ConfigCliTest, ConfigSyntaxErrorGivesLineAndColumn) {
  Write(".quoteaudit.json", "{\n  \"rules\": {,}\n}\n");
  Write("story.txt", kArticle);
  RunResult run = Run("check story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.err, ".quoteaudit.json:2:13: ")) << run.err;
}

TEST_F(ConfigCliTest, StandardInputUsesTheCurrentDirectorysConfig) {
  Write(".quoteaudit.json", R"({"rules": {"vague-source": "error"}})");
  Write("story.txt", kArticle);
  fs::create_directories(dir_ / "sub");
  RunResult run = Run("check -", "sub", "../story.txt");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(Contains(run.out, "error: vague source")) << run.out;
}

TEST_F(ConfigCliTest, RulesCommandShowsTheConfigsSettings) {
  Write(".quoteaudit.json", R"({"rules": {"vague-source": "off", "unbalanced-quote": "error"}})");
  RunResult run = Run("rules");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Contains(run.out, "(disabled)")) << run.out;
  std::istringstream lines(run.out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with("vague-source ")) {
      EXPECT_TRUE(Contains(line, "(disabled)")) << line;
    }
    if (line.starts_with("unbalanced-quote ")) {
      EXPECT_TRUE(Contains(line, "error")) << line;
    }
  }
}

TEST_F(ConfigCliTest, IgnoreFileSkipsWalkedFilesButNotNamedOnes) {
  Write(".quoteauditignore", "*.draft.txt\n");
  Write("news/story.draft.txt", kArticle);
  Write("news/story.txt", "The library opens at nine on weekdays.\n");
  RunResult walked = Run("check --format json news");
  EXPECT_EQ(walked.exit_code, 0) << walked.err;
  EXPECT_FALSE(Contains(walked.out, "story.draft.txt")) << walked.out;
  EXPECT_TRUE(Contains(walked.out, "story.txt")) << walked.out;
  RunResult named = Run("check news/story.draft.txt");
  EXPECT_TRUE(Contains(named.out, "vague source")) << named.out;
}

TEST_F(ConfigCliTest, BadIgnorePatternIsAnError) {
  Write(".quoteauditignore", "ok.txt\n[z-a]\n");
  Write("news/story.txt", kArticle);
  RunResult run = Run("check news");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.err, ".quoteauditignore:2:1: invalid pattern \"[z-a]\"")) << run.err;
}

TEST_F(ConfigCliTest, PrintConfigWithoutAConfigShowsTheDefaults) {
  RunResult run = Run("check --print-config");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  json printed = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(printed.is_array()) << run.out;
  ASSERT_EQ(printed.size(), 1u);
  EXPECT_TRUE(printed[0]["config"].is_null());
  EXPECT_EQ(printed[0]["paths"], json::array({"."}));
  EXPECT_EQ(printed[0]["fail_level"], "error");
  EXPECT_EQ(printed[0]["min_level"], "info");
  EXPECT_EQ(printed[0]["rules"]["vague-source"]["severity"], "warning");
  EXPECT_GT(printed[0]["lexicons"]["vague-sources"]["entries"].get<int>(), 10);
}

TEST_F(ConfigCliTest, PrintConfigForTheNewsroomTree) {
  std::string news = (kNewsroom / "news").string();
  std::string match = (kNewsroom / "sport/match.txt").string();
  RunResult run = Run("check --print-config --fail-level info '" + news + "' '" + match + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  json printed = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(printed.is_array()) << run.out;
  ASSERT_EQ(printed.size(), 2u) << run.out;

  const json& newsroom = printed[0];
  EXPECT_EQ(newsroom["config"], (kNewsroom / ".quoteaudit.json").string());
  EXPECT_EQ(newsroom["paths"], json::array({news}));
  EXPECT_EQ(newsroom["fail_level"], "info");  // the flag wins over the config's "warning"
  EXPECT_EQ(newsroom["ignore"], json::array({"*.draft.txt"}));
  EXPECT_EQ(newsroom["rules_dirs"], json::array({(kNewsroom / "house-rules").string()}));
  EXPECT_EQ(newsroom["rules"]["vague-source"]["severity"], "error");
  EXPECT_EQ(newsroom["rules"]["unsourced-claim"]["enabled"], false);
  EXPECT_EQ(newsroom["lexicons"]["vague-sources"]["added"], json::array({"gossips"}));

  const json& sport = printed[1];
  EXPECT_EQ(sport["config"], (kNewsroom / "sport/.quoteaudit.json").string());
  EXPECT_EQ(sport["rules"]["vague-source"]["enabled"], false);
  EXPECT_FALSE(sport["lexicons"]["vague-sources"].contains("added"));
}

TEST_F(ConfigCliTest, PrintConfigShowsTheFrontMatterFields) {
  RunResult run = Run("check --print-config");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  json printed = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(printed.is_array()) << run.out;
  EXPECT_EQ(printed[0]["front_matter_fields"],
            json::array({"title", "subtitle", "description", "summary", "caption"}));
  Write(".quoteaudit.json", R"({"front_matter_fields": ["title", "dek"]})");
  run = Run("check --print-config");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  printed = json::parse(run.out, nullptr, false);
  ASSERT_TRUE(printed.is_array()) << run.out;
  EXPECT_EQ(printed[0]["front_matter_fields"], json::array({"title", "dek"}));
}

TEST_F(ConfigCliTest, PrintConfigReportsConfigErrors) {
  Write(".quoteaudit.json", R"({"rules": {"vague-sorce": "off"}})");
  RunResult run = Run("check --print-config");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.err, "/rules/vague-sorce: unknown rule")) << run.err;
}

// One run over a tree with two configs: each file gets its own config's
// rules and fail level; ignored files are not audited.
TEST_F(ConfigCliTest, NewsroomTreeUsesEachFilesConfig) {
  RunResult run = Run("check --format json '" + kNewsroom.string() + "'");
  json report = json::parse(run.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << run.out << run.err;
  // news/ is under the newsroom config: vague sources are errors, house
  // words apply, and fail_level "warning" makes the run fail.
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Contains(run.out, "harbour.txt"));
  EXPECT_TRUE(Contains(run.out, "Gossips"));
  EXPECT_TRUE(Contains(run.out, "Harbour watchers"));
  EXPECT_FALSE(Contains(run.out, "harbour.draft.txt")) << "config ignore list";
  EXPECT_FALSE(Contains(run.out, "ferry.txt")) << ".quoteauditignore";
  EXPECT_TRUE(Contains(run.out, "match.txt"));
  EXPECT_FALSE(Contains(run.out, "\"Experts\"")) << "sport/ switches vague-source off";

  // The sport desk alone never fails (its fail_level is none).
  RunResult sport = Run("check '" + (kNewsroom / "sport").string() + "'");
  EXPECT_EQ(sport.exit_code, 0) << sport.out << sport.err;
}

// Two folders under two different configs share a paragraph (and a quote
// given to two speakers): the cross-file checks still compare them, each
// finding with the later file's config (its severity).
TEST_F(ConfigCliTest, CrossFileChecksCompareFilesUnderDifferentConfigs) {
  const std::string shared =
      "The ferry between Marrow Bay and Lorn will stop running in March while "
      "the slipway is rebuilt, the harbour board said on Friday.\n";
  Write("news/.quoteaudit.json", R"({"rules": {"vague-source": "off"}})");
  Write("news/ferry.txt",
        "Ferry to stop\n\n" + shared +
            "\n\"We cannot keep patching the slipway every winter,\" said Ines Koval.\n");
  Write("sport/.quoteaudit.json",
        R"({"rules": {"duplicate-text": "error", "attribution-conflict": "error"}})");
  Write("sport/rowing.txt",
        "Rowers lose their ferry\n\n" + shared +
            "\n\"We cannot keep patching the slipway every winter,\" said Tomas Brenn.\n");
  RunResult run = Run("check news sport");
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(Contains(
      run.out, "sport/rowing.txt:3:1: error: paragraph repeats a paragraph of news/ferry.txt"))
      << run.out;
  EXPECT_TRUE(Contains(run.out, "sport/rowing.txt:5:1: error: attribution conflict")) << run.out;

  // With the check off under one config, that config's files are neither
  // reported nor remembered.
  Write("sport/.quoteaudit.json", R"({"rules": {"duplicate-text": "off"}})");
  RunResult off = Run("check news sport");
  EXPECT_FALSE(Contains(off.out, "paragraph repeats")) << off.out;
}

// --- Which files a folder walk audits -------------------------------------

// The "path" of every file in a `--format json` report, in order.
std::vector<std::string> ReportedPaths(const std::string& out) {
  std::vector<std::string> paths;
  json report = json::parse(out, nullptr, /*allow_exceptions=*/false);
  if (!report.is_object()) return {"<not JSON: " + out + ">"};
  for (const json& file : report["files"]) paths.push_back(file["path"].get<std::string>());
  return paths;
}

using Paths = std::vector<std::string>;

TEST_F(ConfigCliTest, WalksTakeTextMarkdownAndHtmlFiles) {
  for (const char* name : {"a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.json", "g.rst"}) {
    Write(std::string("desk/") + name, kArticle);
  }
  RunResult run = Run("check --format json desk");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReportedPaths(run.out),
            (Paths{"desk/a.txt", "desk/b.md", "desk/c.markdown", "desk/d.html", "desk/e.htm"}));
  // A file named on the command line is audited whatever its extension.
  EXPECT_EQ(ReportedPaths(Run("check --format json desk/f.json").out), (Paths{"desk/f.json"}));
}

TEST_F(ConfigCliTest, WalksHonourGitignoreInsideAGitWorkTree) {
  fs::create_directories(dir_ / "site/.git/info");
  Write("site/.git/info/exclude", "mine.md\n");
  Write("site/.gitignore", "drafts/\n*.wip.md\n!final.wip.md\n");
  Write("site/news/.gitignore", "/local.md\n");
  for (const char* name : {"story.md", "a.wip.md", "final.wip.md", "drafts/d.md", "mine.md",
                           "news/local.md", "news/deep/local.md", "news/drafts/x.md"}) {
    Write(std::string("site/") + name, kArticle);
  }
  RunResult run = Run("quotes --format json site");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReportedPaths(run.out),
            (Paths{"site/final.wip.md", "site/news/deep/local.md", "site/story.md"}));
  // Named on the command line, an ignored file is still audited.
  EXPECT_EQ(ReportedPaths(Run("check --format json site/a.wip.md").out), (Paths{"site/a.wip.md"}));
  // Without a .git entry the same .gitignore is not read.
  fs::remove_all(dir_ / "site/.git");
  EXPECT_EQ(ReportedPaths(Run("check --format json site").out).size(), 8u);
}

TEST_F(ConfigCliTest, WalksSkipProjectFilesAndGeneratedSitesByDefault) {
  for (const char* name : {"README.md", "readme.txt", "CHANGELOG.md", "LICENSE", "License.txt",
                           "CONTRIBUTING.md", "node_modules/pkg/a.md", "public/index.html",
                           "_site/index.html", "news/README.md", "news/story.md"}) {
    Write(std::string("site/") + name, kArticle);
  }
  RunResult run = Run("check --format json site");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReportedPaths(run.out), (Paths{"site/news/story.md"}));
  // Named explicitly, they are audited; the list is a lexicon a config can edit.
  EXPECT_EQ(ReportedPaths(Run("check --format json site/README.md").out),
            (Paths{"site/README.md"}));
  Write("site/.quoteaudit.json", R"({"lexicons": {"walk-skip": {"remove": ["public/"]}}})");
  EXPECT_EQ(ReportedPaths(Run("check --format json site").out),
            (Paths{"site/news/story.md", "site/public/index.html"}));
}

TEST_F(ConfigCliTest, IncludeAndExcludeFromTheConfig) {
  Write("site/.quoteaudit.json",
        R"({"include": ["README.md", "*.article"], "exclude": ["wire/", "*.draft.md"]})");
  for (const char* name :
       {"README.md", "one.article", "two.md", "two.draft.md", "wire/w.md", "notes.csv"}) {
    Write(std::string("site/") + name, kArticle);
  }
  RunResult run = Run("check --format json site");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReportedPaths(run.out), (Paths{"site/README.md", "site/one.article", "site/two.md"}));
  RunResult printed = Run("check --print-config site");
  json config = json::parse(printed.out)[0];
  EXPECT_EQ(config["include"], json::array({"README.md", "*.article"}));
  EXPECT_EQ(config["exclude"], json::array({"wire/", "*.draft.md"}));
  EXPECT_TRUE(config["lexicons"].contains("walk-skip")) << printed.out;

  Write("site/.quoteaudit.json", R"({"include": "README.md", "exclude": ["[z-a]"]})");
  RunResult bad = Run("check site");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Contains(bad.err, "/include: expected an array")) << bad.err;
  EXPECT_TRUE(Contains(bad.err, "/exclude/0: invalid pattern \"[z-a]\"")) << bad.err;
}

TEST_F(ConfigCliTest, IncludeAndExcludeOnTheCommandLine) {
  for (const char* name : {"README.md", "feed.json", "a.md", "b.md", "public/p.html"}) {
    Write(std::string("site/") + name, kArticle);
  }
  RunResult run =
      Run("check --format json --include README.md --include '*.json' --include public/ "
          "--exclude b.md --exclude feed.json site");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReportedPaths(run.out), (Paths{"site/README.md", "site/a.md", "site/public/p.html"}));
}

TEST_F(ConfigCliTest, InputFormatOverridesDetection) {
  Write("story.txt", kArticle);
  RunResult run = Run("check --input-format markdown --format json story.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReportedPaths(run.out), (Paths{"story.txt"}));
  EXPECT_EQ(Run("check --input-format html -").exit_code, 0);
  RunResult bad = Run("check --input-format docx story.txt");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Contains(bad.err, "--input-format")) << bad.err;
  // The override decides what is read: a quote inside a code block is a
  // quote in plain text and no quote at all in Markdown.
  Write("code.txt", "Before the vote:\n\n```\n\"This line is sample code.\"\n```\n");
  EXPECT_TRUE(Contains(Run("check code.txt").out, "[unattributed-quote]"));
  RunResult markdown = Run("check --input-format markdown code.txt");
  EXPECT_EQ(markdown.exit_code, 0) << markdown.out;
  EXPECT_FALSE(Contains(markdown.out, "[unattributed-quote]")) << markdown.out;
}

TEST_F(ConfigCliTest, NothingToAuditIsAnError) {
  Write("site/README.md", kArticle);
  Write("site/data.json", "{}");
  Write("site/public/index.html", kArticle);
  for (const char* command : {"check", "quotes"}) {
    RunResult run = Run(std::string(command) + " site");
    EXPECT_EQ(run.exit_code, 2) << command;
    EXPECT_EQ(run.out, "") << command;
    EXPECT_EQ(run.err,
              "quoteaudit: no articles to audit under site (looked for *.txt, *.md, *.markdown, "
              "*.html, *.htm; 1 file and 1 folder left out by .gitignore, .quoteauditignore, "
              "ignore or exclude patterns or defaults)\n")
        << command;
  }
  fs::create_directories(dir_ / "empty");
  EXPECT_EQ(Run("check empty").err,
            "quoteaudit: no articles to audit under empty (looked for *.txt, *.md, *.markdown, "
            "*.html, *.htm)\n");
  // An empty standard input is one empty document.
  EXPECT_EQ(Run("check -").exit_code, 0);
  EXPECT_EQ(Run("check").exit_code, 0);
}

}  // namespace
}  // namespace qa
