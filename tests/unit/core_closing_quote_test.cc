// Closing quote marks at and before a position (core/text.h): the sentence
// splitter asks after every full stop whether a mark follows, and the
// checks ask whether one ends right before a word.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/text.h"

namespace qa {
namespace {

TEST(ClosingQuoteTest, EveryMarkIsFoundAtItsPlaceWithItsLength) {
  const std::string_view marks[] = {"\"",           "'",           "\xE2\x80\x99",
                                    "\xE2\x80\x9D", "\xC2\xBB",    "\xE2\x80\xBA",
                                    "\xE3\x80\x8D", "\xE3\x80\x8F"};
  for (std::string_view mark : marks) {
    const std::string text = "ends." + std::string(mark) + " Next";
    EXPECT_EQ(ClosingQuoteLengthAt(text, 5), mark.size()) << text;
    EXPECT_EQ(ClosingQuoteLengthBefore(text, 5 + mark.size()), mark.size()) << text;
  }
}

TEST(ClosingQuoteTest, OtherBytesAndCutMarksAreNoMark) {
  // Opening curly marks, a dash and a letter share the marks' lead bytes or
  // none; a mark cut by the end of the text is not one.
  const std::string text = "a\xE2\x80\x9C b\xE2\x80\x94 c\xC2\xAB d";
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    EXPECT_EQ(ClosingQuoteLengthAt(text, pos), 0u) << pos;
    EXPECT_EQ(ClosingQuoteLengthBefore(text, pos), 0u) << pos;
  }
  EXPECT_EQ(ClosingQuoteLengthAt("x\xE2\x80", 1), 0u);
  EXPECT_EQ(ClosingQuoteLengthBefore("\x80\x9D", 2), 0u);
  EXPECT_EQ(ClosingQuoteLengthBefore("", 0), 0u);
  EXPECT_EQ(ClosingQuoteLengthAt("", 0), 0u);
}

TEST(ClosingQuoteTest, BeforeLooksOnlyAtTheBytesBeforeThePosition) {
  const std::string text = "said \xE2\x80\x9D then";
  EXPECT_EQ(ClosingQuoteLengthBefore(text, 8), 3u);
  EXPECT_EQ(ClosingQuoteLengthBefore(text, 9), 0u);
  // A position past the end reads the whole text.
  EXPECT_EQ(ClosingQuoteLengthBefore("done\"", 99), 1u);
}

}  // namespace
}  // namespace qa
