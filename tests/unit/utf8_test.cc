#include "core/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace qa {
namespace {

// Where SkipPlainAscii must stop, found one byte at a time: the first byte
// from `i` on outside 0x20..0x7E or equal to `stop` or `other_stop`, when
// it lies in the whole eight-byte windows from `i`; else where the last
// partial window starts (the caller reads it byte by byte).
size_t SkipByteByByte(const std::string& bytes, size_t i, char stop, char other_stop = '\x7F') {
  auto plain = [&](size_t at) {
    const auto c = static_cast<unsigned char>(bytes[at]);
    return c >= 0x20 && c < 0x7F && bytes[at] != stop && bytes[at] != other_stop;
  };
  for (; i + 8 <= bytes.size(); i += 8) {
    for (size_t k = i; k < i + 8; ++k) {
      if (!plain(k)) return k;
    }
  }
  return i;
}

TEST(Utf8Test, PlainAsciiIsSkippedEightBytesAtATime) {
  EXPECT_EQ(SkipPlainAscii("The mayor spoke at noon.", 0), 24u - 24u % 8);
  EXPECT_EQ(SkipPlainAscii("The mayor\tspoke now", 0), 9u);  // the tab itself
  EXPECT_EQ(SkipPlainAscii("He said \"no\" twice", 0, '"'), 8u);
  EXPECT_EQ(SkipPlainAscii("a path, C:\\temp, and \"x\"", 0, '"', '\\'), 10u);
  EXPECT_EQ(SkipPlainAscii("caf\xC3\xA9 in town", 0), 3u);
  EXPECT_EQ(SkipPlainAscii("short", 0), 0u);  // fewer than eight bytes: read by the caller
}

TEST(Utf8Test, SkippingAgreesWithLookingAtEachByte) {
  // Bytes at the edges of each test: controls, space, DEL, tilde, the
  // quote mark and the backslash, bytes with the high bit; long runs of plain letters between.
  const std::string edges = std::string("\x00\x01\x1F \x21\x7E\x7F\x80\xC2\xA0\xE2\xFF\"\\", 14);
  std::mt19937 random(5);
  for (int round = 0; round < 400; ++round) {
    std::string bytes;
    const size_t size = random() % 80;
    for (size_t i = 0; i < size; ++i) {
      bytes += random() % 6 == 0 ? edges[random() % edges.size()]
                                 : static_cast<char>('a' + random() % 26);
    }
    for (const char stop : {'\x7F', '"'}) {
      for (size_t i = 0; i <= bytes.size(); ++i) {
        ASSERT_EQ(SkipPlainAscii(bytes, i, stop), SkipByteByByte(bytes, i, stop))
            << "round " << round << ", from " << i;
      }
    }
    for (size_t i = 0; i <= bytes.size(); ++i) {
      ASSERT_EQ(SkipPlainAscii(bytes, i, '"', '\\'), SkipByteByByte(bytes, i, '"', '\\'))
          << "round " << round << ", from " << i << ", two stops";
    }
  }
}

}  // namespace
}  // namespace qa
