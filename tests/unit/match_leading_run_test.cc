// Patterns that open with a lazy run (match/leading_run.h) are searched by
// their tail and a walk back over the run. Every answer must be the one RE2
// gives for the whole pattern, groups included: the tests compare the two
// on random texts built from the words, punctuation and broken bytes that
// decide where a run may start.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "match/leading_run.h"
#include "match/pattern.h"
#include "re2_oracle.h"

namespace qa {
namespace {

using test_re2::ExpectAgreesWithRe2;
using test_re2::ExpectSame;
using test_re2::Re2Oracle;

TEST(LeadingRunTest, TheSpeakerRegionSplitsFromTheCue) {
  std::optional<LeadingRun> run =
      LeadingRun::Of("(?P<speaker>[^;:!?\"“”«»]+?)\\s+(?P<cue>said|told)\\s*[:,]?\\s*$");
  ASSERT_TRUE(run);
  EXPECT_EQ(run->tail(), "\\s+(?P<cue>said|told)\\s*[:,]?\\s*$");
  EXPECT_EQ(run->stops(), (std::vector<char32_t>{';', ':', '!', '?', '"', U'“', U'”', U'«', U'»'}));
  EXPECT_TRUE(LeadingRun::Of("(?<s>[^,]+?)x"));
}

TEST(LeadingRunTest, OnlyARunEveryMatchOpensWithSplits) {
  // One side of an alternation, a repeated group, a greedy run, no group.
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;]+?)\\s+said|told"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;]+?)*said"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;]+?){2}said"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;]+)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("([^;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;]+?)"));
  // A ')' the tail did not open closes a group the run sits in.
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;]+?)a)|(b"));
  // Classes whose members case folding or class syntax could widen.
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;k]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^a-z]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^\\d;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("(?P<s>[^;µ]+?)\\s+said"));
  // Alternations inside groups, classes and quoted text are the tail's own.
  EXPECT_TRUE(LeadingRun::Of("(?P<s>[^;]+?)\\s+(?:said|told)[|]\\Q|\\E"));
}

