// Patterns that close with a greedy run (match/trailing_run.h) are searched
// by their head and a walk forward over the run. Every answer must be the
// one RE2 gives for the whole pattern, groups included: the tests compare
// the two on random windows built from the words, punctuation and broken
// bytes that decide where a run may end.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "match/leading_run.h"
#include "match/pattern.h"
#include "match/trailing_run.h"
#include "re2_oracle.h"

namespace qa {
namespace {

using test_re2::ExpectAgreesWithRe2;
using test_re2::Re2Oracle;

std::string GroupText(const std::string& text, const std::optional<Span>& group) {
  return group ? text.substr(group->begin, group->size()) : "(none)";
}

TEST(TrailingRunTest, TheSpeakerRegionSplitsFromTheCue) {
  std::optional<TrailingRun> run =
      TrailingRun::Of("^\\s*[,.]?\\s*(?P<cue>said|told)\\s+(?P<speaker>[^;:!?\"“”«»]+)");
  ASSERT_TRUE(run);
  EXPECT_EQ(run->head(), "^\\s*[,.]?\\s*(?P<cue>said|told)\\s+");
  EXPECT_EQ(run->stops(), (std::vector<char32_t>{';', ':', '!', '?', '"', U'“', U'”', U'«', U'»'}));
  EXPECT_TRUE(TrailingRun::Of("x(?<s>[^,]+)"));
  // An escaped parenthesis opens no group; a class may hold one.
  std::optional<TrailingRun> escaped = TrailingRun::Of("\\((?P<s>[^;)]+)");
  ASSERT_TRUE(escaped);
  EXPECT_EQ(escaped->head(), "\\(");
  EXPECT_TRUE(TrailingRun::Of("[(]\\s*(?P<s>[^;]+)"));
}

TEST(TrailingRunTest, OnlyARunEveryMatchClosesWithSplits) {
  // One side of an alternation, a lazy run, a repeated group, no name.
  EXPECT_FALSE(TrailingRun::Of("said|\\s+(?P<s>[^;]+)"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^;]+?)"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^;]+)*"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^;]+){2}"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+([^;]+)"));
  // Nothing before the run, or something after it.
  EXPECT_FALSE(TrailingRun::Of("(?P<s>[^;]+)"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^;]+)\\."));
  // The run inside another group, which the match may leave out.
  EXPECT_FALSE(TrailingRun::Of("said(?:\\s+(?P<s>[^;]+))"));
  EXPECT_FALSE(TrailingRun::Of("said(\\s+(?P<s>[^;]+))?"));
  // Classes whose members case folding or class syntax could widen.
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^;k]+)"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^a-z]+)"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^\\d;]+)"));
  EXPECT_FALSE(TrailingRun::Of("said\\s+(?P<s>[^;µ]+)"));
  // Alternations inside groups, classes and quoted text are the head's own.
  EXPECT_TRUE(TrailingRun::Of("(?:said|told)[|]\\Q|\\E\\s+(?P<s>[^;]+)"));
}

TEST(TrailingRunTest, TheRunEndsAtTheFirstStop) {
  std::optional<TrailingRun> run = TrailingRun::Of("said\\s+(?P<s>[^;“]+)");
  ASSERT_TRUE(run);
  const std::string text = "said Élise Marr, the mayor “of Arle”; then";
  const size_t begin = text.find("Élise");
  EXPECT_EQ(run->RunEnd(text, begin, text.size()), text.find("“"));
  // No further than the end given.
  EXPECT_EQ(run->RunEnd(text, begin, begin + 6), begin + 6);
  // An empty run, at a stop or at the end, ends where it starts.
  EXPECT_EQ(run->RunEnd(text, text.find(';'), text.size()), text.find(';'));
  EXPECT_EQ(run->RunEnd(text, text.size(), text.size()), text.size());
}

