// File and process helpers shared by the tests that read fixtures or run
// the quoteaudit binary and helper scripts.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace qa::test_files {

// A folder of one test's own under the system's temporary folder, named
// after `prefix`, the process and the test (so tests and parallel ctest
// processes never share one); emptied when the test starts and removed when
// it ends. A fixture holds one as a member.
class TestFolder {
 public:
  explicit TestFolder(const std::string& prefix)
      : path_(std::filesystem::temp_directory_path() /
              (prefix + std::to_string(::getpid()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TestFolder() {
    std::error_code ignored;  // a test that left it unremovable has failed already
    std::filesystem::remove_all(path_, ignored);
  }
  TestFolder(const TestFolder&) = delete;
  TestFolder& operator=(const TestFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The whole file as bytes; empty when it cannot be read.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// `arg` quoted for /bin/sh.
inline std::string ShellQuote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The exit status of a process from its std::system or pclose status; -1
// when it did not exit normally (a signal, or the shell could not run).
inline int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

// Runs a shell command, appending its output (stdout and stderr) to
// `output`; returns its exit status, or -1 when it did not exit normally.
inline int RunCommand(const std::string& command, std::string* output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, n);
  return ExitCode(pclose(pipe));
}

// The read-only material beside the repository (../shared: the PolNeAR
// corpora and the sample wire story). It is not part of the repository, so
// tests that read it skip where it is absent; CI has it and sets
// QA_REQUIRE_SHARED=1 (.ci/run), which turns that skip into a failure.
inline std::filesystem::path SharedDir() {
  return std::filesystem::path(QA_SOURCE_DIR) / ".." / "shared";
}

// True when QA_REQUIRE_SHARED=1: a missing ../shared is then an error.
inline bool SharedRequired() {
  const char* value = std::getenv("QA_REQUIRE_SHARED");
  return value != nullptr && std::string(value) == "1";
}

// The path, or why it cannot be used: empty when it exists; otherwise the
// message a test skips (or fails) with.
inline std::string SharedPathProblem(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::exists(path, error)) return "";
  return path.string() + " is absent (read-only material beside the repository)";
}

}  // namespace qa::test_files

// For a test that reads `path` in ../shared: continues when it exists; when
// it is absent, skips the test, or fails it when QA_REQUIRE_SHARED=1 (CI).
// A macro because GTEST_SKIP and FAIL return from the test body itself; use
// it directly in a TEST body or SetUp().
#define QA_SHARED_PATH_OR_SKIP(path)                                                      \
  do {                                                                                    \
    std::string qa_shared_problem = ::qa::test_files::SharedPathProblem(path);            \
    if (!qa_shared_problem.empty()) {                                                     \
      if (::qa::test_files::SharedRequired()) {                                           \
        FAIL() << qa_shared_problem << "; QA_REQUIRE_SHARED=1 (CI) requires it";          \
      }                                                                                   \
      GTEST_SKIP() << qa_shared_problem << "; set QA_REQUIRE_SHARED=1 to make this fail"; \
    }                                                                                     \
  } while (false)
