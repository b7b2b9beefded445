#include "verify/aligner.h"

#include <algorithm>

namespace qa {
namespace {

constexpr uint32_t kInfinite = UINT32_MAX / 2;

}  // namespace

Alignment Align(const std::vector<QuoteToken>& quote, const std::vector<uint32_t>& source,
                size_t begin, size_t end, const AlignLimits& limits) {
  const size_t rows = quote.size() + 1;
  const size_t width = end - begin + 1;
  // cost[i][j]: quote tokens [0, i) aligned, ending just before source word
  // begin + j. Row 0 is free everywhere: the quote may start anywhere.
  std::vector<uint32_t> cost(rows * width, kInfinite);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return cost[i * width + j]; };
  for (size_t j = 0; j < width; ++j) at(0, j) = 0;
  for (size_t i = 0; i < quote.size(); ++i) {
    const QuoteToken& token = quote[i];
    if (token.kind == TokenKind::kEllipsis) {
      uint32_t best = kInfinite;
      for (size_t j = 0; j < width; ++j) {
        best = std::min(best, at(i, j));
        at(i + 1, j) = best;
      }
      continue;
    }
    if (token.kind == TokenKind::kInsertion) {
      for (size_t j = 0; j < width; ++j) {
        uint32_t best = kInfinite;
        for (size_t k = 0; k <= limits.insertion_words && k <= j; ++k) {
          best = std::min(best, at(i, j - k));
        }
        at(i + 1, j) = best;
      }
      continue;
    }
    for (size_t j = 0; j < width; ++j) {
      uint32_t best = at(i, j) + 1;  // quote word added
      if (j > 0) {
        uint32_t same = source[begin + j - 1] == token.id ? 0 : 1;
        best = std::min(best, at(i, j - 1) + same);
        best = std::min(best, at(i + 1, j - 1) + 1);  // source word cut
      }
      at(i + 1, j) = best;
    }
  }
  Alignment alignment;
  size_t last = 0;
  for (size_t j = 0; j < width; ++j) {
    if (at(rows - 1, j) <= at(rows - 1, last)) last = j;  // ties: the one using more source
  }
  if (at(rows - 1, last) >= kInfinite) return alignment;
  alignment.cost = at(rows - 1, last);
  // Trace back, preferring a same word, then a change, then add, then cut.
  size_t i = rows - 1;
  size_t j = last;
  alignment.source_end = begin + j;
  size_t first_used = begin + j;
  while (i > 0) {
    const QuoteToken& token = quote[i - 1];
    uint32_t here = at(i, j);
    if (token.kind == TokenKind::kEllipsis || token.kind == TokenKind::kInsertion) {
      size_t reach = token.kind == TokenKind::kEllipsis ? j : std::min(j, limits.insertion_words);
      size_t k = 0;
      while (k < reach && at(i - 1, j - k) != here) ++k;
      j -= k;
      --i;
      continue;
    }
    // Ties go to a same word, then a cut ("The harbour fees" read as
    // "harbour" cut rather than "The" changed), then a change, then an add.
    bool same = j > 0 && source[begin + j - 1] == token.id;
    if (same && at(i - 1, j - 1) == here) {
      alignment.edits.push_back(
          {EditKind::kSame, static_cast<int>(i - 1), static_cast<int>(begin + j - 1)});
      first_used = begin + j - 1;
      --i;
      --j;
      continue;
    }
    if (j > 0 && at(i, j - 1) + 1 == here) {
      alignment.edits.push_back({EditKind::kCut, -1, static_cast<int>(begin + j - 1)});
      ++alignment.cut;
      first_used = begin + j - 1;
      --j;
      continue;
    }
    if (j > 0 && !same && at(i - 1, j - 1) + 1 == here) {
      alignment.edits.push_back(
          {EditKind::kChanged, static_cast<int>(i - 1), static_cast<int>(begin + j - 1)});
      ++alignment.changed;
      first_used = begin + j - 1;
      --i;
      --j;
      continue;
    }
    alignment.edits.push_back({EditKind::kAdded, static_cast<int>(i - 1), -1});
    ++alignment.added;
    --i;
  }
  std::reverse(alignment.edits.begin(), alignment.edits.end());
  alignment.source_begin = first_used;
  // The passage ends at the last source word the quote used.
  for (auto it = alignment.edits.rbegin(); it != alignment.edits.rend(); ++it) {
    if (it->source >= 0) {
      alignment.source_end = static_cast<size_t>(it->source) + 1;
      break;
    }
  }
  return alignment;
}

}  // namespace qa
