// Report files are written whole or not at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/output_file.h"
#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class OutputFileTest : public ::testing::Test {
 protected:
  test_files::TestFolder folder_{"qa_output_"};
  fs::path dir_ = folder_.path();
};

TEST_F(OutputFileTest, CommitPutsTheWholeReportInPlace) {
  std::string error;
  fs::path target = dir_ / "report.sarif";
  auto file = OutputFile::Open(target.string(), &error);
  ASSERT_NE(file, nullptr) << error;
  file->stream() << "complete";
  EXPECT_FALSE(fs::exists(target));  // nothing at the target until the end
  ASSERT_TRUE(file->Commit(&error)) << error;
  EXPECT_EQ(Slurp(target), "complete");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(OutputFileTest, AnUncommittedReportLeavesTheOldFileAndNoTemporary) {
  fs::path target = dir_ / "report.json";
  std::ofstream(target) << "old";
  {
    std::string error;
    auto file = OutputFile::Open(target.string(), &error);
    ASSERT_NE(file, nullptr) << error;
    file->stream() << "half";
  }
  EXPECT_EQ(Slurp(target), "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(OutputFileTest, AMissingFolderIsAClearError) {
  std::string error;
  EXPECT_EQ(OutputFile::Open((dir_ / "no-such" / "x.json").string(), &error), nullptr);
  EXPECT_NE(error.find("cannot write"), std::string::npos);
  EXPECT_NE(error.find("no-such"), std::string::npos);
}

}  // namespace
}  // namespace qa
