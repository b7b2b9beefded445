// End-to-end tests of check's options for pull requests (--diff-base,
// --reference, --baseline, --update-baseline; docs/pull-requests.md), run on
// a scratch git repository with QA_BINARY, the binary users run.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_run.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test_files::ReadFile;
using test_files::RunResult;
using test_files::ShellQuote;

// Fictional copy. The base story leans on "experts" (vague-source, line 5).
constexpr const char* kTramway =
    "Tramway extension approved\n"
    "\n"
    "The regional assembly of Harlow Vale approved the tramway extension on Thursday.\n"
    "\n"
    "Experts said the budget was too tight.\n"
    "\n"
    "\"We will lay the first rails in spring,\" said transport director Mirela Tosk.\n";

constexpr const char* kLibrary =
    "Library hours\n"
    "\n"
    "The Harlow Vale library will open on Sundays from May, the council said.\n";

// An archived story: a paragraph and a quote a later story reuses.
constexpr const char* kQuarry =
    "Quarry road closed\n"
    "\n"
    "The quarry road above Fennick was closed after a rockfall on Saturday night, the county "
    "said.\n"
    "\n"
    "\"Nobody should drive up there until the engineers have walked the whole slope,\" said "
    "county engineer Basil Amberg.\n";

// An archived story with an error of its own (a quote nobody said).
constexpr const char* kFence =
    "Fence cut\n"
    "\n"
    "The fence was found cut.\n"
    "\n"
    "\"The fence was cut again last night and nobody in the village saw a thing.\"\n";

// A new story that copies the archive: the paragraph word for word (line 5)
// and the quote, given to someone else (line 7).
constexpr const char* kCleanup =
    "Rockfall cleanup begins\n"
    "\n"
    "Crews began clearing the quarry road on Monday.\n"
    "\n"
    "The quarry road above Fennick was closed after a rockfall on Saturday night, the county "
    "said.\n"
    "\n"
    "\"Nobody should drive up there until the engineers have walked the whole slope,\" said "
    "deputy mayor Hedda Rusk.\n";

// The scratch folder dir_ holds the repository, repo_, and the logs.
class PullRequestTest : public test_files::QuoteauditTest {
 protected:
  void SetUp() override {
    QuoteauditTest::SetUp();
    repo_ = dir_ / "newsroom";
    fs::create_directories(repo_);
  }

  // Writes `bytes` to repo_/`name`, making its folders.
  void Write(const std::string& name, const std::string& bytes) {
    QuoteauditTest::Write("newsroom/" + name, bytes);
  }
  void Append(const std::string& name, const std::string& bytes) {
    std::ofstream(repo_ / name, std::ios::binary | std::ios::app) << bytes;
  }

  // git in the repository, never looking above dir_; fails the test when
  // git fails.
  void Git(const std::string& arguments) {
    std::string output;
    int status = test_files::RunCommand("cd " + ShellQuote(repo_.string()) + " && " + GitEnv() +
                                            "git -c user.name=Test -c user.email=test@example " +
                                            "-c init.defaultBranch=main " + arguments,
                                        &output);
    ASSERT_EQ(status, 0) << "git " << arguments << ": " << output;
  }
  std::string GitEnv() const {
    return "GIT_CEILING_DIRECTORIES=" + ShellQuote(dir_.string()) + " ";
  }

  // A repository whose main branch holds `files`, with the branch "pr"
  // checked out on top of it.
  void MakeRepository(const std::vector<std::pair<std::string, std::string>>& files) {
    Git("init -q");
    for (const auto& [name, bytes] : files) Write(name, bytes);
    Git("add -A");
    Git("commit -q -m base");
    Git("checkout -q -b pr");
  }
  void Commit() {
    Git("add -A");
    Git("commit -q -m change");
  }

