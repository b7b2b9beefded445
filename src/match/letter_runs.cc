#include "match/letter_runs.h"

#include <algorithm>
#include <array>
#include <atomic>

#include "core/bit_mix.h"
#include "core/utf8.h"
#include "match/re2_case_folding.h"

namespace qa {
namespace {

constexpr int kNoLetter = -1;
constexpr size_t kLongestRun = 8;
constexpr int kIndexBits = 18;  // 256 Ki bits (32 KiB): few collisions for an article
constexpr uint64_t kSeed = 0xcbf29ce484222325ULL;
constexpr uint64_t kPrime = 0x100000001b3ULL;

// The folded letter (0-25) at text[i], or kNoLetter; *width is its length in
// bytes, the long s and the Kelvin sign included (match/re2_case_folding.h).
int FoldedLetterAt(std::string_view text, size_t i, size_t* width) {
  const auto c = static_cast<unsigned char>(text[i]);
  *width = 1;
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c == 0xC5 || c == 0xE2) {
    const char folded = AsciiFoldAt(text, i, width);
    if (folded != 0) return folded - 'a';
  }
  return kNoLetter;
}

uint64_t Step(uint64_t hash, int letter) {
  return (hash ^ static_cast<uint64_t>(letter + 1)) * kPrime;
}

// Calls visit(hash) for the hash of every run of one to kLongestRun letters;
// stops when visit returns false. Returns whether it went through the text.
template <typename Visit>
bool ForEachRun(std::string_view text, Visit visit) {
  // ending[k]: the hash of the run of k + 1 letters that ends at the letter
  // before this one (valid for k < letters).
  std::array<uint64_t, kLongestRun> ending{};
  size_t letters = 0;  // letters in a row so far, at most kLongestRun
  size_t i = 0;
  while (i < text.size()) {
    size_t width = 1;
    const int letter = FoldedLetterAt(text, i, &width);
    i += width;
    if (letter == kNoLetter) {
      letters = 0;
      continue;
    }
    letters = letters < kLongestRun ? letters + 1 : kLongestRun;
    // Longest first, each from the one a letter shorter before this letter.
    for (size_t k = letters; k-- > 1;) {
      ending[k] = Step(ending[k - 1], letter);
      if (!visit(ending[k])) return false;
    }
    ending[0] = Step(kSeed, letter);
    if (!visit(ending[0])) return false;
  }
  return true;
}

// Calls visit(c) for each valid code point above U+007F in `text`; stops
// when visit returns false. A byte that starts no valid sequence is passed
// over: RE2 matches no character class there either.
template <typename Visit>
bool ForEachNonAscii(std::string_view text, Visit visit) {
  size_t i = 0;
  while (i < text.size()) {
    i = SkipPlainAscii(text, i);
    if (i >= text.size()) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t length = ValidUtf8Length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    if (!visit(DecodeValidUtf8(text, i, length))) return false;
    i += length;
  }
  return true;
}

// The bit of a run's hash, mixed first: FNV's high bits barely change
// between short runs.
size_t IndexOf(uint64_t hash) { return static_cast<size_t>(MixBits(hash) >> (64 - kIndexBits)); }

}  // namespace

LetterRuns LetterRuns::Of(std::string_view text) {
  static std::atomic<uint64_t> made{0};
  LetterRuns runs;
  runs.id_ = made.fetch_add(1, std::memory_order_relaxed) + 1;
  runs.bits_.assign((size_t{1} << kIndexBits) / 64, 0);
  ForEachRun(text, [&runs](uint64_t hash) {
    const size_t at = IndexOf(hash);
    runs.bits_[at / 64] |= uint64_t{1} << (at % 64);
    return true;
  });
  std::vector<char32_t>& characters = runs.characters_;
  auto sort_unique = [&characters] {
    std::sort(characters.begin(), characters.end());
    characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
  };
  size_t distinct = 0;  // characters known distinct after the last sort
  ForEachNonAscii(text, [&](char32_t c) {
    if (!characters.empty() && characters.back() == c) return true;
    characters.push_back(c);
    // A text in another script repeats a few hundred characters: sorting
    // now and then keeps the list that short, not one entry per character.
    if (characters.size() >= 2 * distinct + 1024) {
      sort_unique();
      distinct = characters.size();
    }
    return true;
  });
  sort_unique();
  return runs;
}

bool LetterRuns::Has(uint64_t hash) const {
  if (bits_.empty()) return false;
  const size_t at = IndexOf(hash);
  return (bits_[at / 64] >> (at % 64) & 1) != 0;
}

bool LetterRuns::Covers(std::string_view text) const {
  return ForEachRun(text, [this](uint64_t hash) { return Has(hash); }) &&
         ForEachNonAscii(text, [this](char32_t c) {
           return std::binary_search(characters_.begin(), characters_.end(), c);
         });
}

bool LetterRuns::MayHold(std::string_view phrase) const {
  // Where the phrase matches, each of its runs of letters is letters of the
  // text: its first kLongestRun letters are one of the text's runs.
  uint64_t hash = kSeed;
  size_t length = 0;
  size_t i = 0;
  while (i <= phrase.size()) {
    size_t width = 1;
    const int letter = i < phrase.size() ? FoldedLetterAt(phrase, i, &width) : kNoLetter;
    i += width;
    if (letter != kNoLetter) {
      if (length < kLongestRun) hash = Step(hash, letter);
      ++length;
      continue;
    }
    if (length > 0 && !Has(hash)) return false;
    hash = kSeed;
    length = 0;
  }
  return true;
}

}  // namespace qa
