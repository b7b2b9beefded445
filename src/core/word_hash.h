// The hash of a word's folded spelling, as the text-comparing checks read
// words (checks/text_fingerprint.h: FNV-1a over the folded bytes, then
// MixBits). For a word of ASCII letters and digits the folded bytes are its
// bytes in lower case, so the lexicon gate files its words under this hash
// too and looks up a word read once for both (checks/sentence_lexicons.h).
#pragma once

#include <cstdint>
#include <string_view>

#include "core/bit_mix.h"

namespace qa {

constexpr uint64_t kWordHashOffset = 1469598103934665603ULL;
constexpr uint64_t kWordHashPrime = 1099511628211ULL;

// `lower`: the word's folded bytes (lower-case ASCII letters and digits).
constexpr uint64_t PlainWordHash(std::string_view lower) {
  uint64_t hash = kWordHashOffset;
  for (const char c : lower) hash = (hash ^ static_cast<unsigned char>(c)) * kWordHashPrime;
  return MixBits(hash);
}

}  // namespace qa
