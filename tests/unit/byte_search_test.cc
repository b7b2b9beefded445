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

}  // namespace
}  // namespace qa
