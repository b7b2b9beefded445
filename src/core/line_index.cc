#include "core/line_index.h"

#include <algorithm>
#include <cstring>

#include "core/utf8.h"

namespace qa {
namespace {

constexpr size_t kBlock = 256;  // 3% extra memory on a huge line; short scans per lookup

}  // namespace

LineIndex::LineIndex(std::string_view bytes) : bytes_(bytes) {
  // Built for every document a report or a check locates findings in: one
  // pass for the line starts (memchr) and a count per block, eight bytes at a time.
  // A line per 64 bytes or so, room at once (untouched room of a big
  // file's reserve is never paged in).
  line_starts_.reserve(bytes.size() / 64 + 2);
  line_starts_.push_back(0);
  const char* const end = bytes.data() + bytes.size();
  const char* at = bytes.data();
  // (memchr must not see the null pointer of an empty view.)
  while (at != end && (at = static_cast<const char*>(
                           std::memchr(at, '\n', static_cast<size_t>(end - at)))) != nullptr) {
    ++at;
    line_starts_.push_back(static_cast<size_t>(at - bytes.data()));
  }
  block_code_points_.reserve(bytes.size() / kBlock + 2);
  size_t code_points = 0;
  for (size_t block = 0; block < bytes.size(); block += kBlock) {
    block_code_points_.push_back(code_points);
    code_points += CodePointStarts(bytes.substr(block, kBlock));
  }
  block_code_points_.push_back(code_points);
}

size_t LineIndex::CodePointsBefore(size_t offset) const {
  const size_t block = offset / kBlock;
  return block_code_points_[block] +
         CodePointStarts(bytes_.substr(block * kBlock, offset - block * kBlock));
}

LineColumn LineIndex::At(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());
  size_t start = line_starts_[line - 1];
  // Within one block the bytes between are counted at once: two partial
  // blocks read up to twice as many.
  const size_t code_points = offset / kBlock == start / kBlock
                                 ? CodePointStarts(bytes_.substr(start, offset - start))
                                 : CodePointsBefore(offset) - CodePointsBefore(start);
  return {line, code_points + 1, offset - start + 1};
}

}  // namespace qa
