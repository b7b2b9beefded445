// .quoteauditignore files and a config's "ignore" list applied to a real
// directory walk (CollectInputs with the ignore hook).
#include "config/ignore_filter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/config_engines.h"
#include "config/config_resolver.h"
#include "io/input_collector.h"
#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

class IgnoreFilterTest : public ::testing::Test {
 protected:
  void Write(const std::string& relative, const std::string& text = "Some copy.\n") {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }

  // The walked files, relative to root_, with the ignore filter in place.
  std::vector<std::string> Walk(const std::vector<std::string>& arguments,
                                ConfigMode mode = ConfigMode::kDiscover) {
    ConfigResolver configs(mode);
    IgnoreFilter filter(&configs);
    CollectOptions options;
    options.ignore = [&filter](const fs::path& path) { return filter.Ignored(path); };
    std::vector<std::string> out;
    for (const CollectedInput& input : CollectInputs(arguments, options)) {
      out.push_back(fs::path(input.path).lexically_relative(root_).generic_string());
    }
    errors_ = filter.errors();
    errors_.insert(errors_.end(), configs.errors().begin(), configs.errors().end());
    return out;
  }
  std::vector<std::string> WalkRoot() { return Walk({root_.string()}); }

  // The same through IgnoreFilter::Choose, with a default skip list and
  // command-line include and exclude patterns (relative to root_).
  std::vector<std::string> Choose(const std::vector<std::string>& defaults,
                                  const std::vector<std::string>& include = {},
                                  const std::vector<std::string>& exclude = {},
                                  std::string walked = "") {
    ConfigResolver configs(ConfigMode::kDiscover);
    IgnoreFilter filter(&configs);
    std::vector<RuleError> errors;
    std::shared_ptr<const IgnoreRules> skip =
        IgnoreRules::Parse(defaults, "defaults", "", &errors, /*ignore_case=*/true);
    filter.set_defaults([&skip](const fs::path&) { return skip.get(); });
    filter.set_command_line(IgnoreRules::Parse(include, "--include", "", &errors),
                            IgnoreRules::Parse(exclude, "--exclude", "", &errors), root_);
    CollectOptions options;
    options.choose = [&filter](const fs::path& path, bool is_directory) {
      return ToWalkChoice(filter.Choose(path, is_directory));
    };
    std::vector<std::string> out;
    for (const CollectedInput& input : CollectInputs({(root_ / walked).string()}, options)) {
      out.push_back(fs::path(input.path).lexically_relative(root_).generic_string());
    }
    errors_ = filter.errors();
    errors_.insert(errors_.end(), errors.begin(), errors.end());
    return out;
  }

  test_files::TestFolder folder_{"qa_ignore_"};
  fs::path root_ = folder_.path();
  std::vector<RuleError> errors_;
};

using Files = std::vector<std::string>;

TEST_F(IgnoreFilterTest, WithoutIgnoreFilesEverythingIsWalked) {
  Write("a.txt");
  Write("news/b.txt");
  EXPECT_EQ(WalkRoot(), (Files{"a.txt", "news/b.txt"}));
}

