// The Markdown reader: CommonMark with tables and strikethrough (md4c). The
// analysis text is the prose only: headings, paragraphs, list items, block
// quotes and table cells, each one block, with entities decoded. Code, HTML,
// image descriptions, URLs, front matter and Hugo/Jekyll shortcodes are
// left out; HTML comments are kept in Document::comments. Every analysis
// byte maps back to its source bytes (docs/input-formats.md).
#pragma once

#include <string>

#include "io/input_format.h"
#include "io/load_result.h"

namespace qa {

LoadResult LoadMarkdown(std::string path, std::string bytes, const ReaderOptions& options);

}  // namespace qa
