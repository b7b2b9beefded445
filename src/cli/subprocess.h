// Runs a program with an argument vector (no shell, so nothing in an
// argument is ever interpreted) and collects what it writes. Used to ask git
// what changed (--diff-base).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

struct SubprocessResult {
  // The exit status; -1 when the program could not be started or did not
  // exit normally (`error` then says why).
  int exit_code = -1;
  std::string out;  // standard output, whole (unless given to a sink)
  std::string err;  // standard error, whole
  std::string error;
};

// Receives standard output piece by piece, as it is read.
using OutputSink = std::function<void(std::string_view)>;

// Runs argv[0] (looked up on PATH) with standard input from /dev/null and
// waits for it. Both output streams are read as they are written, so a
// program that writes much to either never blocks. With `out_sink`,
// standard output goes there instead of into the result, so output of any
// size costs no memory here.
SubprocessResult RunSubprocess(const std::vector<std::string>& argv,
                               const OutputSink& out_sink = nullptr);

}  // namespace qa
