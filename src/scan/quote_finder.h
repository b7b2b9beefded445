// Pairs quote marks into quotes. Knows nothing of speakers: it only decides
// which marks open and close quotes, which are apostrophes, and which cannot
// be paired. Linear in the document size.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"

namespace qa {

struct QuoteFinderResult {
  // Outermost quotes in document order. Quotes nested inside another quote
  // are not listed separately. `kind` is left as kDirect and `attribution`
  // empty; the attributor fills both.
  std::vector<Quote> quotes;
  std::vector<MarkProblem> problems;  // unclosed and stray marks
};

class QuoteFinder {
 public:
  QuoteFinderResult Find(const Document& document) const;
};

}  // namespace qa
