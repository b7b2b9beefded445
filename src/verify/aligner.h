// Aligns a quote's words with a stretch of source words: a word-level edit
// distance in which the quote may start and end anywhere in the stretch (a
// quote may be part of a sentence), an ellipsis may skip any number of
// source words and a bracketed insertion may stand for a few, at no cost.
// Every other difference costs one: a word changed, a word added to the
// quote, a source word cut without a mark.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "verify/word_splitter.h"

namespace qa {

struct QuoteToken {
  TokenKind kind = TokenKind::kWord;
  uint32_t id = 0;  // words only
};

enum class EditKind {
  kSame,     // quote word == source word
  kChanged,  // quote word in place of a different source word
  kAdded,    // quote word not in the source
  kCut,      // source word left out of the quote without a mark
};

struct Edit {
  EditKind kind = EditKind::kSame;
  int quote = -1;   // index into the quote's tokens; -1 for kCut
  int source = -1;  // source word position (absolute); -1 for kAdded
};

struct Alignment {
  size_t cost = SIZE_MAX;  // changed + added + cut words; SIZE_MAX: not aligned
  size_t changed = 0;
  size_t added = 0;
  size_t cut = 0;
  size_t source_begin = 0;  // first and one past the last source word used
  size_t source_end = 0;
  std::vector<Edit> edits;  // in order; gaps leave no edit
};

struct AlignLimits {
  size_t insertion_words = 6;  // source words one bracketed insertion may stand for
};

// The cheapest alignment of `quote` within source ids [begin, end) of
// `source`.
Alignment Align(const std::vector<QuoteToken>& quote, const std::vector<uint32_t>& source,
                size_t begin, size_t end, const AlignLimits& limits);

}  // namespace qa
