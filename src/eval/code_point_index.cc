#include "eval/code_point_index.h"

#include <algorithm>

#include "core/utf8.h"

namespace qa {
namespace {

// Bytes in the code point at `pos`; an invalid byte is a code point of its own.
size_t CodePointLength(std::string_view bytes, size_t pos) {
  return std::max<size_t>(1, ValidUtf8Length(bytes, pos));
}

}  // namespace

CodePointIndex::CodePointIndex(std::string_view utf8) : bytes_(utf8) {
  size_t pos = 0;
  while (pos < bytes_.size()) {
    if (code_points_ % kStride == 0) checkpoints_.push_back(pos);
    pos += CodePointLength(bytes_, pos);
    ++code_points_;
  }
  if (code_points_ % kStride == 0) checkpoints_.push_back(pos);
}

std::optional<size_t> CodePointIndex::ByteOffset(size_t index) const {
  if (index > code_points_) return std::nullopt;
  size_t pos = checkpoints_[index / kStride];
  for (size_t k = index - index % kStride; k < index; ++k) {
    pos += CodePointLength(bytes_, pos);
  }
  return pos;
}

}  // namespace qa
