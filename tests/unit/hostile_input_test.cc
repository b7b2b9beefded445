// The promises of docs/security.md, end to end: every limit reports what goes
// over it with file and position and the run goes on with the other files; a
// rule file RE2 cannot compile within its budget is refused naming file and
// key; the tool never writes where it reads, and a failed write (read-only
// folder, full disk) is exit 2 with any earlier file left whole; folder
// walks report and skip link loops, FIFOs, devices and names that are not
// UTF-8.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.h"
#include "core/limits.h"
#include "io/file_reader.h"

namespace qa::test_files {
namespace {

namespace fs = std::filesystem;

// An article with one unattributed quote, on line 3.
constexpr const char* kQuoted =
    "The ferry vote was delayed again.\n\n"
    "\"Nobody asked for this toll.\"\n";

// An article of `count` paragraphs, each an unattributed quote.
std::string UnattributedQuotes(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += "\"The ferry number " + std::to_string(i) + " will not sail before winter.\"\n\n";
  }
  return text;
}

class HostileInputTest : public QuoteauditTest {
 protected:
  void Limits(const std::string& limits) {
    Write(".quoteaudit.json", "{\"limits\": {" + limits + "}}");
  }
};

// --- limits -----------------------------------------------------------------

TEST_F(HostileInputTest, DefaultArticleLimitLetsFiftyMegabytesThrough) {
  EXPECT_GE(qa::Limits{}.max_article_bytes, size_t{50} * 1000 * 1000);
  std::string path = Write("big.txt", "");
  fs::resize_file(path, size_t{50} << 20);  // sparse: 50 MiB of NUL bytes, read in full
  FileBytes read = ReadFileBytes(path, qa::Limits{}.max_article_bytes);
  EXPECT_FALSE(read.error.has_value()) << read.error->ToString();
  EXPECT_EQ(read.bytes.size(), size_t{50} << 20);
}

TEST_F(HostileInputTest, ArticleLimitStopsReadingEndlessInput) {
  FileBytes read = ReadFileBytes("/dev/zero", 4096);
  ASSERT_TRUE(read.error.has_value());
  EXPECT_NE(read.error->message.find("limits.max_article_bytes"), std::string::npos);
  EXPECT_EQ(read.error->offset, 4096u);
}

TEST_F(HostileInputTest, ArticleOverTheLimitIsAnInputErrorAndTheRunGoesOn) {
  Limits("\"max_article_bytes\": 200");
  Write("big.txt", std::string(150, ' ') + kQuoted);
  Write("small.txt", kQuoted);
  RunResult run = Run("check --fail-level none big.txt small.txt");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.out.find("big.txt: error: article bigger than the limit of 200 "
                         "(limits.max_article_bytes in .quoteaudit.json); not read [input]"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("small.txt:3:1: error: unattributed quote"), std::string::npos) << run.out;
}

TEST_F(HostileInputTest, ArticleLimitAppliesToStandardInput) {
  Limits("\"max_article_bytes\": 20");
  Write("story.txt", kQuoted);
  RunResult run = Run("check -", "story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("-: error: article bigger than the limit of 20 "), std::string::npos)
      << run.out;
}

TEST_F(HostileInputTest, QuoteOverTheLimitIsReportedWhereItStartsAndNotChecked) {
  Limits("\"max_quote_bytes\": 40");
  Write("story.txt",
        "\"This short one stays here.\"\n\n\"This quote runs on far longer than forty bytes of "
        "text.\"\n");
  RunResult run = Run("check --fail-level none story.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("story.txt:3:1: warning: quote of 57 bytes, longer than the limit of 40 "
                         "(limits.max_quote_bytes in .quoteaudit.json); not checked [input]"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("story.txt:1:1: error: unattributed quote"), std::string::npos);
  EXPECT_EQ(run.out.find("story.txt:3:1: error: unattributed quote"), std::string::npos);
}

TEST_F(HostileInputTest, HtmlNestedOverTheLimitIsAnInputErrorAndTheRunGoesOn) {
  Limits("\"max_nesting_depth\": 10");
  std::string page = "<html><body>";
  for (int i = 0; i < 20; ++i) page += "<div>";
  page += "<p>Deep.</p>";
  for (int i = 0; i < 20; ++i) page += "</div>";
  Write("deep.html", page + "</body></html>");
  Write("flat.html", "<html><body><p>\"Nobody asked for this toll.\"</p></body></html>");
  RunResult run = Run("check --fail-level none deep.html flat.html");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("deep.html: error: HTML nested about 20 elements deep, deeper than the "
                         "limit of 10 (limits.max_nesting_depth in .quoteaudit.json); not read"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("flat.html:1:16: error: unattributed quote"), std::string::npos)
      << run.out;
}

TEST_F(HostileInputTest, MarkdownNestedOverTheLimitIsAnInputErrorAndTheRunGoesOn) {
  Limits("\"max_nesting_depth\": 5");
  Write("deep.md", "Intro.\n\n" + std::string(12, '>') + " \"Nobody asked for this.\"\n");
  Write("flat.md", "> \"Nobody asked for this toll.\"\n");
  RunResult run = Run("check --fail-level none deep.md flat.md");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("deep.md: error: Markdown nested deeper than the limit of 5 "
                         "(limits.max_nesting_depth in .quoteaudit.json); not read"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("flat.md:1:3: error: unattributed quote"), std::string::npos) << run.out;
}

TEST_F(HostileInputTest, FindingsOverTheLimitAreCountedWhereTheyStart) {
  Limits("\"max_findings_per_file\": 2");
  std::string text = UnattributedQuotes(5);
  Write("story.txt", text);
  RunResult run = Run("check --format json --fail-level warning story.txt");
  EXPECT_EQ(run.exit_code, 1) << "the findings not listed still fail the run";
  nlohmann::json report = nlohmann::json::parse(run.out);
  const nlohmann::json& file = report.at("files").at(0);
  EXPECT_EQ(file.at("findings").size(), 2u);
  bool counted = false;
  for (const nlohmann::json& error : file.at("errors")) {
    if (error.at("message") ==
        "3 more findings from here on not listed: more than the limit of 2 "
        "(limits.max_findings_per_file in .quoteaudit.json) in this file") {
      counted = true;
      EXPECT_EQ(error.at("start"), text.find("\"The ferry number 2"));
    }
  }
  EXPECT_TRUE(counted) << run.out;
}

TEST_F(HostileInputTest, LimitsMustBePositiveWholeNumbers) {
  Write(".quoteaudit.json",
        "{\"limits\": {\"max_quote_bytes\": 0, \"max_article_bytes\": -5, "
        "\"max_nesting_depth\": \"deep\", \"max_findings\": 3}}");
  Write("story.txt", kQuoted);
  RunResult run = Run("check story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("/limits/max_quote_bytes: expected a positive whole number, got 0"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("/limits/max_article_bytes: expected a positive whole number, got -5"),
            std::string::npos);
  EXPECT_NE(run.err.find("/limits/max_nesting_depth: expected a positive whole number, got string"),
            std::string::npos);
  EXPECT_NE(run.err.find("max_findings"), std::string::npos);
}

// --- user rules -------------------------------------------------------------

TEST_F(HostileInputTest, PatternOverRe2sMemoryBudgetNamesFileAndKey) {
  // Each \pL is hundreds of UTF-8 ranges; a few thousand copies of it are
  // far past the 64 MiB RE2 may use.
  std::string huge;
  for (int i = 0; i < 8; ++i) huge += "(?:\\\\pL\\\\pN){1000}";
  Write("myrules/huge.json",
        "{\"attribution_patterns\": [{\"id\": \"huge\", \"where\": \"after\", "
        "\"pattern\": \"(?P<cue>said)" +
            huge + "(?P<speaker>x)\"}]}");
  Write("story.txt", kQuoted);
  RunResult run = Run("check --rules myrules story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("huge.json"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("/attribution_patterns/0/pattern"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("memory budget"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty()) << "nothing is audited with a broken rule set";
}

// --- writes -----------------------------------------------------------------

TEST_F(HostileInputTest, NeverWritesOverAnInput) {
  std::string story = Write("story.txt", kQuoted);
  RunResult run = Run("check --format json:story.txt story.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("not writing story.txt: it is the input story.txt"), std::string::npos)
      << run.err;
  EXPECT_EQ(ReadFile(story), kQuoted);
  RunResult baseline = Run("check --baseline story.txt --update-baseline story.txt");
  EXPECT_EQ(baseline.exit_code, 2);
  EXPECT_EQ(ReadFile(story), kQuoted);
}

TEST_F(HostileInputTest, ReportIsWrittenThroughAFreshTemporaryFileWithTheUsualMode) {
  Write("story.txt", kQuoted);
  RunResult run = Run("check --fail-level none --format json:report.json story.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  mode_t mask = umask(0);
  umask(mask);
  struct stat info;
  ASSERT_EQ(stat((dir_ / "report.json").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0666 & ~mask) << "mkstemp's 0600 was not widened";
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-quoteaudit-"), std::string::npos);
  }
}

// The shell words that run the binary as an unprivileged user, or "" when
// neither setpriv nor runuser is there. (Tests run as root, which may write
// into a read-only folder.)
std::string AsNobody() {
  std::string ignored;
  if (RunCommand("setpriv --reuid=nobody --regid=nogroup --clear-groups true", &ignored) == 0) {
    return "setpriv --reuid=nobody --regid=nogroup --clear-groups ";
  }
  if (RunCommand("runuser -u nobody -- true", &ignored) == 0) return "runuser -u nobody -- ";
  return "";
}

TEST_F(HostileInputTest, ReadOnlyFolderIsAnErrorAndLeavesTheEarlierReport) {
  std::string prefix = AsNobody();
  if (prefix.empty()) GTEST_SKIP() << "neither setpriv nor runuser can drop privileges here";
  fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  Write("story.txt", kQuoted);
  std::string report = Write("out/report.json", "earlier report\n");
  Write("out/baseline.txt", "# earlier baseline\n");
  fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec |
                                    fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
  RunResult run = Run("check --format json:out/report.json story.txt", RunSetup{.prefix = prefix});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("cannot write out/report.json: Permission denied"), std::string::npos)
      << run.err;
  EXPECT_EQ(ReadFile(report), "earlier report\n");
  RunResult baseline = Run("check --baseline out/baseline.txt --update-baseline story.txt",
                           RunSetup{.prefix = prefix});
  EXPECT_EQ(baseline.exit_code, 2) << baseline.err;
  EXPECT_NE(baseline.err.find("cannot write out/baseline.txt"), std::string::npos) << baseline.err;
  EXPECT_EQ(ReadFile(dir_ / "out/baseline.txt"), "# earlier baseline\n");
  fs::permissions(dir_ / "out", fs::perms::owner_all);
}

// A full disk, as a file size limit: writes past it fail with EFBIG.
constexpr const char* kFullDisk = "prlimit --fsize=4096 ";

TEST_F(HostileInputTest, FullDiskIsAnErrorAndLeavesTheEarlierReport) {
  Write("story.txt", UnattributedQuotes(60));
  std::string report = Write("report.json", "earlier report\n");
  RunResult run = Run("check --fail-level none --format json:report.json story.txt",
                      RunSetup{.prefix = kFullDisk});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("cannot write report.json"), std::string::npos) << run.err;
  EXPECT_EQ(ReadFile(report), "earlier report\n");
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-quoteaudit-"), std::string::npos)
        << "temporary file left behind: " << entry.path();
  }
}

TEST_F(HostileInputTest, FullDiskBehindStandardOutputIsAnError) {
  Write("story.txt", UnattributedQuotes(60));
  RunResult run =
      Run("check --fail-level none --format json story.txt", RunSetup{.prefix = kFullDisk});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("cannot write standard output"), std::string::npos) << run.err;
}

TEST_F(HostileInputTest, FullDiskKeepsTheEarlierBaseline) {
  Write("story.txt", UnattributedQuotes(60));
  std::string baseline = Write("baseline.txt", "# earlier baseline\n");
  RunResult run = Run("check --baseline baseline.txt --update-baseline story.txt",
                      RunSetup{.prefix = kFullDisk});
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("cannot write baseline.txt"), std::string::npos) << run.err;
  EXPECT_EQ(ReadFile(baseline), "# earlier baseline\n");
}

