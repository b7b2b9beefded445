// Finds a speaker tag typed inside a quote whose closing mark was forgotten:
// “We asked three times, said Mara Quist. The tag belongs outside the quote.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/span.h"
#include "scan/word_sets.h"

namespace qa {

// If the text of `span` ends with a short clause after its last comma (at
// most six words, ending in a full stop) that holds a speech verb
// (", said Mara Quist." or ", he added."), the offset just after that comma;
// otherwise std::string_view::npos. Reads only the tail of the span.
size_t SpeakerTagStart(std::string_view text, Span span, const PhraseSet& speech_verbs);

}  // namespace qa
