// Normalised words and their hashes: the common ground of the text-comparing
// checks (duplicate-text, boilerplate). Two spellings of the same words get the
// same hashes when they differ only in case, whitespace and line wraps, quote
// and apostrophe style (curly or straight), dashes and other punctuation.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace qa {

struct Word {
  Span span;             // the word's bytes in the text (apostrophes inside included)
  uint64_t hash = 0;     // hash of the normalised spelling
  bool numeric = false;  // only digits ("10", "2024")
  // Only ASCII letters and digits, as written (no apostrophe dropped): the
  // same run RE2's \w reads (the lexicon gate reads these words so).
  bool plain = false;
};

// Reads `text` word by word: runs of letters and digits (any non-ASCII code
// point that is not punctuation, a symbol or a space counts as a letter).
// Letters are compared case-insensitively (ASCII, Latin-1 and basic Cyrillic
// capitals fold); an apostrophe between two letters is dropped ("North's" and
// "North’s" both become "norths"); everything else separates words. Spans are
// offsets into `text` plus `base`. Linear; never fails on invalid UTF-8.
class WordReader {
 public:
  explicit WordReader(std::string_view text, size_t base = 0) : text_(text), base_(base) {}
  // Reading from text[start] on, which must not be inside a word.
  WordReader(std::string_view text, size_t base, size_t start)
      : text_(text), base_(base), pos_(start) {}
  // The next word, or false at the end of the text.
  bool Next(Word* word);
  // Where reading goes on (an offset into the text).
  size_t position() const { return pos_; }

 private:
  std::string_view text_;
  size_t base_;
  size_t pos_ = 0;
};

// All words of `text` (see WordReader).
std::vector<Word> SplitWords(std::string_view text, size_t base = 0);
// The same appended to *out: the words WordReader reads, the plain ones
// (Word::plain, most words of most prose) in one loop over their bytes, the
// others by a WordReader.
void AppendWords(std::string_view text, size_t base, std::vector<Word>* out);

// A text's normalised identity: its word count, a hash of its whole word
// sequence (equal for texts whose words are equal) and the distinct hashes
// of every run of `k` consecutive words ("shingles"), each where it first
// occurs in the text.
struct TextFingerprint {
  size_t words = 0;
  uint64_t hash = 0;
  std::vector<uint64_t> shingles;
};

// Shingles are only collected for texts of at most `max_shingle_bytes` bytes
// (so a 50 MB one-paragraph file costs no memory beyond its hash) and of at
// least `k` words.
TextFingerprint Fingerprint(std::string_view text, size_t k, size_t max_shingle_bytes);

// The same from words already read (a text's SplitWords, or the part of a
// longer text's words that a shorter span holds), so a text read once can be
// fingerprinted whole and in parts; shingles only when `shingles`.
TextFingerprint FingerprintOfWords(std::span<const Word> words, size_t k, bool shingles);

// The shingle of each run of `k` consecutive words of `words`, in text order
// (words.size() - k + 1 of them, none when fewer words), into `out`. A
// shingle depends only on its own words, so the run of a text's words from
// word `a` to `b` has the shingles in_order[a, b - k + 1).
void ShinglesInOrder(std::span<const Word> words, size_t k, std::vector<uint64_t>* out);

// FingerprintOfWords(words, k, true) with the shingles taken from
// `in_order`, ShinglesInOrder(words, k): a paragraph's shingles are made
// once and each of its sentences takes its slice. `distinct`: in_order is
// known to hold no shingle twice (a slice of a list that held none), so
// none is looked for.
TextFingerprint FingerprintWithShingles(std::span<const Word> words,
                                        std::span<const uint64_t> in_order, bool distinct = false);

// Whether `shingles` holds no value twice (so FingerprintWithShingles would
// keep them all, in order).
bool AllDistinct(std::span<const uint64_t> shingles);

// Share of `later`'s shingles also found in `earlier` (both distinct):
// 1.0 when every word run of the later text appears in the earlier one.
double Containment(const std::vector<uint64_t>& later, const std::vector<uint64_t>& earlier);

}  // namespace qa