  // Runs the binary in `dir` (default: the repository), git never looking
  // above dir_; out.log and err.log go to dir_.
  RunResult Run(const std::string& arguments, const fs::path& dir = {}) {
    return QuoteauditTest::Run(arguments, {.cwd = dir.empty() ? repo_ : dir, .prefix = GitEnv()});
  }

  // The JSON report's findings of every file, as "path:line rule".
  static std::vector<std::string> Findings(const RunResult& result) {
    json report = json::parse(result.out, nullptr, false);
    std::vector<std::string> found;
    if (report.is_discarded()) return {"not JSON: " + result.out};
    for (const json& file : report["files"]) {
      for (const json& finding : file["findings"]) {
        found.push_back(file["path"].get<std::string>() + ":" +
                        std::to_string(finding["line"].get<int>()) + " " +
                        finding["rule"].get<std::string>());
      }
    }
    return found;
  }

  fs::path repo_;
};

using Strings = std::vector<std::string>;

TEST_F(PullRequestTest, DiffBaseReportsOnlyFindingsOnChangedLines) {
  MakeRepository({{"articles/tramway.txt", kTramway}, {"articles/library.txt", kLibrary}});
  Append("articles/tramway.txt", "\nObservers said the stops were too far apart.\n");
  Commit();
  // Without --diff-base both vague sources are reported.
  EXPECT_EQ(
      Findings(Run("check --format json articles")),
      (Strings{"articles/tramway.txt:5 vague-source", "articles/tramway.txt:9 vague-source"}));
  RunResult result = Run("check --diff-base main --format json articles");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Findings(result), Strings{"articles/tramway.txt:9 vague-source"});
  // The unchanged file is not in the report at all.
  json report = json::parse(result.out);
  ASSERT_EQ(report["files"].size(), 1u);
  EXPECT_EQ(report["summary"]["files"], 1);
}

TEST_F(PullRequestTest, AFindingCountsAsChangedWhenItsRelatedPlaceChanged) {
  MakeRepository({{"news/quarry.txt", kQuarry}});
  // The old paragraph (now line 5) becomes the later copy of one pasted
  // above it; the pasted copy differs in case and punctuation only, so git
  // marks lines 3-4 as changed and line 5 as unchanged.
  std::string pasted = kQuarry;
  pasted.insert(pasted.find("The quarry"),
                "the quarry road above Fennick was closed after a rockfall on Saturday night - "
                "the county said\n\n");
  Write("news/quarry.txt", pasted);
  Commit();
  RunResult result = Run("check --diff-base main --format json news");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Findings(result), Strings{"news/quarry.txt:5 duplicate-text"});
}

TEST_F(PullRequestTest, DiffBaseSeesUncommittedEditsAndUntrackedStories) {
  MakeRepository({{"articles/tramway.txt", kTramway}, {"articles/library.txt", kLibrary}});
  // Not committed: an edited line in one story and a story git does not track.
  Write("articles/library.txt",
        "Library hours\n\nObservers said the Harlow Vale library was too small.\n");
  Write("articles/new story.txt", "Bus lanes\n\nExperts said the lanes came too late.\n");
  RunResult result = Run("check --diff-base main --format json articles");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Findings(result), (Strings{"articles/library.txt:3 vague-source",
                                       "articles/new story.txt:3 vague-source"}));
}

TEST_F(PullRequestTest, AChangeThatTouchesNoArticleIsACleanRun) {
  MakeRepository({{"articles/tramway.txt", kTramway}, {"notes.json", "{}\n"}});
  Write("notes.json", "{\"editor\": \"on leave\"}\n");
  Commit();
  RunResult result = Run("check --diff-base main --fail-level info articles");
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_NE(result.err.find("no article changed since main"), std::string::npos) << result.err;
  EXPECT_EQ(result.out.find("vague-source"), std::string::npos) << result.out;
}

