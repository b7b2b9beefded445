#include "core/byte_search.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace qa {
namespace {

// The first of the stops (or of the bytes of 0x80 and up) found eight bytes
// at a time is the one a byte-by-byte search finds, wherever the range starts
// and ends, whatever stands before it in its chunk (other stops, the same
// stop twice, non-ASCII bytes), and `end` when the range holds none.
TEST(ByteSearchTest, FindsWhatAByteByByteSearchFinds) {
  const std::string alphabet = "ab .!?x\"'\xC3\xA9\x80\xFF\n";
  std::mt19937 random(3);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const size_t size = random() % 40;
    for (size_t i = 0; i < size; ++i) {
      // Mostly plain letters, so stops fall at every offset of a chunk.
      text += random() % 4 == 0 ? alphabet[random() % alphabet.size()] : 'a';
    }
    const size_t begin = size == 0 ? 0 : random() % (size + 1);
    const size_t end = begin + (size == begin ? 0 : random() % (size - begin + 1));
    for (const bool high : {false, true}) {
      size_t expected = end;
      for (size_t i = begin; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '.' || byte == '!' || byte == '?' || (high && byte >= 0x80)) {
          expected = i;
          break;
        }
      }
      EXPECT_EQ((FindFirstByte<'.', '!', '?'>(text, begin, end, high)), expected)
          << "round " << round << " high " << high;
    }
  }
}

TEST(ByteSearchTest, EmptyRangeAndNoStopGiveTheEnd) {
  const std::string text = "plain words and more plain words";
  EXPECT_EQ((FindFirstByte<'.'>(text, 5, 5, true)), 5u);
  EXPECT_EQ((FindFirstByte<'.'>(text, 0, text.size(), true)), text.size());
  EXPECT_EQ((FindFirstByte<'w'>(text, 0, text.size(), false)), 6u);
}

// A word's run of ASCII letters and digits ends, eight bytes at a time,
// where a byte-by-byte test ends it: every byte value at every offset of a
// chunk, and runs that end with the text.
TEST(ByteSearchTest, AlnumRunEndsWhereAByteByByteTestEndsIt) {
  auto alnum = [](unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  for (int stop = 0; stop < 256; ++stop) {
    for (size_t at = 0; at < 12; ++at) {
      std::string text = "xQ" + std::string(at, 'k');
      text += static_cast<char>(stop);
      text += "zz9Z";
      size_t expected = 2 + at;
      while (expected < text.size() && alnum(static_cast<unsigned char>(text[expected]))) {
        ++expected;
      }
      EXPECT_EQ(AsciiAlnumRunEnd(text, 2), expected) << "byte " << stop << " at " << at;
    }
  }
  EXPECT_EQ(AsciiAlnumRunEnd("Varga2024", 0), 9u);
  EXPECT_EQ(AsciiAlnumRunEnd("said, then", 0), 4u);
  EXPECT_EQ(AsciiAlnumRunEnd(", then", 0), 0u);
  EXPECT_EQ(AsciiAlnumRunEnd("caf\xC3\xA9 noir", 0), 3u);
}

}  // namespace
}  // namespace qa
