// quoteaudit: audits news copy for quotes and attribution. All the work is
// in the qa_cli library (app.h), so tests run exactly what users run.
#include <csignal>
#include <exception>
#include <iostream>

#include "cli/app.h"
#include "cli/heap_tuning.h"

int main(int argc, char** argv) {
  // Reports can be large; stdout is not tied to a terminal's line buffering.
  std::ios::sync_with_stdio(false);
  // Past a file size limit (ulimit -f) a write fails with EFBIG and is
  // reported (exit 2), instead of the signal killing the run mid-file.
  std::signal(SIGXFSZ, SIG_IGN);
  qa::TuneHeapForOneRun();
  qa::LeaveRulesToTheSystemAtExit();
  int exit_code = 2;
  try {
    exit_code = qa::RunCommandLine(argc, argv, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "quoteaudit: internal error: " << error.what() << '\n';
    return 2;
  }
  // A report cut short on standard output (a full disk behind a redirect)
  // is an error, never a clean run.
  if (!std::cout.flush()) {
    std::cerr << "quoteaudit: cannot write standard output\n";
    return 2;
  }
  return exit_code;
}
