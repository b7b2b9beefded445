// Runs one quoteaudit command: load the rules once, build the scanner and
// checks once, then stream every input through read -> scan -> checks ->
// report. Returns the process exit code (0 clean, 1 findings at or above
// --fail-level, 2 usage, rule or input error).
#pragma once

#include <ostream>

#include "cli/options.h"

namespace qa {

int RunCommand(const Options& options, std::ostream& out, std::ostream& err);

class EngineSet;
// check and quotes with engines built by an earlier call (the worker's
// requests share one set, so rules are compiled once per process).
int RunAudit(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err);

// argv in, exit code out: parsing plus RunCommand. main() is this.
int RunCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// From now on, RunCommand leaves its compiled rules to the operating system
// instead of freeing them one by one (thousands of RE2 objects, a few ms).
// For main() only: a test process runs many commands and must free them.
void LeaveRulesToTheSystemAtExit();

}  // namespace qa
