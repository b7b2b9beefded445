// Converts Unicode code point offsets (how brat and most annotation tools
// count) into byte offsets into the UTF-8 file (how quoteaudit counts).
// A byte that does not start a valid UTF-8 sequence counts as one code point,
// as Python's "surrogateescape" decoding would count it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace qa {

class CodePointIndex {
 public:
  // Keeps a view of `utf8`, which must outlive the index. Linear time; keeps
  // one checkpoint per kStride code points.
  explicit CodePointIndex(std::string_view utf8);

  size_t size() const { return code_points_; }  // code points in the text

  // Byte offset where code point `index` starts; size() maps to the byte
  // length. nullopt when `index` is beyond the end.
  std::optional<size_t> ByteOffset(size_t index) const;

 private:
  static constexpr size_t kStride = 256;

  std::string_view bytes_;
  size_t code_points_ = 0;
  std::vector<size_t> checkpoints_;  // byte offset of code point k * kStride
};

}  // namespace qa
