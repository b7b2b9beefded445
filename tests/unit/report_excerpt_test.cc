#include <gtest/gtest.h>

#include <string>

#include "report/excerpt.h"

namespace qa {
namespace {

std::string All(const std::string& text, size_t max = 100) {
  return Excerpt(text, {0, text.size()}, max);
}

TEST(ExcerptTest, CollapsesWhitespaceAndLineBreaksAndTrims) {
  EXPECT_EQ(All("  \"We will\r\n   rebuild,\"\tshe said. \n"), "\"We will rebuild,\" she said.");
}

TEST(ExcerptTest, UnicodeSpacesCollapseToo) {
  EXPECT_EQ(All("a\xC2\xA0\xC2\xA0"
                "b\xE2\x80\xAF"
                "c"),
            "a b c");
}

TEST(ExcerptTest, CutsNearAWordBoundaryWithEllipsis) {
  std::string text = "The council voted to close the old harbour road for the winter season";
  std::string excerpt = All(text, 40);
  EXPECT_EQ(excerpt, "The council voted to close the old\xE2\x80\xA6");
}

TEST(ExcerptTest, HardCutWhenNoSpaceIsNear) {
  std::string excerpt = All(std::string(50, 'x'), 10);
  EXPECT_EQ(excerpt, std::string(10, 'x') + "\xE2\x80\xA6");
}

TEST(ExcerptTest, NeverCutsInsideACharacter) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "\xE2\x80\x9C";  // 30 curly quotes, 3 bytes each
  std::string excerpt = All(text, 7);
  EXPECT_EQ(excerpt.size(), 7 * 3 + 3u);
  EXPECT_EQ(DisplayWidth(excerpt), 8u);
}

TEST(ExcerptTest, InvalidBytesBecomeOneReplacementCharacter) {
  EXPECT_EQ(All("caf\xE9\xFF au lait"), "caf\xEF\xBF\xBD au lait");
}

TEST(ExcerptTest, SequenceCutBySpanEndIsNotPrinted) {
  std::string text = "ab\xE2\x80\x9C";
  EXPECT_EQ(Excerpt(text, {0, 4}), "ab\xEF\xBF\xBD");
}

TEST(ExcerptTest, SpanBeyondTheTextIsClamped) {
  EXPECT_EQ(Excerpt("short", {2, 99}), "ort");
  EXPECT_EQ(Excerpt("short", {9, 99}), "");
}

TEST(ExcerptTest, HugeSpanIsCheap) {
  std::string text(20u << 20, 'a');
  EXPECT_EQ(DisplayWidth(All(text)), 101u);
}

}  // namespace
}  // namespace qa
