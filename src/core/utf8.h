// Strict UTF-8 decoding, shared by the readers (which blank invalid bytes)
// and the reporters (which must never print them).
#pragma once

#include <cstddef>
#include <string_view>

namespace qa {

// Length of the valid UTF-8 sequence starting at bytes[i] (1 for ASCII), or 0
// when the bytes there are not valid UTF-8: overlong forms, surrogates, code
// points above U+10FFFF, truncated sequences and stray continuation bytes.
size_t ValidUtf8Length(std::string_view bytes, size_t i);

}  // namespace qa
