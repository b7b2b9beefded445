// Short, single-line, always-valid UTF-8 renderings of document text for
// reports.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/span.h"

namespace qa {

// The bytes of `span` in `bytes` (a document's original bytes) as one line:
// whitespace runs (including line breaks, control bytes and Unicode spaces)
// collapsed to one space and trimmed, each run of invalid UTF-8 shown as
// U+FFFD, and cut after about `max_code_points` code points with "…" (at a
// word boundary when one is near; never inside a character). Reads only as
// far as it needs, so a huge span costs no more than a short one.
std::string Excerpt(std::string_view bytes, Span span, size_t max_code_points = 100);

// Code points in valid UTF-8 text: the width used to align table columns.
size_t DisplayWidth(std::string_view utf8);

}  // namespace qa
