#include "core/forward_positions.h"

#include <algorithm>
#include <cstring>

#include "core/utf8.h"

namespace qa {

LineColumn ForwardPositions::At(size_t offset) {
  offset = std::min(offset, bytes_.size());
  if (offset < pos_) {
    pos_ = 0;
    at_ = LineColumn{};
  }
  while (pos_ < offset) {
    const void* newline = std::memchr(bytes_.data() + pos_, '\n', offset - pos_);
    if (newline == nullptr) {
      at_.column += CodePointStarts(bytes_.substr(pos_, offset - pos_));
      pos_ = offset;
    } else {
      ++at_.line;
      at_.column = 1;
      pos_ = static_cast<size_t>(static_cast<const char*>(newline) - bytes_.data()) + 1;
    }
  }
  return at_;
}

}  // namespace qa
