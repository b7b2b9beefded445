#include "core/line_index.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace qa
