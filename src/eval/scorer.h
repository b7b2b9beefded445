// Scores one article: matches quoteaudit's quotes against the gold quotes and
// checks the speaker of each match.
//
// Matching: a predicted quote and a gold quote match when their overlap is at least half the length
// of the longer of the two (spans include the quote marks). Matching is one-to-one and greedy in
// document order: each gold quote takes the unmatched prediction that
// overlaps it most among those that qualify. Predictions lying mostly in
// text annotated as Discard (not part of the article) are not scored.
// Quote finding counts every predicted quote; the speech-quote scores and
// speaker accuracy count direct and partial predictions only.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "eval/brat_reader.h"
#include "eval/eval_result.h"
#include "eval/eval_words.h"

namespace qa {

struct ArticleScore {
  EvalCounts counts;
  std::vector<Miss> misses;  // in document order
};

// `eval_words` are the scorer's own words (rules/eval-words.json), for the
// gold pairing and the classes of gold sources.
ArticleScore ScoreArticle(const Document& document, const BratAnnotations& annotations,
                          const ScanResult& predicted, const EvalWords& eval_words);

// True when spans `a` and `b` overlap by at least half the longer one.
bool QuoteSpansMatch(Span a, Span b);

}  // namespace qa
