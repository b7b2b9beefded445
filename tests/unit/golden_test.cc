// Golden tests: every fixtures/**/<case>.txt (or .md, .markdown, .html,
// .htm: an article in any input format) with a sibling <case>.expected
// is audited as `quoteaudit check --no-summary <case>.txt` would (text
// format, path relative to the repository root, the config that applies to
// the fixture) and compared byte for byte with the .expected file. A sibling
// <case>.quotes is compared with the `quoteaudit quotes` table the same way.
// scripts/update-golden rewrites these files from the built binary so
// changes are reviewed with git diff.
//
// Speed: the rules are loaded and compiled once per config for the whole
// process (GoldenAuditor), not once per case, and this file is its own test
// binary registered as one ctest test (tests/CMakeLists.txt), so the whole
// set runs in one process. A fixture folder with a .quoteaudit.json gets its
// own engine, as in the CLI. Checks that remember documents across files
// are rebuilt for every case, so each fixture is audited on its own, as
// scripts/update-golden runs it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "checks/registry.h"
#include "cli/app.h"
#include "cli/auditor.h"
#include "cli/batch_focus.h"
#include "cli/command_line.h"
#include "cli/config_engines.h"
#include "io/document_reader.h"
#include "report/report_formats.h"
#include "rules/rule_set_builder.h"
#include "scan/scanner.h"
#include "test_files.h"

namespace qa {
namespace {

using test_files::ReadFile;

namespace fs = std::filesystem;

struct GoldenCase {
  std::string name;  // a valid gtest name made from the path
  std::string txt;   // relative to the repository root: "fixtures/checks/x/hit.txt"
  bool has_quotes;
};

// Test listings name the fixture instead of dumping the struct's bytes.
void PrintTo(const GoldenCase& golden, std::ostream* out) { *out << golden.txt; }

std::string TestName(const std::string& path) {
  std::string name;
  for (char c : path) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    name += alnum ? c : '_';
  }
  return name;
}

// The extensions of the articles a golden case audits, one per input format.
bool IsArticle(const fs::path& path) {
  static const std::set<std::string> kExtensions = {".txt", ".md", ".markdown", ".html", ".htm"};
  return kExtensions.count(path.extension().string()) > 0;
}

std::vector<GoldenCase> FindGoldenCases(const fs::path& root) {
  std::vector<GoldenCase> cases;
  std::error_code error;
  fs::path fixtures = root / "fixtures";
  if (!fs::is_directory(fixtures, error)) return cases;
  for (fs::recursive_directory_iterator it(fixtures, error), end; !error && it != end;
       it.increment(error)) {
    const fs::path& path = it->path();
    if (!IsArticle(path)) continue;
    fs::path expected = fs::path(path).replace_extension(".expected");
    if (!fs::exists(expected)) continue;
    std::string relative = fs::relative(path, root).generic_string();
    bool has_quotes = fs::exists(fs::path(path).replace_extension(".quotes"));
    cases.push_back({"", relative, has_quotes});
  }
  std::sort(cases.begin(), cases.end(),
            [](const GoldenCase& a, const GoldenCase& b) { return a.txt < b.txt; });
  for (size_t i = 0; i < cases.size(); ++i) {
    // Strip the common "fixtures/" prefix and the extension; the index keeps
    // names unique when two paths sanitize alike ("a-b" and "a_b").
    std::string stem = fs::path(cases[i].txt).replace_extension().generic_string().substr(9);
    cases[i].name = TestName(stem);
    if (i > 0 && cases[i].name == cases[i - 1].name) cases[i].name += "_" + std::to_string(i);
  }
  return cases;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A unified-style diff (expected -> actual) with three lines of context,
// from a longest-common-subsequence table. Golden outputs are small, so the
// quadratic table is fine; huge ones fall back to printing both sides.
std::string UnifiedDiff(const std::string& expected, const std::string& actual) {
  std::vector<std::string> a = Lines(expected), b = Lines(actual);
  if (a.size() * b.size() > 4'000'000) {
    return "--- expected\n" + expected + "+++ actual\n" + actual;
  }
  std::vector<std::vector<size_t>> lcs(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  struct Edit {
    char op;  // ' ', '-', '+'
    std::string line;
    size_t a_line, b_line;  // 1-based positions before this edit
  };
  std::vector<Edit> edits;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      edits.push_back({' ', a[i], ++i, ++j});
    } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      edits.push_back({'-', a[i], ++i, j + 1});
    } else {
      edits.push_back({'+', b[j], i + 1, ++j});
    }
  }
  constexpr size_t kContext = 3;
  // Each change with kContext lines around it; overlapping ranges merge.
  std::vector<std::pair<size_t, size_t>> hunks;
  for (size_t k = 0; k < edits.size(); ++k) {
    if (edits[k].op == ' ') continue;
    size_t begin = k >= kContext ? k - kContext : 0;
    size_t end = std::min(edits.size(), k + kContext + 1);
    if (!hunks.empty() && begin <= hunks.back().second) {
      hunks.back().second = end;
    } else {
      hunks.emplace_back(begin, end);
    }
  }
  std::string out = "--- expected\n+++ actual\n";
  for (auto [begin, end] : hunks) {
    out += "@@ expected line " + std::to_string(edits[begin].a_line) + ", actual line " +
           std::to_string(edits[begin].b_line) + " @@\n";
    for (size_t e = begin; e < end; ++e) out += std::string(1, edits[e].op) + edits[e].line + "\n";
  }
  return out;
}

