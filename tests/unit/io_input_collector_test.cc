#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <system_error>
#include <vector>

#include "cli_run.h"
#include "io/input_collector.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

class InputCollectorTest : public test_files::QuoteauditTest {
 protected:
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(root_ / "locked", fs::perms::owner_all, ignored);
    QuoteauditTest::TearDown();
  }
  void Touch(const std::string& relative) { Write(relative, "text\n"); }
  std::string P(const std::string& relative) const { return (root_ / relative).string(); }

  static std::vector<std::string> Paths(const std::vector<CollectedInput>& inputs) {
    std::vector<std::string> paths;
    for (const auto& input : inputs) {
      paths.push_back(input.error ? "ERROR " + input.error->ToString() : input.path);
    }
    return paths;
  }

  const fs::path& root_ = dir_;  // the scratch folder, the root the tests walk
};

TEST_F(InputCollectorTest, WalksDirectoriesInSortedTreeOrder) {
  Touch("b.txt");
  Touch("a/z.txt");
  Touch("a/b/c.txt");
  Touch("a-c.txt");
  Touch("a/notes.json");
  Touch("C.TXT");
  auto inputs = CollectInputs({root_.string()});
  std::vector<std::string> expected = {P("C.TXT"), P("a/b/c.txt"), P("a/z.txt"), P("a-c.txt"),
                                       P("b.txt")};
  EXPECT_EQ(Paths(inputs), expected);
}

// Names with bytes below and above the separator's ('!', ' ', '-', '.',
// letters, UTF-8), prefixes of one another, at several depths: the walk's
// order is fs::path's element-by-element order however the root is written.
TEST_F(InputCollectorTest, TreeOrderIsPathOrderForAnyNames) {
  for (const char* name : {"a/x.txt", "a b/x.txt", "a!/x.txt", "a.b/x.txt", "a-/x.txt", "ab.txt",
                           "a/b c.txt", "a/b/c.txt", "a/b-c.txt", "a/b.txt", "\xC3\xA9/x.txt",
                           "z/a/b/c/d.txt", "z/a-b.txt", "z/a/b.txt", "a.txt", "a0/x.txt"}) {
    Touch(name);
  }
  for (const std::string& root : {root_.string(), root_.string() + "/", root_.string() + "//"}) {
    std::vector<std::string> paths = Paths(CollectInputs({root}));
    ASSERT_EQ(paths.size(), 16u) << root;
    std::vector<std::string> expected = paths;
    std::sort(expected.begin(), expected.end(),
              [](const std::string& a, const std::string& b) { return fs::path(a) < fs::path(b); });
    EXPECT_EQ(paths, expected) << root;
  }
}

TEST_F(InputCollectorTest, ExtensionListIsAParameter) {
  Touch("a.txt");
  Touch("b.md");
  CollectOptions options;
  options.extensions = {".md"};
  EXPECT_EQ(Paths(CollectInputs({root_.string()}, options)), std::vector<std::string>{P("b.md")});
}

TEST_F(InputCollectorTest, ExplicitFilesAreTakenAsGivenWhateverTheExtension) {
  Touch("notes.md");
  Touch("z.txt");
  auto inputs = CollectInputs({P("z.txt"), P("notes.md"), "-"});
  std::vector<std::string> expected = {P("z.txt"), P("notes.md"), "-"};
  EXPECT_EQ(Paths(inputs), expected);
}

TEST_F(InputCollectorTest, MissingPathIsAnErrorAndCollectionGoesOn) {
  Touch("a.txt");
  auto inputs = CollectInputs({P("missing.txt"), P("a.txt")});
  ASSERT_EQ(inputs.size(), 2u);
  ASSERT_TRUE(inputs[0].error.has_value());
  EXPECT_EQ(inputs[0].error->ToString(), P("missing.txt") + ": no such file or directory");
  EXPECT_FALSE(inputs[1].error.has_value());
  EXPECT_EQ(inputs[1].path, P("a.txt"));
}

TEST_F(InputCollectorTest, PathThroughAFileIsAnErrorEvenForRoot) {
  Touch("a.txt");
  auto inputs = CollectInputs({P("a.txt/inner")});
  ASSERT_EQ(inputs.size(), 1u);
  ASSERT_TRUE(inputs[0].error.has_value());
  EXPECT_EQ(inputs[0].error->ToString(), P("a.txt/inner") + ": not a directory");
}

