// Normalised words as small integer ids, so the index and the aligner compare
// integers. Each distinct word is stored once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace qa {

// The id of a quote word no source has: it equals no source word.
inline constexpr uint32_t kUnknownWord = UINT32_MAX - 1;
// Between two source documents: equals nothing, so no passage spans both.
inline constexpr uint32_t kDocumentBreak = UINT32_MAX;

class WordInterner {
 public:
  uint32_t Intern(std::string_view word);
  // The word's id, or kUnknownWord.
  uint32_t Find(std::string_view word) const;
  size_t size() const { return ids_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

}  // namespace qa
