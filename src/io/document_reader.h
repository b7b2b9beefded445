// Reads one input into a Document, choosing the reader by file extension.
// Today every input is read as plain text; Markdown and HTML readers will
// be chosen here.
#pragma once

#include <string>

#include "io/load_result.h"

namespace qa {

// `path` is a file path or "-" for standard input. A read error or a
// skipped (binary) file is returned as LoadResult::error naming the path.
LoadResult ReadDocument(const std::string& path);

}  // namespace qa