// Runs the CLI in-process, as `quoteaudit <command> --no-summary <txt>`:
// every rule loaded and compiled again. The reference GoldenAuditor is
// compared with (GoldenHarnessTest).
std::string AuditWithCli(const std::string& command, const std::string& txt) {
  std::string command_copy = command;
  std::string path = txt;
  std::vector<const char*> argv = {
      "quoteaudit", command_copy.c_str(), "--no-summary", "--fail-level", "none", path.c_str()};
  std::ostringstream out, err;
  RunCommandLine(static_cast<int>(argv.size()), argv.data(), out, err);
  return out.str();
}

// The report `quoteaudit check|quotes --no-summary --fail-level none <txt>`
// prints, with the scanner and the per-document checks of each config built
// once per process. Mirrors Audit() in src/cli/app.cc and
// Auditor::AuditDocument in src/cli/auditor.cc for one input; the harness
// test below compares it with the CLI itself.
class GoldenAuditor {
 public:
  static GoldenAuditor& Get() {
    static GoldenAuditor* auditor = new GoldenAuditor();  // never destroyed: used until exit
    return *auditor;
  }

  // `quotes` for the quote table, anything else for the check report.
  std::string Audit(const std::string& command, const std::string& txt) {
    Engine* engine = engines_->For(txt, /*build_auditor=*/false);
    std::string problems;
    for (const RuleError& error : engines_->errors()) problems += error.ToString() + "\n";
    if (engine == nullptr || !problems.empty()) return "rule or config errors:\n" + problems;
    Compiled& compiled = compiled_[engine];
    if (compiled.scanner == nullptr) {
      std::vector<RuleError> errors;
      compiled.scanner = Scanner::Create(engine->rules, &errors);
      // Checks that remember earlier documents (a cross-file state, check.h)
      // are rebuilt for every case so that no fixture is compared with
      // another; the others compile large patterns and are built once.
      for (auto& check : MakeChecks(engine->rules, &errors)) {
        if (check->cross_file_state() != nullptr)
          compiled.cross_file.insert(std::string(check->id()));
      }
      compiled.checks =
          MakeChecks(WithRulesEnabled(engine->rules, compiled.cross_file, false), &errors);
      for (const RuleError& error : errors) problems += error.ToString() + "\n";
      if (compiled.scanner == nullptr || !problems.empty()) return "pattern errors:\n" + problems;
    }
    std::vector<RuleError> errors;
    std::vector<std::unique_ptr<Check>> fresh =
        MakeChecks(WithRulesEnabled(engine->rules, compiled.cross_file, true), &errors);
    std::vector<Check*> checks;
    for (auto& check : compiled.checks) checks.push_back(check.get());
    for (auto& check : fresh) checks.push_back(check.get());

    AuditedFile audited = AuditPath(txt, *engine, *compiled.scanner, checks);
    std::erase_if(audited.findings, [&](const Finding& finding) {
      return finding.severity < engine->levels.min_level;
    });
    bool quotes = command == "quotes";
    ReportOptions report_options;
    report_options.summary = false;
    report_options.tool_version = std::string(ToolVersion());
    std::ostringstream out;
    std::unique_ptr<Reporter> reporter =
        FindReportFormat(quotes ? "table" : "text")->make(out, report_options);
    const Document* document = audited.document ? &*audited.document : nullptr;
    FileReport report{audited.path, document, document ? &audited.scan : nullptr, audited.findings,
                      audited.problems};
    RunSummary summary;
    summary.Add(report);
    reporter->AddFile(report);
    reporter->Finish(summary);
    return out.str();
  }

