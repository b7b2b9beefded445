// --format NAME[:FILE], repeatable: one run writes several reports, each
// whole or not at all. Runs QA_BINARY, the binary users run.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test_files::ReadFile;

constexpr const char* kArticle =
    "Ferry fares rise\n\n"
    "\"Nobody asked the islanders,\" a passenger complained on the quay.\n\n"
    "Observers said the rise would hit commuters hardest.\n";

class CliOutputsTest : public test_files::QuoteauditTest {
 protected:
  void SetUp() override {
    QuoteauditTest::SetUp();
    Write("story.txt", kArticle);
  }

  // Returns the exit code; Out() and Err() are what the last run printed.
  int Run(const std::string& arguments) {
    last_ = QuoteauditTest::Run(arguments);
    return last_.exit_code;
  }
  std::string Out() { return last_.out; }
  std::string Err() { return last_.err; }

  test_files::RunResult last_;
};

TEST_F(CliOutputsTest, OneRunWritesAFileAndStandardOutput) {
  EXPECT_EQ(Run("check --fail-level none --format json:report.json --format text story.txt"), 0)
      << Err();
  json report = json::parse(ReadFile(dir_ / "report.json"), nullptr, false);
  ASSERT_FALSE(report.is_discarded());
  EXPECT_EQ(report["files"][0]["path"], "story.txt");
  size_t findings = report["files"][0]["findings"].size();
  EXPECT_GT(findings, 0u);
  // The text report on standard output lists the same findings.
  std::string out = Out();
  size_t lines = 0;
  for (size_t at = out.find("story.txt:"); at != std::string::npos;
       at = out.find("story.txt:", at + 1)) {
    ++lines;
  }
  EXPECT_EQ(lines, findings) << out;
}

TEST_F(CliOutputsTest, TwoFormatsOnStandardOutputIsAUsageError) {
  EXPECT_EQ(Run("check --format json --format text story.txt"), 2);
  EXPECT_NE(Err().find("standard output"), std::string::npos) << Err();
  EXPECT_EQ(Out(), "");
}

TEST_F(CliOutputsTest, AnUnknownFormatNamesTheKnownOnes) {
  EXPECT_EQ(Run("check --format xml:out.xml story.txt"), 2);
  EXPECT_NE(Err().find("unknown format 'xml'"), std::string::npos) << Err();
  EXPECT_NE(Err().find("json"), std::string::npos) << Err();
}

TEST_F(CliOutputsTest, AnUnwritableFileStopsTheRunBeforeAnythingIsWritten) {
  EXPECT_EQ(Run("check --format json:missing/report.json --format text story.txt"), 2);
  EXPECT_NE(Err().find("cannot write missing/report.json"), std::string::npos) << Err();
  EXPECT_EQ(Out(), "");
}

TEST_F(CliOutputsTest, ARunThatStopsEarlyLeavesNoPartialFile) {
  // A rule error stops the run before any input is audited.
  std::ofstream(dir_ / "bad.json") << "{ not json";
  EXPECT_EQ(Run("check --rules bad.json --format json:report.json story.txt"), 2);
  EXPECT_FALSE(fs::exists(dir_ / "report.json"));
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

}  // namespace
}  // namespace qa
