// Derives the gold quotes of an annotated article. Annotators mark
// attributions (Source, Cue, Content), not quotes, so a gold quote is a quoted
// span of the article text that overlaps the Content of an attribution; it
// carries that attribution's Source. Quoted spans outside every Content are
// scare quotes, titles and the like, and are not gold.
//
// Quoted spans are found by a deliberately simple pairing, independent of the
// scanner under test: double marks pair within a paragraph (a quote still open
// at the end of a paragraph continues when the next paragraph opens with a
// quote mark, the newspaper convention); single marks count only when they
// clearly open and close a quote outside double quotes, never as apostrophes.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "eval/brat_reader.h"
#include "eval/eval_words.h"

namespace qa {

struct GoldQuote {
  Span span;                  // covers the quote marks
  std::vector<Span> sources;  // the attribution's Source segments; empty if none
  std::string source_text;    // as annotated, e.g. "Mayor Elena Varga"
  std::string attribution;    // id of the attribution, e.g. "E4"
  std::vector<Span> cues;     // the attribution's Cue segments
};

// Outermost quoted spans of `document.text` in document order, each covering
// its marks. An unclosed quote runs to the end of its paragraph. A single mark
// before a digit or one of `eval_words.elisions` opens no quote.
std::vector<Span> FindQuotedSpans(const Document& document, const EvalWords& eval_words);

// The `quoted` spans (from FindQuotedSpans) that overlap an attribution's
// Content, each tied to the attribution whose Content it overlaps most.
std::vector<GoldQuote> BuildGoldQuotes(const std::vector<Span>& quoted,
                                       const BratAnnotations& annotations);

}  // namespace qa
