// Which .quoteaudit.json applies: the nearest one walking up from the input's
// folder, --config FILE for everything, or none with --no-config.
#include "config/config_discovery.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "config/config_resolver.h"
#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

class ConfigDiscoveryTest : public ::testing::Test {
 protected:
  void SetUp() override { cwd_ = fs::current_path(); }
  void TearDown() override { fs::current_path(cwd_); }
  std::string Write(const std::string& relative, const std::string& text) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  std::string P(const std::string& relative) const { return (root_ / relative).string(); }

  test_files::TestFolder folder_{"qa_config_find_"};
  fs::path root_ = folder_.path();
  fs::path cwd_;
};

TEST_F(ConfigDiscoveryTest, NearestConfigWalkingUpWins) {
  Write("site/.quoteaudit.json", "{}");
  Write("site/desk/.quoteaudit.json", "{}");
  Write("site/desk/story.txt", "text\n");
  Write("site/news/2024/story.txt", "text\n");
  EXPECT_EQ(FindConfigFor(P("site/desk/story.txt")), P("site/desk/.quoteaudit.json"));
  EXPECT_EQ(FindConfigFor(P("site/news/2024/story.txt")), P("site/.quoteaudit.json"));
  // A directory argument starts at the directory itself.
  EXPECT_EQ(FindConfigFor(P("site/desk")), P("site/desk/.quoteaudit.json"));
  EXPECT_EQ(FindConfigFor(P("site/news")), P("site/.quoteaudit.json"));
}

TEST_F(ConfigDiscoveryTest, NoConfigAnywhereGivesNothing) {
  Write("plain/story.txt", "text\n");
  // Nothing above the temp directory should have one either.
  ASSERT_FALSE(FindConfigFrom(fs::temp_directory_path()).has_value());
  EXPECT_FALSE(FindConfigFor(P("plain/story.txt")).has_value());
}

TEST_F(ConfigDiscoveryTest, ADirectoryNamedLikeTheConfigIsSkipped) {
  Write("site/.quoteaudit.json", "{}");
  fs::create_directories(root_ / "site/inner/.quoteaudit.json");
  Write("site/inner/story.txt", "text\n");
  EXPECT_EQ(FindConfigFor(P("site/inner/story.txt")), P("site/.quoteaudit.json"));
}

TEST_F(ConfigDiscoveryTest, StandardInputStartsInTheCurrentDirectory) {
  Write("site/.quoteaudit.json", "{}");
  fs::create_directories(root_ / "site/desk");
  fs::current_path(root_ / "site/desk");
  // Below the current directory paths are shown relative; above, absolute.
  EXPECT_EQ(FindConfigFor("-"), P("site/.quoteaudit.json"));
  fs::current_path(root_);
  EXPECT_EQ(FindConfigFor("-"), std::nullopt);
  EXPECT_EQ(FindConfigFor("site/desk/x.txt"), "site/.quoteaudit.json");
}

TEST_F(ConfigDiscoveryTest, ResolverLoadsEachConfigOnce) {
  Write("site/.quoteaudit.json", R"({"min_level": "warning"})");
  Write("site/a/one.txt", "text\n");
  Write("site/b/two.txt", "text\n");
  ConfigResolver resolver(ConfigMode::kDiscover);
  const Config* one = resolver.ForInput(P("site/a/one.txt"));
  const Config* two = resolver.ForInput(P("site/b/two.txt"));
  ASSERT_NE(one, nullptr);
  EXPECT_EQ(one, two);  // the same object: engines can be cached by it
  EXPECT_EQ(one->min_level, Severity::kWarning);
  EXPECT_TRUE(resolver.errors().empty());
}

// Files of a walk, asked about one after another (is_file): each gets its own
// folder's config whatever was asked before, and a name that normalising
// folds into the folder ("..") is never taken for a file in it.
TEST_F(ConfigDiscoveryTest, FilesAskedInTurnGetTheirOwnFoldersConfig) {
  Write("site/.quoteaudit.json", "{}");
  Write("site/desk/.quoteaudit.json", "{}");
  ConfigResolver resolver(ConfigMode::kDiscover, "");
  const Config* site = resolver.ForInput(P("site/a.txt"), /*is_file=*/true);
  const Config* desk = resolver.ForInput(P("site/desk/b.txt"), /*is_file=*/true);
  ASSERT_NE(site, nullptr);
  ASSERT_NE(desk, nullptr);
  EXPECT_NE(site, desk);
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(resolver.ForInput(P("site/desk/c.txt"), true), desk);
    EXPECT_EQ(resolver.ForInput(P("site/desk/d.txt"), true), desk);
    // "site/desk/.." is site itself, whose parent holds no config.
    EXPECT_EQ(resolver.ForInput(P("site/desk/.."), true), nullptr);
    EXPECT_EQ(resolver.ForInput(P("site/desk/sub/../e.txt"), true), desk);
    EXPECT_EQ(resolver.ForInput(P("site/e.txt"), true), site);
    EXPECT_EQ(resolver.ForInput(P("site/f.txt"), true), site);
    EXPECT_EQ(resolver.ForInput(P("site/desk/../g.txt"), true), site);
  }
}

TEST_F(ConfigDiscoveryTest, ExplicitConfigFileOverridesDiscovery) {
  Write("site/.quoteaudit.json", R"({"min_level": "warning"})");
  std::string chosen = Write("elsewhere/strict.json", R"({"min_level": "error"})");
  Write("site/story.txt", "text\n");
  ConfigResolver resolver(ConfigMode::kFile, chosen);
  const Config* config = resolver.ForInput(P("site/story.txt"));
  ASSERT_NE(config, nullptr);
  EXPECT_EQ(config->min_level, Severity::kError);
  EXPECT_EQ(resolver.ForInput("-"), config);
}

TEST_F(ConfigDiscoveryTest, NoConfigModeIgnoresConfigFiles) {
  Write("site/.quoteaudit.json", R"({"min_level": "warning"})");
  Write("site/story.txt", "text\n");
  ConfigResolver resolver(ConfigMode::kNone);
  EXPECT_EQ(resolver.ForInput(P("site/story.txt")), nullptr);
  EXPECT_TRUE(resolver.errors().empty());
}

TEST_F(ConfigDiscoveryTest, BrokenConfigIsReportedOnceAndKeepsItsGoodParts) {
  Write("site/.quoteaudit.json", R"({"min_lvl": "warning", "fail_level": "info"})");
  Write("site/a.txt", "text\n");
  Write("site/b.txt", "text\n");
  ConfigResolver resolver(ConfigMode::kDiscover);
  const Config* config = resolver.ForInput(P("site/a.txt"));
  ASSERT_NE(config, nullptr);
  EXPECT_EQ(resolver.ForInput(P("site/b.txt")), config);
  EXPECT_EQ(config->fail_level, Severity::kInfo);
  ASSERT_EQ(resolver.errors().size(), 1u);
  EXPECT_EQ(resolver.errors()[0].ToString(),
            P("site/.quoteaudit.json") + ": /min_lvl: unknown key (did you mean \"min_level\"?)");
}

TEST_F(ConfigDiscoveryTest, MissingExplicitConfigIsAnError) {
  ConfigResolver resolver(ConfigMode::kFile, P("nope.json"));
  resolver.ForInput("-");
  ASSERT_EQ(resolver.errors().size(), 1u);
  EXPECT_EQ(resolver.errors()[0].ToString(), P("nope.json") + ": no such config file");
}

}  // namespace
}  // namespace qa
