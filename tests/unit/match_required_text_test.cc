// The literals a pattern requires (match/required_text.h): what a Pattern
// checks before it compiles or runs RE2 on a text. A clause that is wrong
// would silently skip a match, so every case is also checked against RE2.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "match/pattern.h"
#include "match/required_text.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

std::vector<std::string> Texts(const RequiredText& required) {
  std::vector<std::string> out;
  for (const auto& clause : required.clauses()) {
    std::string all;
    for (const auto& literal : clause) all += (all.empty() ? "" : "|") + literal.text;
    out.push_back(all);
  }
  return out;
}

// RE2's own answer must never be "match" where MayMatch says "cannot".
void ExpectAgreesWithRe2(const std::string& pattern, bool case_sensitive,
                         const std::vector<std::string>& texts) {
  RE2::Options options;
  options.set_case_sensitive(case_sensitive);
  RE2 re(pattern, options);
  ASSERT_TRUE(re.ok()) << pattern;
  RequiredText required = RequiredText::Of(pattern, case_sensitive);
  for (const std::string& text : texts) {
    if (RE2::PartialMatch(text, re)) {
      EXPECT_TRUE(required.MayMatch(text)) << pattern << " on " << text;
    }
  }
}

TEST(RequiredTextTest, ATranscriptLabelNeedsItsColon) {
  RequiredText required = RequiredText::Of(
      "^\\s*(?P<speaker>\\p{Lu}[\\p{Lu}'’.-]+(?:\\s\\p{Lu}[\\p{Lu}'’.-]+){0,2})(?P<cue>:)(?:\\s|$)",
      true);
  EXPECT_EQ(Texts(required), std::vector<std::string>{":"});
  EXPECT_FALSE(required.MayMatch("KOVAL said the quay would reopen"));
  EXPECT_TRUE(required.MayMatch("KOVAL: The quay reopens."));
}

TEST(RequiredTextTest, AnyOfTheDashesOrTwoHyphens) {
  RequiredText required =
      RequiredText::Of("^\\s*(?P<cue>[—–―]|--)\\s*(?P<speaker>\\p{Lu}.+)", true);
  EXPECT_EQ(Texts(required), std::vector<std::string>{"—|–|―|--"});
  EXPECT_FALSE(required.MayMatch(" - Ines Reyes, harbour master"));
  EXPECT_TRUE(required.MayMatch(" -- Ines Reyes"));
  EXPECT_TRUE(required.MayMatch(" ― Ines Reyes"));
}

TEST(RequiredTextTest, OptionalPartsRequireNothing) {
  for (const char* pattern : {"a?", "(?:said)*", "x{0,3}", "(?:--)?\\s*\\p{Lu}", "a|\\d", "(?:)"}) {
    EXPECT_TRUE(RequiredText::Of(pattern, true).clauses().empty()) << pattern;
  }
  // One required piece is enough to say something.
  EXPECT_EQ(Texts(RequiredText::Of("(?:--)?\\s*said\\b", true)), std::vector<std::string>{"said"});
  EXPECT_EQ(Texts(RequiredText::Of("colou?r", true)), std::vector<std::string>{"colour|color"});
}

TEST(RequiredTextTest, CaseFoldingFollowsRe2) {
  RequiredText required = RequiredText::Of("(?i:according to)\\s+(?-i:X)", true);
  EXPECT_TRUE(required.MayMatch("ACCORDING TO X"));
  EXPECT_TRUE(required.MayMatch("According to X"));
  EXPECT_FALSE(required.MayMatch("according to x"));
  // RE2 folds k with the Kelvin sign and s with the long s.
  ExpectAgreesWithRe2("(?i)kelvin", true,
                      {"\xE2\x84\xAA"
                       "elvin",
                       "KELVIN", "kelvi"});
  ExpectAgreesWithRe2("said", false,
                      {"\xC5\xBF"
                       "aid",
                       "SAID", "sai d"});
  // Other letters are not followed under folding: nothing is required.
  EXPECT_TRUE(RequiredText::Of("(?i)é", true).clauses().empty());
  // "(?i)" lasts to the end of its group, across its alternatives.
  ExpectAgreesWithRe2("(?:(?i)ab|cd)ef", true, {"ABef", "CDef", "abEF"});
}

