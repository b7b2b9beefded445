// Reads a PDF (a press release, a published statement) as a source record
// for `quoteaudit verify`, through poppler's C++ library: the text of every
// page in reading order, one block per page. A PDF's bytes are not text, so
// the Document's `original` is the extracted text itself: positions in
// reports about a PDF are lines and columns of that text.
#pragma once

#include <string>

#include "io/load_result.h"

namespace qa {

// An encrypted, damaged or non-PDF file gives an error naming the path.
LoadResult LoadPdf(std::string path, const std::string& bytes);

}  // namespace qa
