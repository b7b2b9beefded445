// What every format reader (plain text today; Markdown and HTML later)
// returns: a Document, or the reason the input was skipped.
#pragma once

#include <optional>

#include "core/document.h"
#include "io/input_error.h"

namespace qa {

struct LoadResult {
  std::optional<Document> document;  // set when the input can be audited
  std::optional<InputError> error;   // set when it cannot (binary, unreadable)
};

}  // namespace qa
