#include "eval/code_point_index.h"

namespace qa {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

size_t Utf8SequenceLength(std::string_view bytes, size_t pos) {
  unsigned char lead = static_cast<unsigned char>(bytes[pos]);
  size_t length = 0;
  unsigned char min_second = 0x80;
  unsigned char max_second = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;  // overlong
    if (lead == 0xED) max_second = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;  // overlong
    if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
  } else {
    return 1;
  }
  if (pos + length > bytes.size()) return 1;
  unsigned char second = static_cast<unsigned char>(bytes[pos + 1]);
  if (second < min_second || second > max_second) return 1;
  for (size_t i = 2; i < length; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(bytes[pos + i]))) return 1;
  }
  return length;
}

CodePointIndex::CodePointIndex(std::string_view utf8) : bytes_(utf8) {
  size_t pos = 0;
  while (pos < bytes_.size()) {
    if (code_points_ % kStride == 0) checkpoints_.push_back(pos);
    pos += Utf8SequenceLength(bytes_, pos);
    ++code_points_;
  }
  if (code_points_ % kStride == 0) checkpoints_.push_back(pos);
}

std::optional<size_t> CodePointIndex::ByteOffset(size_t index) const {
  if (index > code_points_) return std::nullopt;
  size_t pos = checkpoints_[index / kStride];
  for (size_t k = index - index % kStride; k < index; ++k) {
    pos += Utf8SequenceLength(bytes_, pos);
  }
  return pos;
}

}  // namespace qa
