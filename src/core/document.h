// The format-neutral document model every later stage reads.
//
// `original` holds the bytes exactly as read. `text` is the analysis text: it
// has exactly the same length as `original`, and a reader for a given input
// format blanks what is not prose (markup, CR, NUL, invalid UTF-8 bytes) to
// ASCII spaces or replaces it with an equally long spelling. Because the two
// strings line up byte for byte, every Span found in `text` is already a
// position in the original file; no offset mapping is ever needed.
#pragma once

#include <string>
#include <vector>

#include "core/span.h"

namespace qa {

// A problem with the input itself (not an editorial finding): invalid UTF-8,
// a skipped binary file. `offset` is a byte offset into the original file.
struct InputProblem {
  std::string message;
  size_t offset = 0;
};

struct Document {
  std::string path;      // as given by the user ("-" for standard input)
  std::string original;  // bytes as read; never modified
  std::string text;      // analysis text, same length as `original`
  // Paragraphs in reading order, trimmed of surrounding whitespace. Spans into
  // `text` (and therefore into `original`).
  std::vector<Span> paragraphs;
  std::vector<InputProblem> problems;

  std::string_view Text(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  std::string_view Original(Span span) const {
    return std::string_view(original).substr(span.begin, span.size());
  }
};

}  // namespace qa
