// Splits plain analysis text into paragraphs.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace qa {

// Paragraphs are separated by blank lines (whitespace and no-break spaces
// only). Inside a blank-line block, a single newline also starts a paragraph
// when the previous line ends a sentence (or the next opens a quote, a dash
// or a bullet) and the newline is not a hard wrap: the block has a line too
// long to be wrapped, or the next line's first word would have fitted on the
// previous line. A mid-sentence wrap (next line in lower case, no sentence
// end) never splits. A file with several lines but no blank line between them
// (one paragraph per line, as many CMS exports are) gives one paragraph per
// non-blank line. Spans are trimmed of surrounding ASCII whitespace. Linear in
// the text size.
std::vector<Span> SplitParagraphs(std::string_view text);

}  // namespace qa
