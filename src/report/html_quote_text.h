// What the html report says about a quote's attribution, in the quote list
// and in the hover text of its highlight, so the two always agree.
#pragma once

#include <cstddef>
#include <string>

#include "core/document.h"
#include "core/quote.h"

namespace qa {

// Plain text (not yet escaped), valid UTF-8.
struct QuoteAttributionText {
  std::string speaker;       // the source's fullest name; "" when none
  std::string speaker_kind;  // "person", ..., "unknown"
  std::string cue;           // the speech cue as written; "" when none
  std::string rule;          // the attribution rule; "" when none decided
  std::string confidence;    // two decimals ("0.95"); "" when no attribution
};

QuoteAttributionText DescribeAttribution(const Document& document, const ScanResult& scan,
                                         const Quote& quote);

// The hover text of quote `number` (1-based), one fact a line:
// "Quote 3 (direct)\nSpeaker: Elena Varga (person)\nCue: said\n
// Rule: quote-cue-speaker, confidence 0.95", or "...\nNo speaker found".
std::string QuoteHoverText(size_t number, const Quote& quote, const QuoteAttributionText& text);

}  // namespace qa
