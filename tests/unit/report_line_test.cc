// The `line` format: one compiler-style line per finding and nothing else.
#include <gtest/gtest.h>

#include <string>

#include "report/line_reporter.h"
#include "report_test_data.h"

namespace qa {
namespace {

TEST(LineReporterTest, OneLinePerFindingAndProblemNothingElse) {
  testing::SampleRun run;
  std::vector<InputProblem> ignored = {{"invalid UTF-8 at byte 14; the byte is ignored", 14}};
  run.files[2].problems = ignored;
  EXPECT_EQ(testing::RunFormat("line", run.files),
            "news/harbour.txt:5:1: warning: vague source [vague-source]\n"
            "news/harbour.txt:5:23: error: quote has no source [unattributed-quote]\n"
            "missing.txt:1:1: error: no such file or directory [input]\n"
            "news/clean.txt:3:1: warning: invalid UTF-8 at byte 14; the byte is ignored [input]\n");
}

TEST(LineReporterTest, AMessageWithLineBreaksStaysOneLine) {
  EXPECT_EQ(CompilerStyleLine("a b,c:d.txt", {4, 2}, "info", "first\nsecond\r\tthird", "r"),
            "a b,c:d.txt:4:2: info: first second  third [r]");
}

TEST(LineReporterTest, EmptyRunPrintsNothing) { EXPECT_EQ(testing::RunFormat("line", {}), ""); }

}  // namespace
}  // namespace qa
