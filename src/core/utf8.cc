#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace qa {
namespace {

bool InRange(unsigned char c, unsigned char low, unsigned char high) {
  return c >= low && c <= high;
}

}  // namespace

size_t CodePointStarts(std::string_view bytes) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  size_t continuations = 0;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, bytes.data() + i, 8);
    // Bit 7 of each continuation byte: set in the byte, clear one place lower.
    const uint64_t marks = chunk & ~(chunk << 1) & kHighBits;
    // One bit per byte at bit 0, summed by a multiply into the top byte
    // (std::popcount is a library call without -mpopcnt).
    continuations += static_cast<size_t>(((marks >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < bytes.size(); ++i) {
    continuations += (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80 ? 1 : 0;
  }
  return bytes.size() - continuations;
}

size_t ValidUtf8Length(std::string_view bytes, size_t i) {
  unsigned char c = static_cast<unsigned char>(bytes[i]);
  if (c < 0x80) return 1;
  // The second byte's range depends on the lead byte: this rules out
  // overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF
  // (F4); C0, C1 and F5..FF never start a sequence.
  unsigned char low = 0x80, high = 0xBF;
  size_t length = 0;
  if (InRange(c, 0xC2, 0xDF)) {
    length = 2;
  } else if (InRange(c, 0xE0, 0xEF)) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (InRange(c, 0xF0, 0xF4)) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > bytes.size()) return 0;
  if (!InRange(static_cast<unsigned char>(bytes[i + 1]), low, high)) return 0;
  for (size_t k = 2; k < length; ++k) {
    if (!InRange(static_cast<unsigned char>(bytes[i + k]), 0x80, 0xBF)) return 0;
  }
  return length;
}

char32_t DecodeValidUtf8(std::string_view bytes, size_t i, size_t length) {
  if (length == 1) return static_cast<unsigned char>(bytes[i]);
  char32_t value = static_cast<unsigned char>(bytes[i]) & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    value = (value << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
  }
  return value;
}

bool IsUnicodeSpace(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x00A0:  // no-break space (French « text »)
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:  // narrow no-break space
    case 0x205F:
    case 0x3000:  // ideographic space
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;  // en quad .. hair space
  }
}

std::string EncodeUtf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

}  // namespace qa
