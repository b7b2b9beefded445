// The plain-text reader: a .txt article as a Document. Other formats get
// their own reader beside this one, producing the same Document.
#pragma once

#include <string>

#include "io/load_result.h"

namespace qa {

// Builds a Document from a plain-text file's bytes. Binary input (NUL
// bytes, UTF-16) gives an error instead; an empty file is a valid empty
// Document. `text` is `original` with the BOM, CR, control bytes and invalid
// UTF-8 blanked (see MakeAnalysisText); invalid UTF-8 is reported in
// Document::problems.
LoadResult LoadPlainText(std::string path, std::string bytes);

}  // namespace qa
