// Reads brat standoff annotations of attributions (the PolNeAR scheme):
//
//   T3<TAB>Content 115 290;300 310<TAB>the annotated text
//   E1<TAB>Attribution:T4 Source:T1 Cue:T2 Content:T3 [Content2:T9 ...]
//   E2<TAB>Attribution-no-source:T8 Cue:T6 Content:T7
//
// brat counts offsets in Unicode code points into the article; the reader
// converts them to half-open byte Spans into the article's UTF-8 bytes and
// checks each text-bound's text against the article. Discuss text-bounds are
// ignored; Discard ones are kept as text to leave out. A malformed line becomes an EvalError naming
// the file and line; the line is skipped and reading goes on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "eval/eval_error.h"

namespace qa {

// One attribution ("E" line) with its parts resolved to byte spans.
struct BratAttribution {
  std::string id;
  std::vector<Span> source;  // empty for Attribution-no-source
  std::string source_text;   // the Source text-bounds' text, joined by " "
  std::vector<Span> cue;
  std::vector<Span> content;  // every segment of every Content/ContentN
  size_t line = 0;
};

struct BratAnnotations {
  std::vector<BratAttribution> attributions;  // in file order
  // Discard segments: text that is not part of the article (credits,
  // captions, "Follow us" lines), so nothing found there is scored.
  std::vector<Span> discarded;
};

// Parses `ann_text` (the .ann file at `ann_path`) against `article`, the
// bytes of the annotated .txt file. Problems are appended to `errors`.
BratAnnotations ParseBratAnnotations(std::string_view ann_path, std::string_view ann_text,
                                     std::string_view article, std::vector<EvalError>* errors);

}  // namespace qa