// A folded literal is found wherever it stands, in any case, and nowhere
// else: RE2 on a literal pattern gives the same answer on every text.
TEST(RequiredTextTest, FoldedLiteralsAreFoundWhereRe2FindsThem) {
  std::mt19937 random(11);
  const std::string alphabet[] = {"a", "A", "b", "B", "-", " ", "\xC3\xA9", "\xC3\x89", "`"};
  for (const std::string literal : {"ab-a", "-ab", "bb", "a", "b`a"}) {
    const std::string pattern = "(?i:" + RE2::QuoteMeta(literal) + ")";
    RE2 re(pattern);
    ASSERT_TRUE(re.ok()) << pattern;
    const RequiredText required = RequiredText::Of(pattern, true);
    ASSERT_FALSE(required.clauses().empty()) << pattern;
    for (int n = 0; n < 3000; ++n) {
      std::string text;
      const size_t length = random() % 24;
      for (size_t i = 0; i < length; ++i) text += alphabet[random() % std::size(alphabet)];
      EXPECT_EQ(required.MayMatch(text), RE2::PartialMatch(text, re))
          << literal << " in \"" << text << "\"";
    }
  }
}

TEST(RequiredTextTest, QuickChecksSkipFoldedClauses) {
  // Once RE2 has a pattern compiled, a folded search costs about what its
  // own scan does: only byte searches are kept.
  RequiredText required = RequiredText::Of("(?i:according to)\\s+(?P<cue>:)", true);
  EXPECT_FALSE(required.MayMatch("Varga: yes"));
  EXPECT_TRUE(required.MayMatch("Varga: yes", /*quick=*/true));
  EXPECT_FALSE(required.MayMatch("according to Varga", /*quick=*/true));
}

// Found by fuzz_required_text: RE2 reads "#(?)?" as an optional '#' (the
// repetition after a flags group applies to the piece before it), so the
// '#' is not required.
TEST(RequiredTextTest, ARepetitionAfterAFlagsGroupRepeatsThePieceBeforeIt) {
  ExpectAgreesWithRe2("x|#(?)?:tha", true, {"?:tha", ":tha", "#:tha"});
  ExpectAgreesWithRe2("ab(?i)*c", true, {"ac", "abbbc"});
  ExpectAgreesWithRe2("ab(?s)+c", true, {"abbc"});
  ExpectAgreesWithRe2("ab(?i){0,2}c", true, {"ac"});
  // Without a repetition after it, a flags group still only changes case.
  EXPECT_FALSE(RequiredText::Of("said(?i)x", true).MayMatch("nothing here"));
}

TEST(RequiredTextTest, WhatItCannotReadRequiresNothing) {
  for (const char* pattern : {"\\1", "(?#x)said", "(?<=a)b", "[a"}) {
    RequiredText required = RequiredText::Of(pattern, true);
    EXPECT_TRUE(required.MayMatch("")) << pattern;
  }
}

TEST(RequiredTextTest, SyntaxCornersAgreeWithRe2) {
  const std::vector<std::string> texts = {
      "",
      "a{2}",
      "aa",
      "{,2}",
      "x]y",
      "said that (x)(x)",
      "\\Q",
      "KOVAL: yes",
      "-- Reyes",
      "a\tb",
      "é",
      "said: \"",
      "[[:alpha:]]",
      "a-b",
      "ab]c",
      "x{y}z",
      "—",
      "\xC2\xA0said",
  };
  const char* patterns[] = {
      "a{2}",          "a{,2}",
      "\\{,2\\}",      "x]y",
      "\\Q(x)\\E{2,}", "\\Qsaid",
      "[]a]b",         "[^]a]",
      "[a-b]",         "[-a]",
      "[a-]",          "[[:alpha:]]",
      "\\x{A0}said",   "\\xC2",
      "a\\tb",         "\\Q\\E",
      "(?P<x>:)",      "(?s:.)said",
      "x{y}z",         "(?U)a+?b",
      "(?i)[ab]c",     "\\pLsaid",
      "\\p{Lu}:",      "[\\x{2014}-]",
      "(?:said|)\\b:", "(a|b)(c|d)(e|f)(g|h)(i|j)",
  };
  for (const char* pattern : patterns) {
    ExpectAgreesWithRe2(pattern, true, texts);
    ExpectAgreesWithRe2(pattern, false, texts);
  }
}

