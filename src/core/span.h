// Byte spans into a document's original bytes. Every position quoteaudit keeps
// is one of these: half-open [begin, end), counted in bytes from the start of
// the file as read (BOM, CR and multi-byte characters included).
#pragma once

#include <cstddef>

namespace qa {

struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end > begin ? end - begin : 0; }
  bool empty() const { return end <= begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
  bool Contains(Span other) const { return other.begin >= begin && other.end <= end; }
  bool Overlaps(Span other) const { return other.begin < end && begin < other.end; }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
};

}  // namespace qa
