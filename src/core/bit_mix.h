// A 64-bit finaliser (splitmix64's): spreads a hash's bits, so that any few
// of them (a table index, a bit of a bitmap) depend on all of them. FNV-style
// hashes of short inputs barely differ in their high bits without it.
#pragma once

#include <cstdint>

namespace qa {

constexpr uint64_t MixBits(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace qa
