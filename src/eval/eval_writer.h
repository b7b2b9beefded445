// Writes an evaluation report as a readable summary or as JSON. With
// `verbose`, every miss is listed too (grouped as SortMisses orders them).
#pragma once

#include <ostream>

#include "eval/eval_result.h"

namespace qa {

void WriteEvalText(const EvalReport& report, bool verbose, std::ostream& out);

// {"version": 1, "corpus": ..., "articles": N, ..., "quotes": {...},
//  "speakers": {...}, "no_source": {...}, "errors": [...], "misses": [...]}
// (see docs/accuracy.md); "misses" only with `verbose`.
void WriteEvalJson(const EvalReport& report, bool verbose, std::ostream& out);

}  // namespace qa