TEST_F(IgnoreFilterTest, IgnoreFileInTheWalkedDirectory) {
  Write(".quoteauditignore", "*.draft.txt\nproofs/\n");
  Write("story.txt");
  Write("story.draft.txt");
  Write("news/other.draft.txt");
  Write("proofs/page1.txt");
  EXPECT_EQ(WalkRoot(), (Files{"story.txt"}));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(IgnoreFilterTest, PatternsAreRelativeToTheirOwnDirectory) {
  Write("news/.quoteauditignore", "/index.txt\n");
  Write("index.txt");
  Write("news/index.txt");
  Write("news/sub/index.txt");
  EXPECT_EQ(WalkRoot(), (Files{"index.txt", "news/sub/index.txt"}));
}

TEST_F(IgnoreFilterTest, DeeperIgnoreFileCanReinclude) {
  Write(".quoteauditignore", "*.draft.txt\n");
  Write("desk/.quoteauditignore", "!ready.draft.txt\n");
  Write("desk/ready.draft.txt");
  Write("desk/rough.draft.txt");
  Write("ready.draft.txt");
  EXPECT_EQ(WalkRoot(), (Files{"desk/ready.draft.txt"}));
}

TEST_F(IgnoreFilterTest, FilesInsideAnIgnoredDirectoryCannotBeReincluded) {
  Write(".quoteauditignore", "archive/\n!archive/keep.txt\n");
  Write("archive/keep.txt");
  Write("live.txt");
  EXPECT_EQ(WalkRoot(), (Files{"live.txt"}));
}

TEST_F(IgnoreFilterTest, IgnoreFilesAboveTheWalkedDirectoryApply) {
  Write(".quoteauditignore", "*.draft.txt\n");
  Write("news/a.txt");
  Write("news/a.draft.txt");
  EXPECT_EQ(Walk({(root_ / "news").string()}), (Files{"news/a.txt"}));
}

TEST_F(IgnoreFilterTest, AnEntrysVerdictIsItsOwnFoldersHoweverThePathIsSpelled) {
  // The filter remembers the folder it was asked about last: asked about
  // entries of two folders in turn, each folder spelled several ways, each
  // entry still gets its own folder's verdict.
  Write("news/.quoteauditignore", "*.draft.txt\n");
  Write("news/a.draft.txt");
  Write("desk/a.draft.txt");
  ConfigResolver configs(ConfigMode::kNone);
  IgnoreFilter filter(&configs);
  const std::string root = root_.string();
  EXPECT_TRUE(filter.Ignored(root + "/news/a.draft.txt"));
  EXPECT_FALSE(filter.Ignored(root + "/desk/a.draft.txt"));
  EXPECT_TRUE(filter.Ignored(root + "/desk/../news/a.draft.txt"));
  EXPECT_FALSE(filter.Ignored(root + "/news/../desk/a.draft.txt"));
  EXPECT_TRUE(filter.Ignored(root + "/news//a.draft.txt"));
  EXPECT_TRUE(filter.Ignored(root + "/./news/./a.draft.txt"));
  EXPECT_FALSE(filter.Ignored(root + "/news/a.draft.txt/.."));  // the folder itself
  EXPECT_FALSE(filter.Ignored(root + "/desk/a.draft.txt"));
}

TEST_F(IgnoreFilterTest, ExplicitlyNamedFilesAreAuditedEvenIfIgnored) {
  Write(".quoteauditignore", "*.draft.txt\narchive/\n");
  Write("a.draft.txt");
  Write("archive/old.txt");
  EXPECT_EQ(Walk({(root_ / "a.draft.txt").string()}), (Files{"a.draft.txt"}));
  // A named directory is walked; the patterns still apply inside it.
  Write("archive/old.draft.txt");
  EXPECT_EQ(Walk({(root_ / "archive").string()}), (Files{"archive/old.txt"}));
}

TEST_F(IgnoreFilterTest, ConfigIgnoreListApplies) {
  Write(".quoteaudit.json", R"({"ignore": ["syndicated/", "*.wire.txt"]})");
  Write("syndicated/feed.txt");
  Write("local.wire.txt");
  Write("local.txt");
  EXPECT_EQ(WalkRoot(), (Files{"local.txt"}));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(IgnoreFilterTest, IgnoreFileOverridesTheConfigList) {
  Write(".quoteaudit.json", R"({"ignore": ["*.wire.txt"]})");
  Write("desk/.quoteauditignore", "!*.wire.txt\n");
  Write("desk/local.wire.txt");
  Write("other.wire.txt");
  EXPECT_EQ(WalkRoot(), (Files{"desk/local.wire.txt"}));
}

TEST_F(IgnoreFilterTest, NoConfigModeStillReadsIgnoreFiles) {
  Write(".quoteaudit.json", R"({"ignore": ["*.wire.txt"]})");
  Write(".quoteauditignore", "*.draft.txt\n");
  Write("a.wire.txt");
  Write("b.draft.txt");
  EXPECT_EQ(Walk({root_.string()}, ConfigMode::kNone), (Files{"a.wire.txt"}));
}

TEST_F(IgnoreFilterTest, ANestedConfigsListAppliesBelowIt) {
  Write(".quoteaudit.json", R"({"ignore": ["*.wire.txt"]})");
  Write("desk/.quoteaudit.json", R"({"ignore": ["*.memo.txt"]})");
  Write("desk/a.wire.txt");  // the nearer config replaces the outer one
  Write("desk/b.memo.txt");
  Write("c.wire.txt");
  Write("d.memo.txt");
  EXPECT_EQ(WalkRoot(), (Files{"d.memo.txt", "desk/a.wire.txt"}));
}

TEST_F(IgnoreFilterTest, BadPatternInAnIgnoreFileIsReported) {
  Write("news/.quoteauditignore", "ok.txt\n[z-a]\n");
  Write("news/a.txt");
  Walk({root_.string()});
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].line, 2u);
  EXPECT_NE(errors_[0].file.find("news/.quoteauditignore"), std::string::npos);
}

