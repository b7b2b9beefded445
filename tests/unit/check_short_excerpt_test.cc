#include <gtest/gtest.h>

#include <string>

#include "checks/check_text.h"

namespace qa {
namespace {

using check_text::ShortExcerpt;

TEST(ShortExcerptTest, ShortTextKeepsItsWordsWithSpacesCollapsed) {
  EXPECT_EQ(ShortExcerpt("the harbour levy", 60), "the harbour levy");
  EXPECT_EQ(ShortExcerpt("  the\r\n harbour\t\tlevy \n", 60), "the harbour levy");
  EXPECT_EQ(ShortExcerpt("", 60), "");
  EXPECT_EQ(ShortExcerpt(" \n ", 60), "");
}

TEST(ShortExcerptTest, LongTextIsCutAtTheLimitWithAnEllipsis) {
  // No space near the limit: the cut falls exactly after ten code points.
  EXPECT_EQ(ShortExcerpt("abcdefghijklmnopqrstuvwxyz", 10), "abcdefghij\xE2\x80\xA6");
  // A space near the limit: the half-written word is dropped.
  EXPECT_EQ(ShortExcerpt("the ferry firm allegedly hid the losses", 20),
            "the ferry firm\xE2\x80\xA6");
  // Exactly at the limit: nothing is cut.
  EXPECT_EQ(ShortExcerpt("abcdefghij", 10), "abcdefghij");
  EXPECT_EQ(ShortExcerpt("abcdefghij   ", 10), "abcdefghij");
}

TEST(ShortExcerptTest, CountsCodePointsAndNeverCutsInsideOne) {
  // "é" is two bytes and "→" three; each counts once.
  const std::string word = "\xC3\xA9\xC3\xA9\xE2\x86\x92\xE2\x86\x92\xC3\xA9";
  EXPECT_EQ(ShortExcerpt(word, 5), word);
  EXPECT_EQ(ShortExcerpt(word, 3), "\xC3\xA9\xC3\xA9\xE2\x86\x92\xE2\x80\xA6");
  // A sequence cut short by the end of the text is kept as it stands.
  EXPECT_EQ(ShortExcerpt("ab\xE2\x86", 10), "ab\xE2\x86");
}

}  // namespace
}  // namespace qa
