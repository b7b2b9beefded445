// Splits a text at every boundary of a set of possibly overlapping ranges, so
// that each piece can be written as one flat element carrying every range it
// lies in. A finding inside a quote, a finding across two quotes, nested or
// identical ranges: no piece ever needs a tag closed out of order.
#pragma once

#include <cstdint>
#include <functional>
#include <span>

#include "core/span.h"

namespace qa {

struct MarkedSegment {
  // A non-empty piece of the text; empty (begin == end) for a point: an
  // empty range, visited on its own where it stands.
  Span bytes;
  // Indexes (into the ranges given) of the ranges covering `bytes`, in
  // increasing order; for a point, the one empty range.
  std::span<const uint32_t> active;
  // Those of `active` that begin at bytes.begin (their first piece).
  std::span<const uint32_t> starting;
};

// Visits the pieces of [0, size) in order, the uncovered ones included (with
// no active range). Ranges are clamped to the text. Sorting the boundaries
// costs O(r log r) for r ranges; the rest is linear in the number of pieces
// times the ranges active at once. The spans a visit sees are valid only
// during it.
void ForEachMarkedSegment(std::span<const Span> ranges, size_t size,
                          const std::function<void(const MarkedSegment&)>& visit);

}  // namespace qa