// A lexicon narrowed to no phrase is an empty class: a pattern that needs
// it matches nothing and is neither compiled nor run.
TEST(RequiredTextTest, APatternThatNeedsAnEmptyClassNeverMatches) {
  const std::string never = "(?:[^\\x00-\\x{10FFFF}])";
  for (const std::string& pattern : std::vector<std::string>{
           never, "\\b(?P<source>" + never + ")\\s+said\\b", "(?:" + never + "|" + never + ")+x",
           "[^\\x{0}-\\x{7F}\\x{80}-\\x{10FFFF}]"}) {
    EXPECT_TRUE(RequiredText::Of(pattern, true).never()) << pattern;
    EXPECT_FALSE(RequiredText::Of(pattern, false).MayMatch("officials said x")) << pattern;
  }
  // Where the empty class is optional or one branch of several, the rest
  // still matches.
  EXPECT_EQ(Texts(RequiredText::Of("(?:" + never + "|said|told)\\b", true)),
            std::vector<std::string>{"said|told"});
  for (const std::string& pattern :
       std::vector<std::string>{"(?:" + never + ")?said", "(?:" + never + "){0,3}said",
                                "x|" + never, "[^\\x00-\\x{10FFFE}]", "[^\\x01-\\x{10FFFF}]",
                                "[^\\x00-\\x{FF}\\x{101}-\\x{10FFFF}]"}) {
    EXPECT_FALSE(RequiredText::Of(pattern, true).never()) << pattern;
  }
  const std::vector<std::string> texts = {"said", "x", "", "\xF4\x8F\xBF\xBE", "\x01", "\xC4\x80"};
  for (const std::string& pattern : std::vector<std::string>{
           never, "x|" + never, "(?:" + never + ")?said", std::string("[^\\x00-\\x{10FFFE}]"),
           std::string("[^\\x01-\\x{10FFFF}]"),
           std::string("[^\\x00-\\x{FF}\\x{101}-\\x{10FFFF}]")}) {
    ExpectAgreesWithRe2(pattern, true, texts);
    ExpectAgreesWithRe2(pattern, false, texts);
  }
}

TEST(RequiredTextTest, APatternThatCannotMatchIsNeverRun) {
  std::unique_ptr<Pattern> pattern =
      Pattern::Deferred("\\b(?P<source>(?:[^\\x00-\\x{10FFFF}]))\\s+said", {});
  EXPECT_FALSE(pattern->Matches("officials said"));
  EXPECT_FALSE(pattern->Find("officials said"));
  EXPECT_TRUE(pattern->FindAll("officials said").empty());
  // Its groups are still read from the text.
  EXPECT_EQ(pattern->GroupIndex("source"), 1);
}

TEST(RequiredTextTest, EveryBuiltInAttributionPatternAgreesWithRe2) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const std::vector<std::string> windows = {
      ", said Mayor Ilse Brandt.",
      " — Ines Reyes, harbour master",
      "KOVAL: We will reopen the quay.",
      "According to the ministry, ",
      "Varga told reporters on Monday: ",
      "Said Koval, who runs the ferry, ",
      "the agency’s warning ",
      "That was the verdict of Dr. Hannah Lowe.",
      "So said the mayor.",
      "Helga Brandt, Lisbon Daily: ",
  };
  size_t gated = 0;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    std::string regex = ExpandPlaceholders(spec.pattern, loaded.rules).regex;
    ExpectAgreesWithRe2(regex, true, windows);
    if (!RequiredText::Of(regex, true).clauses().empty()) ++gated;
  }
  // The colon, dash and "according to" patterns at least.
  EXPECT_GE(gated, 5u);
}

TEST(RequiredTextTest, APatternIsNotCompiledForATextWithoutItsLiterals) {
  std::unique_ptr<Pattern> pattern = Pattern::Deferred("(?P<speaker>\\p{Lu}+)(?P<cue>:)", {});
  EXPECT_FALSE(pattern->Matches("no colon here"));
  EXPECT_FALSE(pattern->Find("KOVAL said so"));
  auto match = pattern->Find("KOVAL: yes");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->groups[2]->begin, 5u);
  EXPECT_EQ(pattern->FindAll("A: b, C: d").size(), 2u);
}

}  // namespace
}  // namespace qa