TEST_F(InputCollectorTest, UnreadableDirectoryIsAnErrorAndTheWalkGoesOn) {
  Touch("locked/secret.txt");
  Touch("open/a.txt");
  fs::permissions(root_ / "locked", fs::perms::none);
  if (::geteuid() == 0) {
    // Root reads any directory, so walk it as "nobody": the quoteaudit binary
    // (which collects its inputs with CollectInputs) run through setpriv.
    std::string output;
    int status =
        test_files::RunCommand("(setpriv --reuid=nobody --regid=nogroup --clear-groups " +
                                   test_files::ShellQuote(QA_BINARY) +
                                   " check --no-summary --fail-level none --format json " +
                                   test_files::ShellQuote(root_.string()) + " 2>/dev/null)",
                               &output);
    if (status == 127) GTEST_SKIP() << "running as root and setpriv is missing:\n" << output;
    EXPECT_EQ(status, 2) << output;  // an input that could not be read
    nlohmann::json report = nlohmann::json::parse(output, nullptr, false);
    ASSERT_FALSE(report.is_discarded()) << output;
    ASSERT_EQ(report["files"].size(), 2u) << output;
    EXPECT_EQ(report["files"][0]["path"], P("locked"));
    EXPECT_EQ(report["files"][0]["errors"][0]["message"], "permission denied");
    EXPECT_EQ(report["files"][1]["path"], P("open/a.txt"));
    EXPECT_TRUE(report["files"][1]["errors"].empty()) << output;
    return;
  }
  auto inputs = CollectInputs({root_.string()});
  std::vector<std::string> expected = {"ERROR " + P("locked") + ": permission denied",
                                       P("open/a.txt")};
  EXPECT_EQ(Paths(inputs), expected);
}

TEST_F(InputCollectorTest, HiddenEntriesAreSkippedUnlessNamed) {
  Touch(".git/x.txt");
  Touch(".draft.txt");
  Touch("a.txt");
  EXPECT_EQ(Paths(CollectInputs({root_.string()})), std::vector<std::string>{P("a.txt")});
  EXPECT_EQ(Paths(CollectInputs({P(".draft.txt")})), std::vector<std::string>{P(".draft.txt")});
}

TEST_F(InputCollectorTest, IgnoreHookPrunesFilesAndDirectories) {
  Touch("keep.txt");
  Touch("skip.txt");
  Touch("vendor/a.txt");
  CollectOptions options;
  options.ignore = [](const fs::path& path) {
    return path.filename() == "skip.txt" || path.filename() == "vendor";
  };
  EXPECT_EQ(Paths(CollectInputs({root_.string()}, options)),
            std::vector<std::string>{P("keep.txt")});
}

TEST_F(InputCollectorTest, WalksTakeTextMarkdownAndHtml) {
  Touch("a.txt");
  Touch("b.md");
  Touch("c.markdown");
  Touch("d.html");
  Touch("e.HTM");
  Touch("f.json");
  Touch("g.mdx");
  Touch("h");
  std::vector<std::string> expected = {P("a.txt"), P("b.md"), P("c.markdown"), P("d.html"),
                                       P("e.HTM")};
  EXPECT_EQ(Paths(CollectInputs({root_.string()})), expected);
}

TEST_F(InputCollectorTest, ChooseHookTakesLeavesOutAndCounts) {
  Touch("keep.txt");
  Touch("skip.md");
  Touch("feed.json");
  Touch("other.json");
  Touch("vendor/a.txt");
  Touch("vendor/b.txt");
  CollectOptions options;
  options.choose = [](const fs::path& path, bool is_directory) {
    if (path.filename() == "vendor") {
      EXPECT_TRUE(is_directory);
      return WalkChoice::kLeaveOut;
    }
    if (path.filename() == "skip.md") return WalkChoice::kLeaveOut;
    if (path.filename() == "feed.json") return WalkChoice::kTake;
    return WalkChoice::kByExtension;
  };
  CollectStats stats;
  std::vector<std::string> expected = {P("feed.json"), P("keep.txt")};
  EXPECT_EQ(Paths(CollectInputs({root_.string()}, options, &stats)), expected);
  EXPECT_EQ(stats.files_left_out, 1u);
  EXPECT_EQ(stats.directories_left_out, 1u);
  EXPECT_EQ(stats.directories_walked, 1u);
}

TEST_F(InputCollectorTest, AnEmptyWalkCollectsNothing) {
  Touch("data.json");
  CollectStats stats;
  EXPECT_TRUE(CollectInputs({root_.string()}, {}, &stats).empty());
  EXPECT_EQ(stats.files_left_out, 0u);
}

TEST_F(InputCollectorTest, SymlinkedDirectoriesAreNotFollowed) {
  Touch("a/x.txt");
  fs::create_directory_symlink(root_ / "a", root_ / "a" / "loop");
  EXPECT_EQ(Paths(CollectInputs({root_.string()})), std::vector<std::string>{P("a/x.txt")});
}

}  // namespace
}  // namespace qa