TEST(TrailingRunTest, BrokenBytesOnTheRunAreRe2sToAnswer) {
  std::optional<TrailingRun> run = TrailingRun::Of("said\\s+(?P<s>[^;]+)");
  ASSERT_TRUE(run);
  EXPECT_EQ(run->RunEnd("ab\xFF"
                        "cd",
                        0, 5),
            std::nullopt);
  EXPECT_EQ(run->RunEnd("ab\xC3", 0, 3), std::nullopt);           // cut short
  EXPECT_EQ(run->RunEnd("ab\xED\xA0\x80x", 0, 6), std::nullopt);  // a surrogate
  EXPECT_EQ(run->RunEnd("ab\xC0\xAFx", 0, 5), std::nullopt);      // overlong
  // A character that ends after the end given.
  EXPECT_EQ(run->RunEnd("t\xC3\xA9t", 0, 2), std::nullopt);
  // After the first stop, broken bytes do not matter.
  EXPECT_EQ(run->RunEnd("ab\xC3\xA9;\xFF", 0, 6), 4u);
}

TEST(TrailingRunTest, AHeadFollowedByAStopLeavesTheMatchToRe2) {
  // The head's own match ("said " with the space) stands before a stop; the
  // whole pattern's gives the space back to the run.
  std::string error;
  std::unique_ptr<Pattern> pattern =
      Pattern::Compile("(?P<cue>said)\\s*(?P<speaker>[^;]+)", {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  const std::string text = "they said ;later";
  std::optional<PatternMatch> match = pattern->Find(text);
  ASSERT_TRUE(match);
  EXPECT_EQ(GroupText(text, match->groups[2]), " ");
  EXPECT_EQ(match->whole, (Span{5, 10}));
  // At the end of the text the head's match is not the whole's either.
  EXPECT_FALSE(pattern->Find("they said"));
  // Followed by a character of the run, the head decides.
  match = pattern->Find("they said Varga; then");
  ASSERT_TRUE(match);
  EXPECT_EQ(GroupText("they said Varga; then", match->groups[2]), "Varga");
}

TEST(TrailingRunTest, SplitPatternsFindWhatRe2Finds) {
  const std::vector<std::string> patterns = {
      "^\\s*[,.?!]?\\s*(?:[—–―]|--)?\\s*\\b(?P<cue>(?i:said|told|says|added|warned))\\b\\s+"
      "(?P<speaker>[^;:!?\"“”«»]+)",
      "(?P<cue>(?i:according to))\\s+(?P<speaker>[^,;:!?\"“”«»()]+)",
      "(?P<cue>said)\\s*(?P<s>[^;]+)",         // a head that may give its space back
      "(?:^|\\b)(?P<cue>said)?(?P<s>[^“”]+)",  // a head that may match empty
  };
  const std::vector<std::string> texts = test_re2::WindowTexts(3000, 13);
  for (const std::string& source : patterns) {
    ASSERT_TRUE(TrailingRun::Of(source)) << source;
    std::string error;
    std::unique_ptr<Pattern> pattern = Pattern::Compile(source, {}, &error);
    ASSERT_NE(pattern, nullptr) << error;
    Re2Oracle oracle(source);
    ASSERT_TRUE(oracle.re.ok());
    for (const std::string& text : texts) ExpectAgreesWithRe2(*pattern, oracle, text, source);
  }
}

TEST(TrailingRunTest, BuiltInAttributionPatternsFindWhatRe2Finds) {
  size_t split = 0;
  // A pattern that opens with a run is searched by its tail instead.
  test_re2::ExpectBuiltInAttributionPatternsAgree(
      [](const std::string& regex) {
        return !LeadingRun::Of(regex) && TrailingRun::Of(regex).has_value();
      },
      test_re2::WindowTexts(600, 17), &split);
  // The cue-before-speaker patterns: the quote's cue, "according to".
  EXPECT_GE(split, 3u);
}

}  // namespace
}  // namespace qa
