// The first of a few ASCII bytes in a text, eight bytes at a time: the
// scanners' loops over plain prose (to the next quote mark, to the next full
// stop) read most bytes of every article, and a test per byte was most of
// their time.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/text.h"

namespace qa {

namespace byte_search_internal {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `chunk` equal to `c`. The lowest bit set is
// exact (a borrow only follows a byte that already answers yes), and so is
// whether any is set.
constexpr uint64_t EqualTo(uint64_t chunk, unsigned char c) {
  const uint64_t x = chunk ^ (kOnes * c);
  return (x - kOnes) & ~x & kHighBits;
}

// The high bit of each byte of `chunk` that is an ASCII letter or digit.
// Each range test adds to the bytes' low seven bits, which never carries
// into the next byte.
constexpr uint64_t AsciiAlnum(uint64_t chunk) {
  const uint64_t low = chunk & ~kHighBits;
  auto in_range = [](uint64_t bytes, uint64_t first, uint64_t last) {
    return (bytes + kOnes * (0x80 - first)) & ~(bytes + kOnes * (0x7F - last)) & kHighBits;
  };
  const uint64_t letters = in_range(low | (kOnes * 0x20), 'a', 'z');  // either case
  const uint64_t digits = in_range(low, '0', '9');
  return (letters | digits) & ~chunk;  // ~chunk: bytes below 0x80 only
}

}  // namespace byte_search_internal

// Where the run of ASCII letters and digits from text[pos] ends (`pos`
// itself when there is none): eight bytes at a time, so a word's end costs
// one test, not one per letter (a loop that stops after a word's length
// mispredicts a branch at almost every word).
inline size_t AsciiAlnumRunEnd(std::string_view text, size_t pos) {
  using namespace byte_search_internal;
  static_assert(std::endian::native == std::endian::little, "the lowest byte comes first");
  for (; pos + 8 <= text.size(); pos += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + pos, 8);
    const uint64_t stops = ~AsciiAlnum(chunk) & kHighBits;
    if (stops != 0) return pos + static_cast<size_t>(std::countr_zero(stops)) / 8;
  }
  while (pos < text.size() && IsAsciiAlnum(text[pos])) ++pos;
  return pos;
}

// The first position in text[pos, end) holding one of `kStops` or, when
// `high`, any byte of 0x80 and up; `end` when there is none.
template <char... kStops>
size_t FindFirstByte(std::string_view text, size_t pos, size_t end, bool high) {
  using namespace byte_search_internal;
  static_assert(std::endian::native == std::endian::little, "the lowest byte comes first");
  const uint64_t high_mask = high ? kHighBits : 0;
  for (; pos + 8 <= end; pos += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + pos, 8);
    const uint64_t found =
        (chunk & high_mask) | (EqualTo(chunk, static_cast<unsigned char>(kStops)) | ...);
    if (found != 0) return pos + static_cast<size_t>(std::countr_zero(found)) / 8;
  }
  for (; pos < end; ++pos) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if ((high && byte >= 0x80) || ((byte == static_cast<unsigned char>(kStops)) || ...)) {
      return pos;
    }
  }
  return end;
}

}  // namespace qa
