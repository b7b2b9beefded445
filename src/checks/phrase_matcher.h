// Finds lexicon phrases in text as whole-word sequences, comparing normalised
// words (see text_fingerprint.h): case, line wraps, quote style and
// punctuation do not matter, and "read more" never matches inside "bread
// more". Phrases are added once at start-up; matching is linear in the words.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checks/text_fingerprint.h"

namespace qa {

class PhraseMatcher {
 public:
  struct Hit {
    size_t first_word = 0;  // index into the searched words
    size_t word_count = 0;
    int tag = 0;  // the tag given to Add()
  };

  // Adds a phrase under `tag`; a phrase without any word is ignored.
  void Add(std::string_view phrase, int tag);
  bool empty() const { return by_first_word_.empty(); }

  // Every occurrence of every phrase, by start position; at one position the
  // longest phrase comes first.
  std::vector<Hit> FindAll(std::span<const Word> words) const;
  // The longest phrase starting at words[at], if any.
  bool MatchAt(std::span<const Word> words, size_t at, Hit* hit) const;

 private:
  struct Entry {
    std::vector<uint64_t> words;
    int tag = 0;
  };
  // Phrases by the hash of their first word, longest first.
  std::unordered_map<uint64_t, std::vector<Entry>> by_first_word_;
  // One bit per first word's hash (its top 12 bits): most words open no
  // phrase, and this answers them without a look-up in the map.
  std::array<uint64_t, 64> first_word_bits_{};
  static size_t FirstWordBit(uint64_t hash) { return static_cast<size_t>(hash >> 52); }
};

}  // namespace qa
