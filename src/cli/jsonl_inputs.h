// check and quotes over JSON Lines archives (--input-format jsonl): each
// line's article becomes a Document named "ARCHIVE#ID", audited and reported
// exactly as a file would be, in line order, so every check and output format
// works unchanged and the cross-article checks see the articles in order.
#pragma once

#include <functional>

#include "cli/auditor.h"
#include "cli/config_engines.h"
#include "cli/options.h"
#include "io/input_collector.h"

namespace qa {

// Whether the run reads JSON Lines archives.
inline bool ReadsJsonLines(const Options& options) { return options.input_format == "jsonl"; }

// A folder walk for archives: *.jsonl and *.jsonl.gz files.
CollectOptions ForJsonLines(CollectOptions collect);

// Reads the archive `input` line by line and hands each article, audited by
// `engine`, to `report` in line order; a line that holds no article (not
// JSON, no text field, too long) is handed over as an input that could not
// be audited, named "ARCHIVE:LINE". With jobs > 1 the articles are audited
// on that many threads (cli/ordered_stream.h); a few per thread are held at
// a time, never the whole archive. report() may change the article but
// keeps nothing of it: the rest is destroyed on the thread that audited it.
void AuditJsonLines(const CollectedInput& input, Engine* engine, const Options& options,
                    unsigned jobs, const std::function<void(AuditedFile&)>& report);

}  // namespace qa
