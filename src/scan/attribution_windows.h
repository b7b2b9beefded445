// Where the attributor looks around one quote: the text after it to the end
// of its sentence, before it from the sentence start, and the neighbouring
// sentences and paragraph, each capped at a few hundred bytes so that
// attribution stays linear even on a 50 MB one-sentence file.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "core/span.h"
#include "scan/text_layout.h"

namespace qa {

struct QuoteWindows {
  Span after;                     // closing mark to the sentence end (or the next quote)
  Span before;                    // sentence start (or the previous quote) to the opening mark
  Span sentence_before;           // sentence start to the opening mark
  Span sentence_after;            // closing mark to the sentence end
  bool opens_sentence = false;    // nothing but punctuation before it in its sentence
  bool closes_sentence = false;   // nothing but punctuation after it
  bool opens_paragraph = false;   // opens its sentence, which opens its paragraph
  bool closes_paragraph = false;  // closes its sentence, which closes its paragraph
  // The quote ends a clause (punctuation inside its closing mark, or
  // punctuation or a dash after it), so a cue can follow it.
  bool ends_clause = false;
};

QuoteWindows WindowsAround(std::string_view text, const TextLayout& layout,
                           const std::vector<Quote>& quotes, size_t q);

// Where the quote's lead-in starts: its sentence's start, or the end of the
// quote before it when that lies in the same sentence.
size_t LeadInBegin(const TextLayout& layout, const std::vector<Quote>& quotes, size_t q);

// `window` cut to its last (CapBefore) or first (CapAfter) few hundred bytes,
// at a UTF-8 character boundary.
Span CapBefore(std::string_view text, Span window);
Span CapAfter(std::string_view text, Span window);

}  // namespace qa
