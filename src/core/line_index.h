// Maps byte offsets to 1-based line and column numbers. Columns count Unicode
// code points (a byte that is not valid UTF-8 counts as one); the byte column
// (for consumers that count UTF-8 bytes, such as reviewdog) is given too. Built once per
// document in linear time; a lookup is a binary search plus a scan of at most
// one 256-byte block, so even a 50 MB single line stays cheap.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace qa {

struct LineColumn {
  size_t line = 1;
  size_t column = 1;       // in code points
  size_t byte_column = 0;  // 1-based, in bytes from the line's start; 0 when unknown
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view bytes);
  LineColumn At(size_t offset) const;

 private:
  size_t CodePointsBefore(size_t offset) const;

  std::string_view bytes_;
  std::vector<size_t> line_starts_;
  std::vector<size_t> block_code_points_;  // code points before each 256-byte block
};

}  // namespace qa
