// Reads one input into a Document with the reader its format needs: plain
// text, Markdown or HTML (io/input_format.h says how the format is chosen).
#pragma once

#include <string>

#include "io/input_format.h"
#include "io/load_result.h"

namespace qa {

// `path` is a file path or "-" for standard input. A read error or a
// skipped (binary) file is returned as LoadResult::error naming the path.
LoadResult ReadDocument(const std::string& path, const ReaderOptions& options = {});

// Bytes already read (an article of a JSON Lines archive) as a Document of
// `format`, named `path`; positions are offsets into `bytes`.
LoadResult LoadDocumentBytes(std::string path, std::string bytes, InputFormat format,
                             const ReaderOptions& options = {});

}  // namespace qa
