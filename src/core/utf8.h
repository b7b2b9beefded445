// Strict UTF-8 decoding, shared by the readers (which blank invalid bytes)
// and the reporters (which must never print them).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/byte_search.h"

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

// The first byte at or after `i` that is not printable ASCII (0x20 to 0x7E)
// or is `also_stop_at` or `and_stop_at`, found eight bytes at a time: the
// byte loops of the readers and the JSON writer skip plain prose and look
// at each byte only where something else may be. Stops short of the last
// partial eight bytes (returning where they start), which the caller reads
// byte by byte.
// Inline: the JSON writer calls it for every short string, and a stop left
// at its default folds away.
inline size_t SkipPlainAscii(std::string_view bytes, size_t i, char also_stop_at = '\x7F',
                             char and_stop_at = '\x7F') {
  using byte_search_internal::kHighBits;
  using byte_search_internal::kOnes;
  const auto equal_to = [](std::uint64_t chunk, char c) {
    return byte_search_internal::EqualTo(chunk, static_cast<unsigned char>(c));
  };
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, bytes.data() + i, 8);
    // A byte of 0x80 or more, below 0x20, 0x7F, or one of the two stops.
    const std::uint64_t high = chunk & kHighBits;
    const std::uint64_t below_space = (chunk - kOnes * 0x20) & ~chunk & kHighBits;
    const std::uint64_t stops = high | below_space | equal_to(chunk, '\x7F') |
                                equal_to(chunk, also_stop_at) | equal_to(chunk, and_stop_at);
    if (stops != 0) {
      // The first stop itself: each test may also flag bytes after its
      // first true one (a borrow runs on), never a byte before it. So the
      // caller, which reads on byte by byte, starts at the byte to look at,
      // not up to seven plain ones before it, each a call of its own.
      if constexpr (std::endian::native == std::endian::little) {
        return i + static_cast<size_t>(std::countr_zero(stops) >> 3);
      }
      break;
    }
  }
  return i;
}

// The UTF-8 bytes of code point `c` (which must be a valid scalar value).
std::string EncodeUtf8(char32_t c);

}  // namespace qa