 private:
  struct Compiled {
    std::unique_ptr<Scanner> scanner;
    std::vector<std::unique_ptr<Check>> checks;  // per-document checks only
    std::set<std::string> cross_file;            // ids of the checks that remember
  };

  GoldenAuditor() {
    const char* argv[] = {"quoteaudit", "check", "--no-summary", "--fail-level", "none"};
    std::ostringstream out, err;
    auto parsed = ParseCommandLine(5, argv, out, err);
    options_ = std::get<Options>(parsed);
    engines_ = std::make_unique<EngineSet>(options_);
  }

  // `rules` with only the rules in `cross_file` left as configured
  // (`cross_document`) or only the others.
  static RuleSet WithRulesEnabled(const RuleSet& rules, const std::set<std::string>& cross_file,
                                  bool cross_document) {
    RuleSetBuilder copy(rules);
    for (auto& [id, rule] : copy.rules()) {
      if ((cross_file.count(id) > 0) != cross_document) rule.enabled = false;
    }
    return std::move(copy).Build();
  }

  static AuditedFile AuditPath(const std::string& path, const Engine& engine,
                               const Scanner& scanner, const std::vector<Check*>& checks) {
    AuditedFile audited;
    audited.path = path;
    LoadResult loaded = ReadDocument(path, ReaderOptionsFor(engine.config, ""));
    if (!loaded.document) {
      if (loaded.error) audited.problems.push_back({loaded.error->message, loaded.error->offset});
      return audited;
    }
    Document document = std::move(*loaded.document);
    audited.scan = scanner.Scan(document);
    for (Check* check : checks) {
      CheckDocument(*check, CheckContext{document, audited.scan}, &audited.findings);
    }
    SortFindings(&audited.findings);
    audited.problems = document.problems;
    ApplyInlineSuppression(SuppressionRulesFor(engine.rules), document, &audited);
    audited.document = std::move(document);
    return audited;
  }

  Options options_;
  std::unique_ptr<EngineSet> engines_;  // holds a reference to options_
  std::map<const Engine*, Compiled> compiled_;
};

std::string Audit(const std::string& command, const std::string& txt) {
  return GoldenAuditor::Get().Audit(command, txt);
}

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {
 protected:
  // Output paths are relative to the repository root, like the fixtures'
  // expected files; ctest already runs from there.
  void SetUp() override { fs::current_path(QA_SOURCE_DIR); }
};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  const GoldenCase& golden = GetParam();
  fs::path base = fs::path(golden.txt).replace_extension();
  std::string expected = ReadFile(base.string() + ".expected");
  std::string actual = Audit("check", golden.txt);
  EXPECT_EQ(expected, actual) << "check output differs for " << golden.txt << "\n"
                              << UnifiedDiff(expected, actual)
                              << "If the new output is right, run scripts/update-golden "
                              << golden.txt << " and review the diff.";
  if (golden.has_quotes) {
    std::string expected_quotes = ReadFile(base.string() + ".quotes");
    std::string actual_quotes = Audit("quotes", golden.txt);
    EXPECT_EQ(expected_quotes, actual_quotes)
        << "quotes table differs for " << golden.txt << "\n"
        << UnifiedDiff(expected_quotes, actual_quotes)
        << "If the new output is right, run scripts/update-golden " << golden.txt
        << " and review the diff.";
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenTest, ::testing::ValuesIn(FindGoldenCases(QA_SOURCE_DIR)),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) {
                           return info.param.name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenTest);

