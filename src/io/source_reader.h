// Reads a source record for `quoteaudit verify`: a statement, press release
// or transcript. Plain text, Markdown and HTML go through the article
// readers; WebVTT and SRT subtitles through the subtitle readers; PDF
// through poppler (io/pdf_reader.h).
#pragma once

#include <string>
#include <vector>

#include "io/load_result.h"

namespace qa {

// The extensions a walked source folder is searched for (lower case, dot
// included).
std::vector<std::string> SourceExtensions();

// `path` read by the reader its extension names (case-insensitive).
LoadResult ReadSourceDocument(const std::string& path);

}  // namespace qa
