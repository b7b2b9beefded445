// Splits paragraphs into sentences for the attribution engine. Quotes are
// atomic: a sentence never ends inside a quote, but a quote whose text ends
// with . ! or ? ends the sentence when the next word starts a new one,
// except a quote ending in ? or ! followed by its own short cue ("Why
// now?" Varga asked.), which stays one sentence with it.
// Linear in the paragraph length.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "scan/word_sets.h"

namespace qa {

// Returns sentence spans in document order, trimmed of whitespace. `quotes`
// must be in document order. `speech_verbs` (optional) tells a quote's own
// cue after a closing ? or ! from a new sentence.
std::vector<Span> SplitSentences(const Document& document, const std::vector<Quote>& quotes,
                                 const PhraseSet& abbreviations,
                                 const PhraseSet* speech_verbs = nullptr);

}  // namespace qa
