// The verify fixtures (fixtures/verify/<case>/): each case's article.txt is
// verified against its sources/ folder, as an editor would run it from the
// repository root, and the report must be exactly article.verify. Rewrite a
// golden after a deliberate change with
//   build/quoteaudit verify fixtures/verify/CASE/article.txt
//     --source fixtures/verify/CASE/sources --no-summary > fixtures/verify/CASE/article.verify
// (one command line)
// and read the diff before committing it.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_run.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using test_files::ReadFile;
using test_files::RunResult;

std::vector<std::string> VerifyCases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(QA_SOURCE_DIR) / "fixtures/verify")) {
    if (fs::is_regular_file(entry.path() / "article.verify")) {
      cases.push_back(entry.path().filename().string());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

class VerifyFixtureTest : public test_files::QuoteauditTest,
                          public ::testing::WithParamInterface<std::string> {};

TEST_P(VerifyFixtureTest, ReportIsTheGolden) {
  const std::string folder = "fixtures/verify/" + GetParam();
  RunResult result =
      Run("verify " + folder + "/article.txt --source " + folder + "/sources --no-summary",
          test_files::RunSetup{.cwd = QA_SOURCE_DIR});
  EXPECT_EQ(result.err, "");
  // Warnings do not reach the default --fail-level (error).
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, ReadFile(fs::path(QA_SOURCE_DIR) / folder / "article.verify"))
      << "verify output differs for " << folder;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, VerifyFixtureTest, ::testing::ValuesIn(VerifyCases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

// The cases cover every legitimate edit silently and every finding.
TEST(VerifyFixtureSetTest, EveryRuleFiresAndTheLegitimateEditsStaySilent) {
  const fs::path root = fs::path(QA_SOURCE_DIR) / "fixtures/verify";
  std::string silent = ReadFile(root / "legitimate-edits/article.verify");
  EXPECT_EQ(silent, "");
  std::string all;
  for (const std::string& name : VerifyCases()) all += ReadFile(root / name / "article.verify");
  for (const char* rule : {"[misquote]", "[misattributed-quote]", "[unverified-quote]"}) {
    EXPECT_NE(all.find(rule), std::string::npos) << rule;
  }
}

}  // namespace
}  // namespace qa
