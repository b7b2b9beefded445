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

}  // namespace byte_search_internal

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