TEST_F(PullRequestTest, AChangedStoryThatCopiesAnUnchangedOneIsReportedOnTheChangedStory) {
  // "a-cleanup" sorts before "b-quarry", so only auditing unchanged files
  // first makes the changed story the later copy.
  MakeRepository({{"news/b-quarry.txt", kQuarry}});
  Write("news/a-cleanup.txt", kCleanup);
  Commit();
  RunResult result = Run("check --diff-base main --format json news");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Findings(result), (Strings{"news/a-cleanup.txt:5 duplicate-text",
                                       "news/a-cleanup.txt:7 attribution-conflict"}));
}

TEST_F(PullRequestTest, AMissingBaseIsAnErrorThatSaysToFetchMoreHistory) {
  MakeRepository({{"articles/tramway.txt", kTramway}});
  RunResult unknown = Run("check --diff-base origin/main articles");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("--diff-base origin/main"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("fetch-depth: 0"), std::string::npos) << unknown.err;
  EXPECT_EQ(unknown.out, "");

  // A shallow clone that has the base branch's tip but not the fork point.
  Git("checkout -q main");
  Append("articles/tramway.txt", "\nThe vote was close.\n");
  Commit();
  Git("checkout -q pr");
  Append("articles/tramway.txt", "\nObservers said the stops were too far apart.\n");
  Commit();
  fs::path clone = dir_ / "clone";
  std::string output;
  ASSERT_EQ(test_files::RunCommand(
                GitEnv() + "git clone -q --depth 1 --branch pr " +
                    ShellQuote("file://" + repo_.string()) + " " + ShellQuote(clone.string()) +
                    " && cd " + ShellQuote(clone.string()) +
                    " && git fetch -q --depth 1 origin main:refs/remotes/origin/main",
                &output),
            0)
      << output;
  RunResult shallow = Run("check --diff-base origin/main articles", clone);
  EXPECT_EQ(shallow.exit_code, 2) << shallow.out;
  EXPECT_NE(shallow.err.find("git fetch --deepen"), std::string::npos) << shallow.err;
  EXPECT_EQ(shallow.out, "");
}

