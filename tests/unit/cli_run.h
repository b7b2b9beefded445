// The harness of the end-to-end tests that run QA_BINARY, the binary users
// run: a scratch folder per test, and a Run that gives back the exit code and
// both output streams. Only for quoteaudit_tests, which defines QA_BINARY.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "test_files.h"

namespace qa::test_files {

// What one run of the binary gave.
struct RunResult {
  int exit_code = -1;  // -1 when it did not exit normally
  std::string out;     // standard output
  std::string err;     // standard error
};

// Where and how RunQuoteaudit runs the binary. (The {} keep GCC's
// -Wmissing-field-initializers quiet on designated initializers.)
struct RunSetup {
  std::filesystem::path cwd{};   // the working directory
  std::filesystem::path logs{};  // the folder that gets out.log and err.log
  // Standard input; a relative path is relative to cwd.
  std::string stdin_file = "/dev/null";
  // Shell words put before the binary, such as "NAME=value " to set an
  // environment variable; ends with a space when not empty.
  std::string prefix{};
};

// Runs `cd CWD && PREFIX QA_BINARY ARGUMENTS < STDIN > LOGS/out.log
// 2> LOGS/err.log` through /bin/sh. `arguments` are shell words, quoted as
// on a command line.
inline RunResult RunQuoteaudit(const std::string& arguments, const RunSetup& setup) {
  const std::filesystem::path out = setup.logs / "out.log";
  const std::filesystem::path err = setup.logs / "err.log";
  std::string command = "cd " + ShellQuote(setup.cwd.string()) + " && " + setup.prefix +
                        ShellQuote(QA_BINARY) + " " + arguments + " < " +
                        ShellQuote(setup.stdin_file) + " > " + ShellQuote(out.string()) + " 2> " +
                        ShellQuote(err.string());
  RunResult result;
  result.exit_code = ExitCode(std::system(command.c_str()));
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

// A new empty folder qa_NAME_PID under the temporary directory (emptied
// first if a crashed run left it), so that test processes running at the
// same time never share one.
inline std::filesystem::path FreshTempDir(const std::string& name) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("qa_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Fixture of the tests that run the binary: dir_ is a scratch folder of this
// test alone, made in SetUp and removed, with everything in it, in TearDown.
class QuoteauditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(test->test_suite_name()) + "_" + test->name();
    std::replace(name.begin(), name.end(), '/', '_');  // parameterized tests
    dir_ = FreshTempDir(name);
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  // Writes `bytes` to dir_/`name`, making its folders; returns its path.
  std::string Write(const std::string& name, const std::string& bytes) {
    std::filesystem::path path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  // Runs the binary in dir_ with `arguments` (shell words) and `stdin_file`
  // as standard input; out.log and err.log stay in dir_.
  RunResult Run(const std::string& arguments, const std::string& stdin_file = "/dev/null") {
    return Run(arguments, RunSetup{.stdin_file = stdin_file});
  }
  // The same run set up otherwise; an empty cwd or logs means dir_.
  RunResult Run(const std::string& arguments, RunSetup setup) {
    if (setup.cwd.empty()) setup.cwd = dir_;
    if (setup.logs.empty()) setup.logs = dir_;
    return RunQuoteaudit(arguments, setup);
  }

  std::filesystem::path dir_;
};

}  // namespace qa::test_files
