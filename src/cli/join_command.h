// quoteaudit join FINGERPRINTS...: the cross-article comparison of a run split
// over many processes (docs/scale.md). Reads the records check
// --emit-fingerprints wrote, in any order and grouping as long as every
// record of a key is in this call; orders each key's records as a single run
// would meet them (archives by name, then line; items in article order); and
// writes what each later record was compared with as resolutions, for check
// --resolutions. Exit 0, or 2 when a record was malformed (named by file and
// line; the others are still joined).
#pragma once

#include <ostream>

#include "cli/config_engines.h"
#include "cli/options.h"

namespace qa {

int RunJoin(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err);

}  // namespace qa
