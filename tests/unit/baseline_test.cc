// The baseline file (cli/baseline.h): what it accepts, what it refuses, and
// how it names files so the same baseline works however a path is given.
#include "cli/baseline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using test_files::ReadFile;

class BaselineTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(dir_ / "news"); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }

  test_files::TestFolder folder_{"qa_baseline_"};
  fs::path dir_ = folder_.path();
};

Finding MakeFinding(std::string rule, std::string fingerprint) {
  Finding finding;
  finding.rule = std::move(rule);
  finding.fingerprint = std::move(fingerprint);
  return finding;
}

TEST_F(BaselineTest, AMissingFileIsAnErrorNamingIt) {
  std::string error;
  std::string path = (dir_ / "qa-baseline").string();
  EXPECT_FALSE(Baseline::Load(path, &error).has_value());
  EXPECT_NE(error.find(path + " does not exist"), std::string::npos) << error;
  EXPECT_NE(error.find("--update-baseline"), std::string::npos) << error;
}

TEST_F(BaselineTest, AMalformedLineIsAnErrorNamingFileAndLine) {
  std::string path = Write("qa-baseline",
                           "# comment\n"
                           "news/a.txt\tvague-source\t0123456789abcdef:1\tExperts said\n"
                           "\n"
                           "news/a.txt\tvague-source\tnot-a-fingerprint\tObservers said\n");
  std::string error;
  EXPECT_FALSE(Baseline::Load(path, &error).has_value());
  EXPECT_NE(error.find(path + ":4: not a baseline entry"), std::string::npos) << error;

  for (const char* line : {"news/a.txt vague-source 0123456789abcdef:1\n",    // spaces, not tabs
                           "news/a.txt\tvague-source\n",                      // too few fields
                           "news/a.txt\tvague-source\t0123456789ABCDEF:1\n",  // upper case
                           "news/a.txt\tvague-source\t0123456789abcdef:\n",   // no occurrence
                           "\tvague-source\t0123456789abcdef:1\n"}) {         // no path
    Write("bad", line);
    EXPECT_FALSE(Baseline::Load((dir_ / "bad").string(), &error).has_value()) << line;
  }
}

TEST_F(BaselineTest, WrittenEntriesAreSortedAndReadBack) {
  std::set<BaselineEntry> entries = {
      {"news/b.txt", "vague-source", "00000000000000aa:1", "Observers said"},
      {"news/a b.txt", "unattributed-quote", "00000000000000bb:2", "\"Nobody asked us.\""},
      {"news/a b.txt", "unattributed-quote", "00000000000000bb:1", "\"Nobody asked us.\""},
      {"odd\tname\\.txt", "duplicate-text", "00000000000000cc:1", "A caption"},
  };
  std::string path = (dir_ / "qa-baseline").string();
  std::string error;
  ASSERT_TRUE(WriteBaseline(path, entries, &error)) << error;
  std::string text = ReadFile(path);
  EXPECT_EQ(text.substr(text.find('\n') + 1),
            "news/a b.txt\tunattributed-quote\t00000000000000bb:1\t\"Nobody asked us.\"\n"
            "news/a b.txt\tunattributed-quote\t00000000000000bb:2\t\"Nobody asked us.\"\n"
            "news/b.txt\tvague-source\t00000000000000aa:1\tObservers said\n"
            "odd\\tname\\\\.txt\tduplicate-text\t00000000000000cc:1\tA caption\n");
  EXPECT_EQ(text[0], '#');

  std::optional<Baseline> read = Baseline::Load(path, &error);
  ASSERT_TRUE(read.has_value()) << error;
  EXPECT_EQ(read->entries().size(), 4u);
  EXPECT_TRUE(
      read->Contains("odd\tname\\.txt", MakeFinding("duplicate-text", "00000000000000cc:1")));
  EXPECT_TRUE(
      read->Contains("news/a b.txt", MakeFinding("unattributed-quote", "00000000000000bb:2")));
  // Another occurrence, rule or file is another finding.
  EXPECT_FALSE(
      read->Contains("news/a b.txt", MakeFinding("unattributed-quote", "00000000000000bb:3")));
  EXPECT_FALSE(read->Contains("news/a b.txt", MakeFinding("vague-source", "00000000000000bb:1")));
  EXPECT_FALSE(
      read->Contains("news/b b.txt", MakeFinding("unattributed-quote", "00000000000000bb:1")));
}

TEST_F(BaselineTest, TheExcerptIsNotMatchedAndCrLfLinesAreRead) {
  std::string path = Write("qa-baseline",
                           "news/a.txt\tvague-source\t0123456789abcdef:1\tedited by hand\r\n"
                           "news/a.txt\tvague-source\tfedcba9876543210:1\r\n");
  std::string error;
  std::optional<Baseline> read = Baseline::Load(path, &error);
  ASSERT_TRUE(read.has_value()) << error;
  EXPECT_TRUE(read->Contains("news/a.txt", MakeFinding("vague-source", "0123456789abcdef:1")));
  EXPECT_TRUE(read->Contains("news/a.txt", MakeFinding("vague-source", "fedcba9876543210:1")));
}

TEST_F(BaselineTest, PathsAreRelativeToTheBaselineFolderHoweverTheyAreGiven) {
  BaselinePaths paths(dir_ / "qa-baseline");
  std::string absolute = (dir_ / "news" / "a.txt").string();
  EXPECT_EQ(paths.For(absolute), "news/a.txt");
  EXPECT_EQ(paths.For((dir_ / "." / "news" / ".." / "news" / "a.txt").string()), "news/a.txt");
  EXPECT_EQ(paths.For((dir_.parent_path() / "elsewhere.txt").string()), "../elsewhere.txt");
  EXPECT_EQ(paths.For("-"), "-");

  // Relative paths are read from the current directory.
  fs::path before = fs::current_path();
  fs::current_path(dir_ / "news");
  EXPECT_EQ(paths.For("a.txt"), "news/a.txt");
  EXPECT_EQ(paths.For("./a.txt"), "news/a.txt");
  fs::current_path(dir_);
  EXPECT_EQ(paths.For("./news/a.txt"), "news/a.txt");
  EXPECT_EQ(BaselinePaths("qa-baseline").For("news//a.txt"), "news/a.txt");
  fs::current_path(before);
}

}  // namespace
}  // namespace qa