TEST_F(PullRequestTest, DiffBaseOutsideAGitWorkTreeIsAnError) {
  Write("tramway.txt", kTramway);  // no git init
  RunResult result = Run("check --diff-base main tramway.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("needs a git work tree"), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST_F(PullRequestTest, ReferencesFindCopiesAndConflictsReportedOnTheInput) {
  Write("archive/2023/quarry.txt", kQuarry);
  Write("archive/2023/fence.txt", kFence);  // an error, but only a reference
  Write("news/cleanup.txt", kCleanup);
  RunResult result = Run("check --reference archive --format json news/cleanup.txt");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  json report = json::parse(result.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << result.out;
  ASSERT_EQ(report["files"].size(), 1u) << "references are never reported";
  EXPECT_EQ(report["summary"]["files"], 1);
  EXPECT_EQ(Findings(result), (Strings{"news/cleanup.txt:5 duplicate-text",
                                       "news/cleanup.txt:7 attribution-conflict"}));
  // Each points at the archive copy: its file, line and column.
  for (const json& finding : report["files"][0]["findings"]) {
    ASSERT_EQ(finding["related"].size(), 1u) << finding.dump();
    const json& related = finding["related"][0];
    EXPECT_EQ(related["path"], "archive/2023/quarry.txt") << finding.dump();
    EXPECT_EQ(related["line"], finding["rule"] == "duplicate-text" ? 3 : 5) << finding.dump();
    EXPECT_EQ(related["column"], 1) << finding.dump();
  }
}

TEST_F(PullRequestTest, AStoryThatIsAlsoAReferenceIsOnlyAnInput) {
  Write("archive/quarry.txt", kQuarry);
  Write("archive/cleanup.txt", kCleanup);
  // The archive folder holds the story itself, named another way.
  RunResult result = Run("check --reference ./archive/ --format json archive/cleanup.txt");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Findings(result), (Strings{"archive/cleanup.txt:5 duplicate-text",
                                       "archive/cleanup.txt:7 attribution-conflict"}));
  // Not "repeats archive/cleanup.txt": a whole-article copy of itself.
  EXPECT_EQ(result.out.find("whole article"), std::string::npos) << result.out;
}

TEST_F(PullRequestTest, AMissingReferenceIsAnErrorAndAnUnreadableOneAWarning) {
  Write("news/cleanup.txt", kCleanup);
  RunResult missing = Run("check --reference archiv news/cleanup.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("--reference archiv: no such file or directory"), std::string::npos)
      << missing.err;
  EXPECT_EQ(missing.out, "");

  Write("archive/photo.txt", std::string("JFIF\0\0", 6));
  Write("archive/quarry.txt", kQuarry);
  RunResult unreadable = Run("check --reference archive --format json news/cleanup.txt");
  EXPECT_EQ(unreadable.exit_code, 0) << unreadable.err;
  EXPECT_NE(unreadable.err.find("warning: reference archive/photo.txt not compared: binary file"),
            std::string::npos)
      << unreadable.err;
  EXPECT_EQ(Findings(unreadable).size(), 2u) << unreadable.out;
}

TEST_F(PullRequestTest, DiffBaseWithReferencesFindsCopiesOfTheArchive) {
  MakeRepository({{"archive/quarry.txt", kQuarry}, {"news/tramway.txt", kTramway}});
  Write("news/cleanup.txt", kCleanup);
  Commit();
  RunResult result = Run("check --diff-base main --reference archive --format json news");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Findings(result), (Strings{"news/cleanup.txt:5 duplicate-text",
                                       "news/cleanup.txt:7 attribution-conflict"}));
}

// A story with two findings: (an error) a quote nobody said, and a vague
// source.
constexpr const char* kMarket =
    "Market hall reopens\n"
    "\n"
    "The market hall of Osterby reopened on Saturday after two years of repairs.\n"
    "\n"
    "\"It is the same hall with a bigger bill and fewer stalls for local growers.\"\n"
    "\n"
    "Experts said the roof would need work.\n";

TEST_F(PullRequestTest, BaselineRoundTrip) {
  Write("news/market.txt", kMarket);
  RunResult before = Run("check --fail-level info --format json news");
  EXPECT_EQ(before.exit_code, 1);
  ASSERT_EQ(Findings(before),
            (Strings{"news/market.txt:5 unattributed-quote", "news/market.txt:7 vague-source"}));

  RunResult update = Run("check --baseline .qa-baseline --update-baseline ./news/");
  EXPECT_EQ(update.exit_code, 0) << update.err;
  EXPECT_EQ(update.out, "") << "--update-baseline writes no report";
  std::string baseline = ReadFile(repo_ / ".qa-baseline");
  EXPECT_NE(baseline.find("\nnews/market.txt\tvague-source\t"), std::string::npos) << baseline;
  EXPECT_NE(baseline.find("\nnews/market.txt\tunattributed-quote\t"), std::string::npos)
      << baseline;

  // Accepted findings are not reported, never fail the run, and are counted.
  RunResult accepted = Run("check --baseline .qa-baseline --fail-level info --format json news");
  EXPECT_EQ(accepted.exit_code, 0) << accepted.out;
  EXPECT_EQ(Findings(accepted), Strings{});
  EXPECT_NE(accepted.err.find("2 findings accepted in .qa-baseline not reported"),
            std::string::npos)
      << accepted.err;
  // The same baseline from another folder, the path given another way.
  RunResult elsewhere =
      Run("check --baseline ../.qa-baseline --fail-level info market.txt", repo_ / "news");
  EXPECT_EQ(elsewhere.exit_code, 0) << elsewhere.out;

  // An edit to another paragraph, and a new one above, change no fingerprint.
  std::string edited = kMarket;
  edited.replace(edited.find("on Saturday"), 11, "on a rainy Saturday morning");
  edited.insert(edited.find("Experts"), "Stallholders queued from seven.\n\n");
  Write("news/market.txt", edited);
  EXPECT_EQ(Findings(Run("check --baseline .qa-baseline --format json news")), Strings{});

  // A new offending sentence is new.
  Write("news/market.txt", edited + "\nObservers said the car park was too small.\n");
  RunResult added = Run("check --baseline .qa-baseline --fail-level warning --format json news");
  EXPECT_EQ(added.exit_code, 1);
  EXPECT_EQ(Findings(added), Strings{"news/market.txt:11 vague-source"});

  // The same finding twice is two findings: the copy is new.
  Write("news/market.txt", edited + "\nExperts said the roof would need work.\n");
  RunResult repeated = Run("check --baseline .qa-baseline --format json news");
  EXPECT_EQ(Findings(repeated), Strings{"news/market.txt:11 vague-source"});
}

TEST_F(PullRequestTest, UpdatingTheBaselineKeepsFilesThisRunDidNotAudit) {
  Write("news/market.txt", kMarket);
  Write("news/tramway.txt", kTramway);
  ASSERT_EQ(Run("check --baseline qa-baseline --update-baseline news").exit_code, 0);
  std::string both = ReadFile(repo_ / "qa-baseline");
  ASSERT_NE(both.find("news/tramway.txt\t"), std::string::npos) << both;
  // Rewriting it from one file keeps the other's entries...
  RunResult one = Run("check --baseline qa-baseline --update-baseline news/market.txt");
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(ReadFile(repo_ / "qa-baseline"), both);
  // ...until that file is gone.
  fs::remove(repo_ / "news/tramway.txt");
  ASSERT_EQ(Run("check --baseline qa-baseline --update-baseline news/market.txt").exit_code, 0);
  EXPECT_EQ(ReadFile(repo_ / "qa-baseline").find("news/tramway.txt"), std::string::npos);
}

TEST_F(PullRequestTest, ABaselineThatIsMissingOrBrokenIsAnError) {
  Write("news/market.txt", kMarket);
  RunResult missing = Run("check --baseline qa-baseline news");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("baseline qa-baseline does not exist"), std::string::npos)
      << missing.err;
  EXPECT_EQ(missing.out, "");
  Write("qa-baseline", "# accepted\nnews/market.txt vague-source\n");
  RunResult broken = Run("check --baseline qa-baseline news");
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("qa-baseline:2: not a baseline entry"), std::string::npos)
      << broken.err;
  // --update-baseline needs --baseline, and does not mix with --diff-base.
  EXPECT_EQ(Run("check --update-baseline news").exit_code, 2);
  EXPECT_EQ(Run("check --baseline qa-baseline --update-baseline --diff-base main news").exit_code,
            2);
}

// The baseline in fixtures/pull-requests (docs/pull-requests.md) still
// accepts its finding: fingerprints that changed would make every baseline
// users keep report its accepted findings as new.
TEST_F(PullRequestTest, TheDocumentedBaselineStillMatches) {
  fs::path source = QA_SOURCE_DIR;
  RunResult plain =
      Run("check --fail-level info fixtures/pull-requests/rockfall-cleanup.txt", source);
  EXPECT_EQ(plain.exit_code, 1) << plain.out;
  EXPECT_NE(plain.out.find("[vague-source]"), std::string::npos) << plain.out;
  RunResult accepted =
      Run("check --fail-level info --baseline fixtures/pull-requests/quoteaudit-baseline "
          "fixtures/pull-requests/rockfall-cleanup.txt",
          source);
  EXPECT_EQ(accepted.exit_code, 0) << accepted.out << accepted.err;
  EXPECT_EQ(accepted.out.find("[vague-source]"), std::string::npos) << accepted.out;
}

}  // namespace
}  // namespace qa
