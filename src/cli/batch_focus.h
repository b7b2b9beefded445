// A run of a few small files (a pull request's articles) compiles each
// pattern once with only the lexicon phrases those files can hold, as a run
// of one article does (match/pattern_focus.h). Compiling every phrase was
// most of the time such a run took: two 1.5 KB articles 119 -> 47 ms, ten
// real ones (35 KB) 205 -> 131 ms. Past a few tens of KB the files hold so
// many words that the narrowed patterns are nearly the full ones, and an
// archive is better served by the full programs; docs/performance.md.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cli/config_engines.h"
#include "io/input_collector.h"

namespace qa {

// Where a batch stops being small: the files' bytes together.
inline constexpr size_t kSmallBatchMaxBytes = size_t{64} << 10;

// For a run of two or more files of at most `max_bytes` together: each
// engine's files, read whole and joined (a newline between files), to offer
// its auditor (Auditor::FocusOn). Empty when the run is larger, or reads
// anything that cannot be read twice (standard input, a pipe). A file that
// cannot be read here is left out: its texts are then not covered by the
// offer and get the full patterns, so the report never depends on it.
std::vector<std::pair<Engine*, std::string>> SmallBatchTexts(
    const std::vector<CollectedInput>& inputs, const std::vector<Engine*>& engine_of,
    size_t max_bytes = kSmallBatchMaxBytes);

}  // namespace qa