// `quoteaudit check <one article>` compiles its patterns with only the
// lexicon phrases the article can hold (match/pattern_focus.h), while the
// shared engine above compiles every phrase once for all fixtures: each
// fixture's report must be the same both ways.
class OneArticleRunTest : public GoldenTest {};

TEST_P(OneArticleRunTest, NarrowedPatternsReportAsTheFullOnes) {
  const GoldenCase& golden = GetParam();
  EXPECT_EQ(Audit("check", golden.txt), AuditWithCli("check", golden.txt)) << golden.txt;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, OneArticleRunTest,
                         ::testing::ValuesIn(FindGoldenCases(QA_SOURCE_DIR)),
                         [](const ::testing::TestParamInfo<GoldenCase>& info) {
                           return info.param.name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(OneArticleRunTest);

// `quoteaudit check <folder>` of a few small files compiles its patterns
// with only the phrases those files can hold (cli/batch_focus.h); with
// --rules (even an empty folder) every pattern is compiled whole at start-up.
// Each fixture folder's report, cross-file findings included, must be the
// same both ways.
TEST(SmallBatchRunTest, NarrowedPatternsReportAsTheFullOnes) {
  fs::current_path(QA_SOURCE_DIR);
  const test_files::TestFolder empty_rules("qa_empty_rules_");
  auto run = [&](const std::string& folder, bool full) {
    std::string rules = empty_rules.path().string();
    std::vector<const char*> argv = {"quoteaudit", "check",        "--format",
                                     "json",       "--fail-level", "none"};
    if (full) argv.insert(argv.end(), {"--rules", rules.c_str()});
    argv.push_back(folder.c_str());
    std::ostringstream out, err;
    RunCommandLine(static_cast<int>(argv.size()), argv.data(), out, err);
    return out.str() + err.str();
  };
  std::vector<std::string> folders = {"fixtures/attribution", "fixtures/quotes", "fixtures/samples",
                                      "fixtures/markdown", "fixtures/html"};
  for (const auto& entry : fs::directory_iterator("fixtures/checks")) {
    folders.push_back(entry.path().string());
  }
  for (const std::string& folder : folders) {
    uintmax_t bytes = 0;
    for (const auto& file : fs::recursive_directory_iterator(folder)) {
      const std::string ext = file.path().extension().string();
      if (file.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".html")) {
        bytes += file.file_size();
      }
    }
    ASSERT_LE(bytes, kSmallBatchMaxBytes) << folder << " is no longer a small batch";
    const std::string narrowed = run(folder, false);
    EXPECT_NE(narrowed.find("\"rule\""), std::string::npos) << folder << ": no findings";
    EXPECT_EQ(narrowed, run(folder, true)) << folder;
  }
}

// The harness itself.

// The shared engine gives exactly what the CLI gives, for a fixture without
// a config, one under fixtures/samples/.quoteaudit.json (its own engine),
// and fixtures whose cross-document checks would fire against each other if
// they were not rebuilt per case.
TEST(GoldenHarnessTest, SharedEngineMatchesTheCli) {
  fs::current_path(QA_SOURCE_DIR);
  for (const char* txt : {"fixtures/checks/vague-source/fires-unnamed-groups.txt",
                          "fixtures/samples/fisheries-pact-wirefax.txt",
                          "fixtures/checks/duplicate-text/fires-repeated-caption.txt",
                          "fixtures/checks/duplicate-text/fires-repeated-caption.txt",
                          "fixtures/checks/attribution-conflict/fires-same-words-two-speakers.txt",
                          "fixtures/checks/attribution-conflict/fires-same-words-two-speakers.txt",
                          "fixtures/samples/harbour-budget.txt"}) {
    for (const char* command : {"check", "quotes"}) {
      EXPECT_EQ(Audit(command, txt), AuditWithCli(command, txt)) << command << " " << txt;
    }
  }
}

TEST(GoldenHarnessTest, FixtureConfigsStillApply) {
  fs::current_path(QA_SOURCE_DIR);
  // fixtures/samples/.quoteaudit.json adds "Marrow Bay" to the place names,
  // so it speaks as an organisation there; with no config it is a person.
  std::string with_config = Audit("quotes", "fixtures/samples/fisheries-pact-wirefax.txt");
  std::vector<const char*> argv = {"quoteaudit",
                                   "quotes",
                                   "--no-summary",
                                   "--no-config",
                                   "--fail-level",
                                   "none",
                                   "fixtures/samples/fisheries-pact-wirefax.txt"};
  std::ostringstream out, err;
  RunCommandLine(static_cast<int>(argv.size()), argv.data(), out, err);
  EXPECT_NE(with_config, out.str()) << "the samples' config no longer changes their quote table; "
                                       "pick a fixture whose config matters";
}

TEST(GoldenHarnessTest, TestNamesAreValidIdentifiers) {
  EXPECT_EQ(TestName("checks/vague-source/experts.v2"), "checks_vague_source_experts_v2");
}

TEST(GoldenHarnessTest, DiffShowsChangedLinesWithContext) {
  std::string expected = "a\nb\nc\nd\ne\nf\ng\nh\n";
  std::string actual = "a\nb\nc\nd\nE\nf\ng\nh\n";
  EXPECT_EQ(UnifiedDiff(expected, actual),
            "--- expected\n+++ actual\n@@ expected line 2, actual line 2 @@\n"
            " b\n c\n d\n-e\n+E\n f\n g\n h\n");
}

TEST(GoldenHarnessTest, DiffShowsAddedAndRemovedLines) {
  EXPECT_EQ(UnifiedDiff("", "x: warning: new [r]\n"),
            "--- expected\n+++ actual\n@@ expected line 1, actual line 1 @@\n"
            "+x: warning: new [r]\n");
  EXPECT_EQ(UnifiedDiff("gone\n", ""),
            "--- expected\n+++ actual\n@@ expected line 1, actual line 1 @@\n-gone\n");
}

TEST(GoldenHarnessTest, FindsOnlyFixturesWithExpectedFiles) {
  fs::path root = fs::temp_directory_path() / ("qa_golden_" + std::to_string(::getpid()));
  fs::create_directories(root / "fixtures" / "checks" / "r");
  for (const char* name :
       {"fixtures/checks/r/hit.txt", "fixtures/checks/r/hit.expected",
        "fixtures/checks/r/hit.quotes", "fixtures/checks/r/new.txt", "fixtures/checks/r/README.md",
        "fixtures/checks/r/page.md", "fixtures/checks/r/page.expected"}) {
    std::ofstream(root / name) << "x\n";
  }
  std::vector<GoldenCase> cases = FindGoldenCases(root);
  fs::remove_all(root);
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].txt, "fixtures/checks/r/hit.txt");
  EXPECT_EQ(cases[0].name, "checks_r_hit");
  EXPECT_TRUE(cases[0].has_quotes);
  // Articles in other formats are found the same way.
  EXPECT_EQ(cases[1].txt, "fixtures/checks/r/page.md");
  EXPECT_EQ(cases[1].name, "checks_r_page");
  EXPECT_FALSE(cases[1].has_quotes);
}

TEST(GoldenHarnessTest, FindsMarkedUpFixturesBesideText) {
  fs::path root = fs::temp_directory_path() / ("qa_golden_html_" + std::to_string(::getpid()));
  fs::create_directories(root / "fixtures" / "html");
  for (const char* name :
       {"fixtures/html/page.html", "fixtures/html/page.expected", "fixtures/html/README.md"}) {
    std::ofstream(root / name) << "x\n";
  }
  std::vector<GoldenCase> cases = FindGoldenCases(root);
  fs::remove_all(root);
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].txt, "fixtures/html/page.html");
  EXPECT_EQ(cases[0].name, "html_page");
}

}  // namespace
}  // namespace qa
