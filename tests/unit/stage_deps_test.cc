// Every #include in src/ must follow src/stage-deps.json (the table CMake also
// builds the link lines from), and the checker must catch a wrong include.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_files.h"

namespace qa {
namespace {

using test_files::RunCommand;
using test_files::ShellQuote;

namespace fs = std::filesystem;

const fs::path kSource = QA_SOURCE_DIR;

// Runs the checker on `src_dir` with the real table; returns its exit status.
// `minimal`: also fail on arrows the table lists but no include uses.
int CheckStageDeps(const fs::path& src_dir, std::string* output, bool minimal = false) {
  const std::string command = "python3 " +
                              ShellQuote((kSource / "tests/tools/check_stage_deps.py").string()) +
                              (minimal ? " --minimal " : " ") + ShellQuote(src_dir.string()) + " " +
                              ShellQuote((kSource / "src/stage-deps.json").string());
  return RunCommand(command, output);
}

// The table is true (every include follows it) and minimal (every arrow in it
// is used by some include).
TEST(StageDepsTest, EveryIncludeInSrcFollowsTheTable) {
  std::string output;
  const int status = CheckStageDeps(kSource / "src", &output, /*minimal=*/true);
  ASSERT_NE(status, 127) << "python3 is not installed\n" << output;
  EXPECT_EQ(status, 0) << output;
}

// A small tree holding wrong includes: the checker must fail and name each
// file and line.
class StageDepsCheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("qa_stage_deps_" +
             std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& relative, const std::string& text) {
    const fs::path path = root_ / "src" / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
  }

  fs::path root_;
};

TEST_F(StageDepsCheckerTest, AllowedIncludesPass) {
  Write("core/span.h", "#pragma once\n");
  Write("report/ok.cc", "#include \"report/ok.h\"\n#include \"core/span.h\"\n");
  Write("report/ok.h", "#pragma once\n#include <nlohmann/json.hpp>\n");
  std::string output;
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output), 0) << output;
}

TEST_F(StageDepsCheckerTest, ForbiddenStageIncludeFailsNamingFileAndLine) {
  Write("scan/scanner.h", "#pragma once\n");
  Write("report/wrong.cc",
        "// A reporter that reaches into the scanner.\n#include <string>\n"
        "#include \"scan/scanner.h\"\n");
  std::string output;
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output), 1) << output;
  EXPECT_NE(output.find("src/report/wrong.cc:3: report may not include scan/scanner.h"),
            std::string::npos)
      << output;
}

TEST_F(StageDepsCheckerTest, ChecksMayNotIncludeScan) {
  Write("scan/scanner.h", "#pragma once\n");
  Write("checks/x_check.h", "#pragma once\n#include \"scan/scanner.h\"\n");
  std::string output;
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output), 1) << output;
  EXPECT_NE(output.find("src/checks/x_check.h:2: checks may not include scan/scanner.h"),
            std::string::npos)
      << output;
}

// nlohmann/json stays at the edges: a check may not see it even through a
// rules/ header it is allowed to include.
TEST_F(StageDepsCheckerTest, JsonSeenThroughAnAllowedHeaderFails) {
  Write("rules/leaky.h", "#pragma once\n#include <nlohmann/json.hpp>\n");
  Write("checks/x_check.cc", "#include \"rules/leaky.h\"\n");
  Write("scan/direct.cc", "#include <vector>\n#include <nlohmann/json.hpp>\n");
  std::string output;
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output), 1) << output;
  EXPECT_NE(output.find("src/checks/x_check.cc:1: checks may not see <nlohmann/json.hpp> "
                        "(through rules/leaky.h)"),
            std::string::npos)
      << output;
  EXPECT_NE(output.find("src/scan/direct.cc:2: scan may not include <nlohmann/json.hpp>"),
            std::string::npos)
      << output;
}

TEST_F(StageDepsCheckerTest, AnArrowNothingUsesFailsWhenMinimal) {
  Write("core/span.h", "#pragma once\n");
  Write("report/lonely.cc", "#include <string>\n");
  std::string output;
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output), 0) << output;
  output.clear();
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output, /*minimal=*/true), 1) << output;
  EXPECT_NE(output.find("stage report lists core, which no file in src/report uses; drop it"),
            std::string::npos)
      << output;
}

TEST_F(StageDepsCheckerTest, UnknownStageFails) {
  Write("plugins/x.cc", "#include \"core/span.h\"\n");
  std::string output;
  EXPECT_EQ(CheckStageDeps(root_ / "src", &output), 1) << output;
  EXPECT_NE(output.find("src/plugins: stage plugins is not in the stage table"), std::string::npos)
      << output;
}

}  // namespace
}  // namespace qa
