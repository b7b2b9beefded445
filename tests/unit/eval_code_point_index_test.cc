#include <gtest/gtest.h>

#include <string>

#include "eval/code_point_index.h"

namespace qa {
namespace {

TEST(CodePointIndexTest, AsciiOffsetsAreByteOffsets) {
  CodePointIndex index("said Mayor");
  EXPECT_EQ(index.size(), 10u);
  EXPECT_EQ(index.ByteOffset(5), 5u);
  EXPECT_EQ(index.ByteOffset(10), 10u);
  EXPECT_FALSE(index.ByteOffset(11).has_value());
}

TEST(CodePointIndexTest, MultiByteCharactersCountOnce) {
  // "Zoë “hi”": ë is 2 bytes, each curly quote 3.
  std::string text = "Zo\xC3\xAB \xE2\x80\x9Chi\xE2\x80\x9D";
  CodePointIndex index(text);
  EXPECT_EQ(index.size(), 8u);
  EXPECT_EQ(index.ByteOffset(3), 4u);  // the space after ë
  EXPECT_EQ(index.ByteOffset(4), 5u);  // the opening mark
  EXPECT_EQ(index.ByteOffset(5), 8u);  // "h"
  EXPECT_EQ(index.ByteOffset(8), text.size());
}

TEST(CodePointIndexTest, InvalidBytesCountAsOneEach) {
  // A lone continuation byte and a truncated 3-byte sequence.
  std::string text =
      "a\x80"
      "b\xE2\x80";
  CodePointIndex index(text);
  EXPECT_EQ(index.size(), 5u);
  EXPECT_EQ(index.ByteOffset(2), 2u);
  EXPECT_EQ(index.ByteOffset(4), 4u);
}

TEST(CodePointIndexTest, LongTextAcrossCheckpoints) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "\xC3\xA9";  // é
  text += "x";
  CodePointIndex index(text);
  EXPECT_EQ(index.size(), 1001u);
  EXPECT_EQ(index.ByteOffset(700), 1400u);
  EXPECT_EQ(index.ByteOffset(1000), 2000u);
  EXPECT_EQ(index.ByteOffset(1001), 2001u);
}

}  // namespace
}  // namespace qa
