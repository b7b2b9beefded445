// Runs a program with an argument vector (no shell, so nothing in an
// argument is ever interpreted) and collects what it writes. Used to ask git
// what changed (--diff-base).
#pragma once

#include <string>
#include <vector>

namespace qa {

struct SubprocessResult {
  // The exit status; -1 when the program could not be started or did not
  // exit normally (`error` then says why).
  int exit_code = -1;
  std::string out;  // standard output, whole
  std::string err;  // standard error, whole
  std::string error;
};

// Runs argv[0] (looked up on PATH) with standard input from /dev/null and
// waits for it. Both output streams are read as they are written, so a
// program that writes much to either never blocks.
SubprocessResult RunSubprocess(const std::vector<std::string>& argv);

}  // namespace qa
