// The HTML reader: gumbo parses the page as a browser would, and only the
// story's prose (its <article> elements, else <main>, else the body without
// nav, header, footer and aside) goes into the analysis text, with every
// span mapped back to the page's bytes. docs/input-formats.md#html.
#pragma once

#include <string>

#include "io/input_format.h"
#include "io/load_result.h"

namespace qa {

LoadResult LoadHtml(std::string path, std::string bytes, const ReaderOptions& options);

}  // namespace qa
