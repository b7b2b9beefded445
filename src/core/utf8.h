// Strict UTF-8 decoding, shared by the readers (which blank invalid bytes)
// and the reporters (which must never print them).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qa {

// Length of the valid UTF-8 sequence starting at bytes[i] (1 for ASCII), or 0
// when the bytes there are not valid UTF-8: overlong forms, surrogates, code
// points above U+10FFFF, truncated sequences and stray continuation bytes.
size_t ValidUtf8Length(std::string_view bytes, size_t i);

// The code point of the valid sequence of `length` bytes at bytes[i], as
// ValidUtf8Length measured it.
char32_t DecodeValidUtf8(std::string_view bytes, size_t i, size_t length);

// Whitespace that separates words: ASCII whitespace, the no-break, fixed-width
// and ideographic spaces, and the line and paragraph separators. Zero-width
// characters are not spaces.
bool IsUnicodeSpace(char32_t c);

// The bytes of `bytes` that start a code point: all but the continuation
// bytes (10xxxxxx), so a byte that is not valid UTF-8 counts as one. This is
// how columns are counted; eight bytes at a time, since it runs over whole
// documents.
size_t CodePointStarts(std::string_view bytes);

// The first offset at or after `i` from which the next eight bytes are not
// all printable ASCII (0x20 to 0x7E) other than `also_stop_at`: the byte
// loops of the readers skip plain prose eight bytes at a time and look at
// each byte only where something else may be. Stops short of the last
// partial eight bytes, which the caller reads byte by byte.
size_t SkipPlainAscii(std::string_view bytes, size_t i, char also_stop_at = '\x7F');

// The UTF-8 bytes of code point `c` (which must be a valid scalar value).
std::string EncodeUtf8(char32_t c);

}  // namespace qa
