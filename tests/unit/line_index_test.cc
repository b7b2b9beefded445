#include "core/line_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/forward_positions.h"

namespace qa {
namespace {

TEST(LineIndexTest, CountsLinesFromOne) {
  LineIndex index("ab\ncd\n");
  EXPECT_EQ(index.At(0).line, 1u);
  EXPECT_EQ(index.At(3).line, 2u);
  EXPECT_EQ(index.At(4).column, 2u);
}

TEST(LineIndexTest, ColumnsCountCodePointsNotBytes) {
  // "é" is two bytes, "“" three: the quote after them is in column 3.
  std::string text = "\xC3\xA9\xE2\x80\x9C\"";
  LineIndex index(text);
  EXPECT_EQ(index.At(5).column, 3u);
}

TEST(LineIndexTest, ByteColumnsCountUtf8Bytes) {
  // Second line: "é“x": x is the third code point but the sixth byte.
  std::string text = "ab\n\xC3\xA9\xE2\x80\x9Cx";
  LineIndex index(text);
  LineColumn at = index.At(text.size() - 1);
  EXPECT_EQ(at.line, 2u);
  EXPECT_EQ(at.column, 3u);
  EXPECT_EQ(at.byte_column, 6u);
}

TEST(LineIndexTest, CrLfKeepsColumnsOnTheNextLine) {
  LineIndex index("a\r\nb");
  EXPECT_EQ(index.At(3).line, 2u);
  EXPECT_EQ(index.At(3).column, 1u);
}

TEST(LineIndexTest, LongLinesAcrossBlocks) {
  std::string text(10000, 'x');
  text += "\xE2\x80\x9Cy";
  LineIndex index(text);
  EXPECT_EQ(index.At(10003).column, 10002u);
  EXPECT_EQ(index.At(text.size()).column, 10003u);
}

// Every offset of texts mixing ASCII, two- to four-byte characters, stray
// continuation bytes, CR LF and long lines, against a count byte by byte.
TEST(LineIndexTest, EveryOffsetAgreesWithCountingByteByByte) {
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           " ",
                                           "\n",
                                           "\r\n",
                                           "\xC3\xA9",
                                           "\xE2\x80\x9C",
                                           "\xF0\x9F\x99\x82",
                                           "\x80",
                                           "\xBF",
                                           "\xFF",
                                           std::string(300, 'q')};
  std::mt19937 random(5);
  for (int round = 0; round < 20; ++round) {
    std::string text;
    while (text.size() < 1500) text += pieces[random() % pieces.size()];
    const LineIndex index(text);
    size_t line = 1;
    size_t column = 1;
    size_t line_start = 0;
    for (size_t offset = 0; offset <= text.size(); ++offset) {
      const LineColumn at = index.At(offset);
      ASSERT_EQ(at.line, line) << "round " << round << " offset " << offset;
      ASSERT_EQ(at.column, column) << "round " << round << " offset " << offset;
      ASSERT_EQ(at.byte_column, offset - line_start + 1) << "round " << round;
      if (offset == text.size()) break;
      if (text[offset] == '\n') {
        ++line;
        column = 1;
        line_start = offset + 1;
      } else if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) {
        ++column;  // a byte that starts a code point (continuation bytes do not)
      }
    }
  }
}

// The one-pass positions agree with the index at offsets asked in order,
// forward jumps of any size, repeats, and an offset below the last one
// (which starts over), over CRLF, multi-byte and invalid bytes.
TEST(ForwardPositionsTest, AgreesWithTheLineIndexInAnyOrder) {
  const std::string text =
      "Mayor \xC3\x89lodie Varga:\r\n\xE2\x80\x9CNo.\xE2\x80\x9D\n\n\xFF tail "
      "\xF0\x9F\x99\x82 end\nlast line";
  const LineIndex index(text);
  std::mt19937 random(11);
  for (int round = 0; round < 50; ++round) {
    ForwardPositions positions(text);
    size_t offset = 0;
    for (int ask = 0; ask < 12; ++ask) {
      const size_t step = random() % 8;
      offset = random() % 6 == 0 ? random() % (text.size() + 1)  // sometimes back
                                 : std::min(offset + step, text.size() + 3);
      const LineColumn expected = index.At(std::min(offset, text.size()));
      const LineColumn at = positions.At(offset);
      ASSERT_EQ(at.line, expected.line) << "offset " << offset;
      ASSERT_EQ(at.column, expected.column) << "offset " << offset;
    }
  }
}

}  // namespace
}  // namespace qa