TEST_F(IgnoreFilterTest, GitignoreFilesApplyInsideAGitWorkTree) {
  fs::create_directories(root_ / ".git" / "info");
  Write(".git/info/exclude", "private.txt\n");
  Write(".gitignore", "drafts/\n*.tmp.md\n!keep.tmp.md\n");
  Write("desk/.gitignore", "/local.txt\n");
  Write("story.md");
  Write("scratch.tmp.md");
  Write("keep.tmp.md");
  Write("drafts/early.txt");
  Write("desk/drafts/early.txt");
  Write("desk/local.txt");
  Write("desk/sub/local.txt");
  Write("local.txt");
  Write("private.txt");
  Write("desk/private.txt");
  EXPECT_EQ(WalkRoot(), (Files{"desk/sub/local.txt", "keep.tmp.md", "local.txt", "story.md"}));
  // Walking a folder below the root still reads the root's .gitignore.
  EXPECT_EQ(Walk({(root_ / "desk").string()}), (Files{"desk/sub/local.txt"}));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(IgnoreFilterTest, GitignoreIsNotReadOutsideAGitWorkTree) {
  Write(".gitignore", "*.txt\n");
  Write("story.txt");
  EXPECT_EQ(WalkRoot(), (Files{"story.txt"}));
}

TEST_F(IgnoreFilterTest, AGitFileLeadsToTheSharedInfoExclude) {
  // A linked work tree: ".git" names its git directory, which names the shared one.
  Write("repo.git/worktrees/wt/commondir", "../..\n");
  Write("repo.git/info/exclude", "secret.txt\n");
  Write("wt/.git", "gitdir: " + (root_ / "repo.git/worktrees/wt").string() + "\n");
  Write("wt/secret.txt");
  Write("wt/open.txt");
  EXPECT_EQ(Walk({(root_ / "wt").string()}), (Files{"wt/open.txt"}));
}

TEST_F(IgnoreFilterTest, QuoteauditignoreOverridesGitignore) {
  fs::create_directories(root_ / ".git");
  Write(".gitignore", "*.txt\n");
  Write(".quoteauditignore", "!wanted.txt\n");
  Write("wanted.txt");
  Write("other.txt");
  EXPECT_EQ(WalkRoot(), (Files{"wanted.txt"}));
}

const std::vector<std::string> kSkip = {"README", "README.*", "node_modules/", "public/"};

TEST_F(IgnoreFilterTest, DefaultSkipListMatchesNamesWhateverTheCase) {
  Write("README.md");
  Write("desk/readme.txt");
  Write("node_modules/pkg/notes.md");
  Write("public/index.html");
  Write("site/public/page.html");
  Write("story.md");
  Write("publicity.txt");
  EXPECT_EQ(Choose(kSkip), (Files{"publicity.txt", "story.md"}));
}

TEST_F(IgnoreFilterTest, IncludeTakesWhatTheDefaultsOrExtensionsLeaveOut) {
  Write("README.md");
  Write("feed.json");
  Write("notes.csv");
  Write("story.txt");
  EXPECT_EQ(Choose(kSkip, {"README.md", "*.json"}), (Files{"README.md", "feed.json", "story.txt"}));
}

TEST_F(IgnoreFilterTest, IncludeOfAFolderTheDefaultsSkip) {
  Write("public/index.html");
  Write("public/list.txt");
  Write("public/deep/more.html");
  EXPECT_EQ(Choose(kSkip, {"public/"}),
            (Files{"public/deep/more.html", "public/index.html", "public/list.txt"}));
  // A pattern for files inside: only those are taken from the skipped folder.
  EXPECT_EQ(Choose(kSkip, {"public/**/*.html"}),
            (Files{"public/deep/more.html", "public/index.html"}));
}

TEST_F(IgnoreFilterTest, IncludeDoesNotOverrideIgnoreFiles) {
  Write(".quoteauditignore", "old/\n");
  Write("old/story.txt");
  Write("new.txt");
  EXPECT_EQ(Choose(kSkip, {"old/"}), (Files{"new.txt"}));
}

TEST_F(IgnoreFilterTest, ExcludeWinsOverInclude) {
  Write("a.txt");
  Write("b.draft.txt");
  Write("wire/c.txt");
  Write("README.md");
  EXPECT_EQ(Choose(kSkip, {"README.md"}, {"*.draft.txt", "wire/", "README.md"}), (Files{"a.txt"}));
}

}  // namespace
}  // namespace qa
