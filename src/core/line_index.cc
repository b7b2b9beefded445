#include "core/line_index.h"

#include <algorithm>

namespace qa {
namespace {

constexpr size_t kBlock = 256;  // 3% extra memory on a huge line; short scans per lookup

bool StartsCodePoint(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

LineIndex::LineIndex(std::string_view bytes) : bytes_(bytes) {
  line_starts_.push_back(0);
  size_t code_points = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (i % kBlock == 0) block_code_points_.push_back(code_points);
    if (bytes[i] == '\n') line_starts_.push_back(i + 1);
    if (StartsCodePoint(bytes[i])) ++code_points;
  }
  block_code_points_.push_back(code_points);
}

size_t LineIndex::CodePointsBefore(size_t offset) const {
  size_t block = offset / kBlock;
  size_t count = block_code_points_[block];
  for (size_t i = block * kBlock; i < offset; ++i) {
    if (StartsCodePoint(bytes_[i])) ++count;
  }
  return count;
}

LineColumn LineIndex::At(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());
  size_t start = line_starts_[line - 1];
  return {line, CodePointsBefore(offset) - CodePointsBefore(start) + 1, offset - start + 1};
}

}  // namespace qa
