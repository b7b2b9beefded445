// Lines and columns of byte offsets asked for in increasing order, in one
// forward pass over the text: cheaper than building a LineIndex
// (core/line_index.h) for a document whose few places are all asked in order
// (its comparable paragraphs, its spoken quotes). Columns count code points,
// as LineIndex does; byte columns are not worked out (left 0).
#pragma once

#include <cstddef>
#include <string_view>

#include "core/line_index.h"

namespace qa {

class ForwardPositions {
 public:
  // `bytes` must outlive this.
  explicit ForwardPositions(std::string_view bytes) : bytes_(bytes) {}

  // An offset below the previous call's is answered too, by starting over.
  LineColumn At(size_t offset);

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  LineColumn at_;
};

}  // namespace qa
