// A big program whose every match opens at a word boundary finds where its
// unanchored match starts by searches anchored at each boundary, not by RE2's
// reverse program (match/pattern.cc, MatchFromBoundary). Its answers must be
// RE2's: the tests compare with RE2 where matches open at a word's start, at
// its end, after a letter outside ASCII, after many boundaries that open
// nothing, and where groups depend on the bytes around the match.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "match/pattern.h"
#include "match/pattern_syntax.h"
#include "re2_oracle.h"

namespace qa {
namespace {

using test_re2::ExpectAgreesWithRe2;
using test_re2::Re2Oracle;

// Alternatives no test text holds, enough to make RE2's program big: its
// groups are then read through the capture memo and the boundary search.
std::string Bulk() { return "(?:zq(?:\\p{L}|\\p{N})(?:\\p{L}|\\p{N})qz)?"; }

TEST(OpensAtWordBoundaryTest, OnlyALeadingBoundaryThatCoversEveryAlternative) {
  EXPECT_TRUE(OpensAtWordBoundary("\\bsaid"));
  EXPECT_TRUE(OpensAtWordBoundary("\\b(?P<source>officials|experts)\\s+said"));
  EXPECT_TRUE(OpensAtWordBoundary("\\b(?:a|b)(?:c|d)"));
  // A `|` that is no alternation: escaped, in a class, quoted.
  EXPECT_TRUE(OpensAtWordBoundary("\\ba\\|b"));
  EXPECT_TRUE(OpensAtWordBoundary("\\ba[|)]b"));
  EXPECT_TRUE(OpensAtWordBoundary("\\ba\\Q|)\\Eb"));
  // Every alternative opening so, at the top or inside a leading group.
  EXPECT_TRUE(OpensAtWordBoundary("\\bsaid|\\btold"));
  EXPECT_TRUE(OpensAtWordBoundary("(?:\\bsaid)"));
  EXPECT_TRUE(OpensAtWordBoundary("\\bsaid\\b|(?P<passive>\\bwas\\s+said|\\bis(?:a|b))"));
  EXPECT_TRUE(OpensAtWordBoundary("(?i:\\bsaid|(?:\\btold))x"));
  // An alternative beside the boundary may match anywhere.
  EXPECT_FALSE(OpensAtWordBoundary("\\bsaid|told"));
  EXPECT_FALSE(OpensAtWordBoundary("\\b(?:said)|told"));
  EXPECT_FALSE(OpensAtWordBoundary("\\bsaid|(?P<p>\\bwas|is)"));
  EXPECT_FALSE(OpensAtWordBoundary("\\bsaid|"));
  // A group made optional or repeated, a flag setting first, a group not closed.
  EXPECT_FALSE(OpensAtWordBoundary("(?:\\bsaid)?x"));
  EXPECT_FALSE(OpensAtWordBoundary("(?P<x>\\bsaid)+"));
  EXPECT_FALSE(OpensAtWordBoundary("(?i)\\bsaid"));
  EXPECT_FALSE(OpensAtWordBoundary("(\\bsaid"));
  // A boundary made optional, another assertion, none at all.
  EXPECT_FALSE(OpensAtWordBoundary("\\b?said"));
  EXPECT_FALSE(OpensAtWordBoundary("\\b*said"));
  EXPECT_FALSE(OpensAtWordBoundary("\\b{0,1}said"));
  EXPECT_FALSE(OpensAtWordBoundary("\\Bsaid"));
  EXPECT_FALSE(OpensAtWordBoundary("said\\b"));
  EXPECT_FALSE(OpensAtWordBoundary(""));
}

// Texts of words, spaces, marks, digits, underscores and letters outside
// ASCII (never word characters to RE2's \b), so that every kind of boundary
// comes before, inside and after the matches.
std::vector<std::string> RandomTexts(size_t count, unsigned seed) {
  static const std::vector<std::string> pieces = {
      "officials", "experts", "some", "said", "told", "that", "agency", " ", " ",  " ",   ",",
      ".",         "-",       "_",    "7",    "É",    "’",    "\"",     "(", "\n", "\xFF"};
  return test_re2::RandomTexts(pieces, 14, count, seed);
}

TEST(WordBoundaryStartTest, BigProgramsOpeningAtABoundaryFindWhatRe2Finds) {
  const std::vector<std::string> sources = {
      // Opening at a word's start, with groups.
      "\\b(?P<source>(?:some\\s+)?(?:officials|experts))\\s+(?P<verb>said|told)\\b",
      // Opening where a word ends: the boundary before a space or a mark.
      "\\b\\s*(?P<verb>said|told)",
      "\\b[,.]\\s*(?P<word>\\w+)",
      // Groups that depend on the bytes around the match and the text's edges.
      "\\b(?:(?P<first>^said)|(?P<later>said))(?:(?P<last>\\b$)|(?P<more>\\b))",
      "\\b(?P<run>(?:said|told|that|\\s)+)",
      // Alternatives that each open at a boundary, one inside a group.
      "\\b(?P<said>said)\\b|(?P<passive>\\bwas\\s+told|\\b-\\s*(?P<word>\\w+))",
      // Leftmost-first among matches that start at the same boundary.
      "\\b(?P<short>officials|officials\\s+said)(?P<rest>.*?)\\.",
  };
  const std::vector<std::string> texts = RandomTexts(300, 11);
  for (const std::string& source : sources) {
    const std::string regex = source + Bulk();
    ASSERT_TRUE(OpensAtWordBoundary(regex)) << source;
    std::string error;
    std::unique_ptr<Pattern> pattern = Pattern::Compile(regex, {}, &error);
    ASSERT_NE(pattern, nullptr) << error;
    Re2Oracle oracle(regex);
    ASSERT_GT(oracle.re.ProgramSize(), 512) << "too small for the boundary search: " << source;
    // Twice over: the second time, groups come from the memo.
    for (int round = 0; round < 2; ++round) {
      for (const std::string& text : texts) ExpectAgreesWithRe2(*pattern, oracle, text, source);
    }
  }
}

TEST(WordBoundaryStartTest,
     MatchesFarFromTheStartAreFoundAsRe2FindsThemBeforeAndAfterTheTriesRunOut) {
  // Dozens of boundaries before each match, searched again and again: the
  // pattern's anchored searches run out part-way (a few per instruction of
  // its program), inside one search, and RE2's own search takes over.
  const std::string regex = "\\b(?P<source>officials)\\s+(?P<verb>said)\\b" + Bulk();
  std::string error;
  std::unique_ptr<Pattern> pattern = Pattern::Compile(regex, {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  Re2Oracle oracle(regex);
  std::string lead;
  for (int i = 0; i < 60; ++i) lead += "the, ";
  const size_t rounds = 40 * static_cast<size_t>(oracle.re.ProgramSize()) / 120 + 10;
  for (size_t round = 0; round < rounds; ++round) {
    const std::string words = std::to_string(round % 61);
    const std::string text = lead.substr(0, 5 * (round % 61));
    ExpectAgreesWithRe2(*pattern, oracle, text + "officials said", words);
    ExpectAgreesWithRe2(*pattern, oracle, text + "officials said. " + text + "Officials said",
                        words);
    ExpectAgreesWithRe2(*pattern, oracle, text + "officials told", words);
  }
}

TEST(WordBoundaryStartTest, AnAlternativeBesideTheBoundaryIsFoundInsideAWord) {
  // "told" may match anywhere, "xtold" included: RE2's own search decides.
  const std::string regex = "\\b(?P<said>said)|(?P<told>told)" + Bulk();
  std::string error;
  std::unique_ptr<Pattern> pattern = Pattern::Compile(regex, {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  Re2Oracle oracle(regex);
  ASSERT_GT(oracle.re.ProgramSize(), 512);
  for (const std::string text : {"xtold", "a xtold b said", "unsaid, then xtold", "said"}) {
    ExpectAgreesWithRe2(*pattern, oracle, text, text);
  }
}

TEST(WordBoundaryStartTest, LongMatchesReadTheirGroupsAsRe2Does) {
  // Matches longer than RE2's bit-state engine takes for a big program.
  const std::string regex = "\\b(?P<head>said)(?P<body>[a-z ]*?)(?P<tail>\\s+told)\\b" + Bulk();
  std::string error;
  std::unique_ptr<Pattern> pattern = Pattern::Compile(regex, {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  Re2Oracle oracle(regex);
  for (size_t filler : {10u, 200u, 3000u}) {
    const std::string body(filler, 'a');
    const std::string text = "x said " + body + " told y, said " + body + " told";
    ExpectAgreesWithRe2(*pattern, oracle, text, std::to_string(filler));
  }
}

}  // namespace
}  // namespace qa