// --- folder walks -------------------------------------------------------------

TEST_F(HostileInputTest, WalkReportsAndSkipsLinkLoops) {
  Write("news/story.txt", kQuoted);
  fs::create_symlink("loop-b.txt", dir_ / "news/loop-a.txt");
  fs::create_symlink("loop-a.txt", dir_ / "news/loop-b.txt");
  fs::create_directory_symlink("..", dir_ / "news/up");  // a folder loop: never followed
  RunResult run = Run("check --fail-level none news");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("news/loop-a.txt: error: symbolic link loop; skipped"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("news/loop-b.txt: error: symbolic link loop; skipped"), std::string::npos);
  EXPECT_NE(run.out.find("news/story.txt:3:1: error: unattributed quote"), std::string::npos);
}

TEST_F(HostileInputTest, WalkReportsAndSkipsFifosWithoutOpeningThem) {
  Write("news/story.txt", kQuoted);
  ASSERT_EQ(mkfifo((dir_ / "news/pipe.txt").c_str(), 0644), 0);
  RunResult run = Run("check --fail-level none news");  // would block on opening the FIFO
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("news/pipe.txt: error: a FIFO (named pipe); skipped"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("news/story.txt:3:1: error: unattributed quote"), std::string::npos);
}

TEST_F(HostileInputTest, WalkReportsAndSkipsDevices) {
  Write("news/story.txt", kQuoted);
  fs::create_symlink("/dev/zero", dir_ / "news/zero.txt");  // read, it would never end
  bool made_node = mknod((dir_ / "news/null.md").c_str(), S_IFCHR | 0644, makedev(1, 3)) == 0;
  RunResult run = Run("check --fail-level none news");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("news/zero.txt: error: a character device; skipped"), std::string::npos)
      << run.out;
  if (made_node) {
    EXPECT_NE(run.out.find("news/null.md: error: a character device; skipped"), std::string::npos)
        << run.out;
  }
  EXPECT_NE(run.out.find("news/story.txt:3:1: error: unattributed quote"), std::string::npos);
}

TEST_F(HostileInputTest, WalkReportsAndSkipsNamesThatAreNotUtf8) {
  Write("news/story.txt", kQuoted);
  Write("news/caf\xE9.txt", kQuoted);
  Write("news/d\xFF/inner.txt", kQuoted);
  RunResult run = Run("check --fail-level none --format json news");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("news/caf\\\\xE9.txt"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("file name is not valid UTF-8; skipped"), std::string::npos);
  EXPECT_NE(run.out.find("folder name is not valid UTF-8; skipped"), std::string::npos);
  EXPECT_EQ(run.out.find("inner.txt"), std::string::npos);
  EXPECT_NE(run.out.find("news/story.txt"), std::string::npos);
}

}  // namespace
}  // namespace qa::test_files