TEST(LeadingRunTest, TheRunMayFollowAPrefixAnchoredAtTheStart) {
  // The words right after a quote: "...," the agency said.
  std::optional<LeadingRun> run = LeadingRun::Of(
      "^\\s*[,.?!]?\\s*(?:[—–―]|--)?\\s*(?P<speaker>[^;:!?\"“”«»]+?)\\s+(?P<cue>said|told)\\b");
  ASSERT_TRUE(run);
  EXPECT_EQ(run->prefix(), "^\\s*[,.?!]?\\s*(?:[—–―]|--)?\\s*");
  EXPECT_EQ(run->tail(), "\\s+(?P<cue>said|told)\\b");
  EXPECT_EQ(LeadingRun::Of("^(?P<s>[^;]+?)\\s+said")->prefix(), "^");
  EXPECT_EQ(LeadingRun::Of("(?P<s>[^;]+?)\\s+said")->prefix(), "");
  // A lazy prefix prefers its shortest match, seldom its longest.
  EXPECT_FALSE(LeadingRun::Of("^[^;]*?,\\s*(?P<s>[^,;]+?)\\s+said"));
  EXPECT_FALSE(
      LeadingRun::Of("^,?"
                     "?(?P<s>[^,;]+?)\\s+said"));
  // A flag group would change how the tail, compiled apart, reads.
  EXPECT_FALSE(LeadingRun::Of("^(?i)\\s*(?P<s>[^;]+?)\\s+said"));
  EXPECT_TRUE(LeadingRun::Of("^(?i:so)\\s*(?P<s>[^;]+?)\\s+said"));
  // A prefix with a group of its own, a top-level alternation, or the run
  // inside one of its groups; a prefix that is not anchored.
  EXPECT_FALSE(LeadingRun::Of("^(,)\\s*(?P<s>[^;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("^,|;(?P<s>[^;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("^(?:,(?P<s>[^;]+?))\\s+said"));
  EXPECT_FALSE(LeadingRun::Of(",\\s*(?P<s>[^;]+?)\\s+said"));
  // An anchor repeated is none (found by fuzz_leading_run).
  EXPECT_FALSE(LeadingRun::Of("^?(?P<s>[^.;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("^*\\s*(?P<s>[^.;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("^{1,2}(?P<s>[^.;]+?)\\s+said"));
  EXPECT_FALSE(LeadingRun::Of("^\\Q(\\E(?P<s>[^;]+?)\\s+said"));
}

TEST(LeadingRunTest, APrefixedRunIsReadAsRe2ReadsIt) {
  const std::string source =
      "^\\s*[,.?!]?\\s*(?:[—–―]|--)?\\s*(?P<speaker>[^;:!?\"“”«»]+?)\\s+(?P<cue>said|told)\\b";
  std::string error;
  std::unique_ptr<Pattern> pattern = Pattern::Compile(source, {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  Re2Oracle oracle(source);
  ASSERT_TRUE(oracle.re.ok());
  std::optional<PatternMatch> match = pattern->Find(", the agency said on Monday");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->groups[1], (Span{2, 12}));
  EXPECT_EQ(match->groups[2], (Span{13, 17}));
  // The prefix's preferred match fails, a shorter one (the comma left to
  // the run) reaches the cue inside the prefix's text; a stop before the
  // cue; a cue with no run before it; a prefix that takes a dash or two.
  for (const std::string text :
       {",  said it", ", said", "; Varga said", ",!the mayor said", "said", " said Varga",
        "— Varga said", " -- Varga told", "?  Varga said", ",", "", " \xFF said",
        ", the agency: said", ", they said, the agency told"}) {
    ExpectAgreesWithRe2(*pattern, oracle, text, source);
  }
  // A prefix whose preferred match is not its longest: RE2 decides. Here
  // the preferred one leaves a stop to the run, a longer one does not.
  const std::string longer = "^(?:,|,\\.)?(?P<s>[^.;]+?)\\s+said";
  std::unique_ptr<Pattern> longer_pattern = Pattern::Compile(longer, {}, &error);
  ASSERT_NE(longer_pattern, nullptr) << error;
  Re2Oracle longer_oracle(longer);
  for (const std::string text : {",. x said", ", x said", ".x said", ",.; said"}) {
    ExpectAgreesWithRe2(*longer_pattern, longer_oracle, text, longer);
  }
  const std::string choice = "^(?:a|ab)?(?P<s>[^;]+?)\\s+said";
  std::unique_ptr<Pattern> other = Pattern::Compile(choice, {}, &error);
  ASSERT_NE(other, nullptr) << error;
  Re2Oracle choice_oracle(choice);
  for (const std::string text : {"ab said", "abc said", "a said", "b; said", "ab;x said"}) {
    ExpectAgreesWithRe2(*other, choice_oracle, text, choice);
  }
}

TEST(LeadingRunTest, TheRunStartsAfterTheLastStop) {
  std::optional<LeadingRun> run = LeadingRun::Of("(?P<s>[^;“]+?)\\s+said");
  ASSERT_TRUE(run);
  const std::string text = "Yes; the mayor “of Arle” Élise said";
  const size_t cue = text.find(" said");
  EXPECT_EQ(run->RunStart(text, 0, cue), text.find("of Arle"));
  // No further back than the start.
  EXPECT_EQ(run->RunStart("the mayor said", 4, 9), 4u);
  EXPECT_EQ(run->RunStart(text, 0, 3), 0u);
  // An empty run, at the start or right after a stop, ends where it starts.
  EXPECT_EQ(run->RunStart(text, 5, 5), 5u);
  EXPECT_EQ(run->RunStart(text, 0, text.find(';') + 1), text.find(';') + 1);
}

TEST(LeadingRunTest, BrokenBytesOnTheRunAreRe2sToAnswer) {
  std::optional<LeadingRun> run = LeadingRun::Of("(?P<s>[^;]+?)\\s+said");
  ASSERT_TRUE(run);
  EXPECT_EQ(run->RunStart("ab\xFF"
                          "cd",
                          0, 5),
            std::nullopt);
  EXPECT_EQ(run->RunStart("ab\xC3", 0, 3), std::nullopt);           // cut short
  EXPECT_EQ(run->RunStart("ab\xED\xA0\x80x", 0, 6), std::nullopt);  // a surrogate
  EXPECT_EQ(run->RunStart("ab\xC0\xAFx", 0, 5), std::nullopt);      // overlong
  // A character that begins before the start.
  EXPECT_EQ(run->RunStart("\xC3\xA9t\xC3\xA9", 1, 5), std::nullopt);
  // Before the last stop, broken bytes do not matter.
  EXPECT_EQ(run->RunStart("\xFF;ab\xC3\xA9", 0, 6), 2u);
}

TEST(LeadingRunTest, ARunThatWouldBeEmptyEndsAtTheTailsNextMatch) {
  // The tail's leftmost match is at the very start, where the run would be
  // empty, and again after a stop: the speaker is the run before the last.
  std::string error;
  std::unique_ptr<Pattern> pattern =
      Pattern::Compile("(?P<speaker>[^;:]+?)\\s+(?P<cue>said)\\b", {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  const std::string text = " said it; said so: then Varga said";
  std::optional<PatternMatch> match = pattern->Find(text);
  ASSERT_TRUE(match);
  EXPECT_EQ(text.substr(match->groups[1]->begin, match->groups[1]->size()), " then Varga");
  EXPECT_EQ(text.substr(match->groups[2]->begin, match->groups[2]->size()), "said");
  EXPECT_EQ(match->whole.end, text.size());
  EXPECT_FALSE(pattern->MatchPrefix(text));
  EXPECT_FALSE(pattern->Find(" said; said"));
}

// A search of part of a text reads the rest as context: a word boundary or
// the text's start is judged by the bytes around the part, so no match is
// found in part that the whole text does not hold.
TEST(PatternFindAllInPart, TheRestOfTheTextIsContext) {
  std::string error;
  std::unique_ptr<Pattern> word = Pattern::Compile("\\bsaid\\b", {}, &error);
  ASSERT_NE(word, nullptr) << error;
  auto spans = [](const std::vector<PatternMatch>& all) {
    std::vector<Span> out;
    for (const PatternMatch& m : all) out.push_back(m.whole);
    return out;
  };
  // "said" inside "unsaid": the part starts mid-word.
  EXPECT_EQ(spans(word->FindAll("unsaid, said", 0, 2, 12)), (std::vector<Span>{{8, 12}}));
  // The part ends mid-word: "saidx" is no match although "said" ends the part.
  EXPECT_TRUE(word->FindAll("saidx said", 0, 0, 4).empty());
  EXPECT_EQ(spans(word->FindAll("saidx said", 100, 0, 10)), (std::vector<Span>{{106, 110}}));
  std::unique_ptr<Pattern> start = Pattern::Compile("^said", {}, &error);
  ASSERT_NE(start, nullptr) << error;
  EXPECT_TRUE(start->FindAll("said said", 0, 1, 9).empty());
  EXPECT_EQ(start->FindAll("said said", 0, 0, 9).size(), 1u);
  // An empty or reversed part holds nothing.
  EXPECT_TRUE(word->FindAll("said", 0, 3, 1).empty());
}

TEST(LeadingRunTest, SplitPatternsFindWhatRe2Finds) {
  const std::vector<std::string> patterns = {
      "(?P<speaker>[^;:!?\"“”«»]+?)\\s+(?:(?:[a-z]+ly|(?i:also|later))\\s+)*"
      "(?P<cue>(?i:said|told|says|added|warned))(?:\\s+[^\\s;:!?\"“”«»()]+){0,4}?\\s*[:,]?\\s*$",
      "(?P<speaker>[^;:!?\"“”«»]+?)\\s+(?P<cue>(?i:said|told|says))\\b",
      "(?P<speaker>[^,;:!?\"“”«»]+?)(?:'s|’s|')\\s+(?P<cue>(?i:statement|report))\\b",
      "(?P<s>[^;]+?)(?:^|\\b)(?P<cue>said)?",  // a tail that may match empty
      "(?P<s>[^“”]+?)$",
      // After a prefix anchored at the start.
      "^\\s*[,.?!]?\\s*(?:[—–―]|--)?\\s*(?P<speaker>[^;:!?\"“”«»]+?)\\s+"
      "(?:(?:[a-z]+ly|(?i:also|later))\\s+)*(?P<cue>(?i:said|told|says|added|warned))\\b",
      "^\\s*,?\\s*(?P<s>[^;]+?)(?:^|\\b)(?P<cue>said)?",
      "^(?:,|, )?\\s*(?P<s>[^;:]+?)\\s+(?P<cue>said)\\s*[.!?]?\\s*$",
  };
  const std::vector<std::string> texts = test_re2::WindowTexts(3000, 7);
  for (const std::string& source : patterns) {
    ASSERT_TRUE(LeadingRun::Of(source)) << source;
    std::string error;
    std::unique_ptr<Pattern> pattern = Pattern::Compile(source, {}, &error);
    ASSERT_NE(pattern, nullptr) << error;
    Re2Oracle oracle(source);
    ASSERT_TRUE(oracle.re.ok());
    for (const std::string& text : texts) ExpectAgreesWithRe2(*pattern, oracle, text, source);
  }
}

TEST(LeadingRunTest, BuiltInAttributionPatternsFindWhatRe2Finds) {
  size_t split = 0;
  test_re2::ExpectBuiltInAttributionPatternsAgree(
      [](const std::string& regex) { return LeadingRun::Of(regex).has_value(); },
      test_re2::WindowTexts(600, 11), &split);
  // The speaker-before-cue patterns at least.
  EXPECT_GE(split, 4u);
}

}  // namespace
}  // namespace qa
