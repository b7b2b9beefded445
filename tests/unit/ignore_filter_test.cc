// .quoteauditignore files and a config's "ignore" list applied to a real
// directory walk (CollectInputs with the ignore hook).
#include "config/ignore_filter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/config_resolver.h"
#include "io/input_collector.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

class IgnoreFilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("qa_ignore_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

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

  fs::path root_;
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

}  // namespace
}  // namespace qa
