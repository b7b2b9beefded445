// Splits paragraphs into sentences for the attribution engine. Quotes are
// atomic: a sentence never ends inside a quote, but a quote whose text ends
// with . ! or ? ends the sentence when the next word starts a new one.
// Linear in the paragraph length.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "scan/word_sets.h"

namespace qa {

// Returns sentence spans in document order, trimmed of whitespace. `quotes`
// must be in document order.
std::vector<Span> SplitSentences(const Document& document, const std::vector<Quote>& quotes,
                                 const PhraseSet& abbreviations);

}  // namespace qa
