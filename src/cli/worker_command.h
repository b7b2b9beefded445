// quoteaudit worker [-- CHECK OPTIONS]: a long-lived check process for a
// cluster driver (contrib/dask, docs/scale.md). Each line of standard input is
// a request, {"args": [...]}: the check arguments of one run (inputs and
// outputs, e.g. --emit-fingerprints F --format jsonl:R SHARD), after the
// worker's own CHECK OPTIONS. The rules are loaded and compiled once for the
// process, not once per request. Each request gets exactly one line on
// standard output, {"exit": N, "stdout": "...", "stderr": "..."}, flushed, so
// the driver can wait for it. Ends at the end of standard input.
#pragma once

#include <ostream>

#include "cli/options.h"

namespace qa {

int RunWorker(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace qa
