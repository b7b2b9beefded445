// When the progress line shows and what it draws (cli/progress_line.h),
// decided from the flags and from given durations, never by waiting.
#include "cli/progress_line.h"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>

namespace qa {
namespace {

using std::chrono::milliseconds;

TEST(ProgressLineTest, WantedOnlyOnATerminalOutsideCiWithoutQuiet) {
  EXPECT_TRUE(ProgressWanted(/*stderr_is_terminal=*/true, /*in_ci=*/false, /*quiet=*/false));
  EXPECT_FALSE(ProgressWanted(false, false, false));  // piped or redirected
  EXPECT_FALSE(ProgressWanted(true, true, false));    // CI
  EXPECT_FALSE(ProgressWanted(true, false, true));    // --quiet
  EXPECT_FALSE(ProgressWanted(false, true, true));
}

TEST(ProgressLineTest, QuietForTheFirstSecondThenAFewTimesASecond) {
  std::ostringstream err;
  ProgressLine line(&err, 10);
  EXPECT_FALSE(line.Due(milliseconds(0)));
  EXPECT_FALSE(line.Due(milliseconds(999)));
  EXPECT_TRUE(line.Due(milliseconds(1000)));
  line.Update(3, 3'000'000, 2, milliseconds(500));  // a short run draws nothing
  EXPECT_EQ(err.str(), "");
  line.Update(4, 4'000'000, 2, milliseconds(1000));
  EXPECT_EQ(err.str(), "\r4/10 articles, 4.0 MB/s, 2 findings");
  EXPECT_FALSE(line.Due(milliseconds(1100)));  // too soon after the last draw
  line.Update(5, 5'000'000, 2, milliseconds(1100));
  EXPECT_EQ(err.str(), "\r4/10 articles, 4.0 MB/s, 2 findings");
  EXPECT_TRUE(line.Due(milliseconds(1250)));
}

TEST(ProgressLineTest, RedrawsOverALongerLineAndErasesItAtTheEnd) {
  std::ostringstream err;
  ProgressLine line(&err, 100);
  line.Update(10, 2'000'000, 11, milliseconds(1000));
  const std::string first = "\r10/100 articles, 2.0 MB/s, 11 findings";
  ASSERT_EQ(err.str(), first);
  line.Update(11, 2'000'000, 1, milliseconds(2000));
  // Shorter: spaces cover the rest of the old line.
  const std::string second = "\r11/100 articles, 1.0 MB/s, 1 finding  ";
  ASSERT_EQ(second.size(), first.size());
  ASSERT_EQ(err.str(), first + second);
  line.Clear();
  const std::string erased = "\r" + std::string(first.size() - 1, ' ') + "\r";
  EXPECT_EQ(err.str(), first + second + erased);
  line.Clear();  // nothing shown: nothing to erase
  EXPECT_EQ(err.str(), first + second + erased);
}

TEST(ProgressLineTest, NotWantedDrawsNothing) {
  ProgressLine line(nullptr, 5);
  line.Update(5, 1'000'000, 3, milliseconds(5000));
  line.Clear();  // and does not crash
  SUCCEED();
}

TEST(ProgressLineTest, TextCountsArticlesSpeedAndFindings) {
  EXPECT_EQ(ProgressLine::Text(0, 2225, 0, 0, milliseconds(0)),
            "0/2225 articles, 0.0 MB/s, 0 findings");
  EXPECT_EQ(ProgressLine::Text(1, 3, 3'900'000, 1, milliseconds(1000)),
            "1/3 articles, 3.9 MB/s, 1 finding");
}

}  // namespace
}  // namespace qa
