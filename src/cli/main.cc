// quoteaudit: audits news copy for quotes and attribution. All the work is
// in the qa_cli library (app.h), so tests run exactly what users run.
#include <exception>
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  // Reports can be large; stdout is not tied to a terminal's line buffering.
  std::ios::sync_with_stdio(false);
  try {
    return qa::RunCommandLine(argc, argv, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "quoteaudit: internal error: " << error.what() << '\n';
    return 2;
  }
}
