// Splits plain analysis text into paragraphs.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace qa {

// Paragraphs are separated by blank (whitespace-only) lines; hard-wrapped
// lines inside a paragraph stay one paragraph. A file with several lines but
// no blank line between them (one paragraph per line, as many CMS exports
// are) gives one paragraph per non-blank line. Spans are trimmed of
// surrounding whitespace. Linear in the text size.
std::vector<Span> SplitParagraphs(std::string_view text);

}  // namespace qa
