// The letter runs of a text (match/letter_runs.h): a pattern narrowed to one
// document's lexicon phrases drops a phrase only when MayHold says the
// document cannot hold it. A wrong "cannot" would silently lose a match, so
// the cases are also checked against RE2's own case-insensitive matching.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "match/letter_runs.h"
#include "match/pattern.h"

namespace qa {
namespace {

TEST(LetterRunsTest, HoldsThePhrasesWhoseWordsTheTextHas) {
  LetterRuns runs = LetterRuns::Of("Councillor Brenna Tolk said the ferry would run.");
  EXPECT_TRUE(runs.MayHold("said"));
  EXPECT_TRUE(runs.MayHold("ferry"));
  EXPECT_TRUE(runs.MayHold("run"));
  EXPECT_TRUE(runs.MayHold("said the ferry"));
  // Every word counts, in any order: the rest is RE2's to match.
  EXPECT_TRUE(runs.MayHold("the ferry said"));
  EXPECT_FALSE(runs.MayHold("said in a statement"));
  EXPECT_FALSE(runs.MayHold("shouted"));
  EXPECT_FALSE(runs.MayHold("whispered"));
  EXPECT_FALSE(runs.MayHold("told reporters"));
  // A word inside a longer one is held: RE2 decides about word boundaries.
  EXPECT_TRUE(runs.MayHold("council"));
  EXPECT_TRUE(runs.MayHold("cil"));
}

TEST(LetterRunsTest, ALongWordCountsByItsFirstEightLetters) {
  LetterRuns runs = LetterRuns::Of("Accordingly, the harbour board met to vote.");
  // "according" is not a word of the text, but its first eight letters
  // are: kept (RE2 decides), never wrongly dropped.
  EXPECT_TRUE(runs.MayHold("according to"));
  EXPECT_FALSE(runs.MayHold("accused"));
}

TEST(LetterRunsTest, LettersAreFoldedAsRe2FoldsThem) {
  // Upper case, the long s (U+017F) and the Kelvin sign (U+212A) match s
  // and k in a case-insensitive RE2 pattern, so they hold those phrases.
  EXPECT_TRUE(LetterRuns::Of("THE MAYOR SAID NO").MayHold("said"));
  EXPECT_TRUE(LetterRuns::Of("the mayor \xC5\xBF"
                             "aid no")
                  .MayHold("said"));
  EXPECT_TRUE(LetterRuns::Of("they \xE2\x84\xAA"
                             "new it")
                  .MayHold("knew"));
  EXPECT_TRUE(LetterRuns::Of("said").MayHold("SAID"));
  // Letters split by anything else are not a run.
  EXPECT_FALSE(LetterRuns::Of("sa-id s.a.i.d").MayHold("said"));
  // Other letters outside ASCII fold to nothing ASCII.
  EXPECT_FALSE(LetterRuns::Of("s\xC3\xA1id").MayHold("said"));
}

TEST(LetterRunsTest, OnlyRunsOfAsciiLettersCount) {
  LetterRuns runs = LetterRuns::Of("nothing here, 'tis said");
  // Apostrophes, digits, spaces and letters outside ASCII split runs.
  EXPECT_TRUE(runs.MayHold("'tis said"));
  EXPECT_FALSE(runs.MayHold("'twas said"));
  EXPECT_TRUE(runs.MayHold("\xC3\xA9nothing"));
  EXPECT_TRUE(runs.MayHold("2 here"));
  EXPECT_TRUE(runs.MayHold("  nothing\xC2\xA0here"));
  EXPECT_FALSE(runs.MayHold("  something"));
  // A phrase without ASCII letters may always match.
  EXPECT_TRUE(runs.MayHold(""));
  EXPECT_TRUE(runs.MayHold("\xC3\xA9\xC3\xA9 -- 2"));
}

TEST(LetterRunsTest, CoversTextsMadeOfTheDocumentsRuns) {
  const std::string document = "Officials said the Vessen ferry would run on time.";
  LetterRuns runs = LetterRuns::Of(document);
  EXPECT_TRUE(runs.Covers(document));
  EXPECT_TRUE(runs.Covers("the ferry said"));      // its words rearranged
  EXPECT_TRUE(runs.Covers("   ,,, ...  "));        // no letters at all
  EXPECT_TRUE(runs.Covers("OFFICIALS SAID"));      // folded
  EXPECT_FALSE(runs.Covers("Officials shouted"));  // a word it lacks
  EXPECT_FALSE(runs.Covers("the ferries"));        // a longer run it lacks
  EXPECT_FALSE(LetterRuns().Covers("a"));
  EXPECT_TRUE(LetterRuns().Covers("?!"));
}

TEST(LetterRunsTest, EachSetHasItsOwnId) {
  LetterRuns a = LetterRuns::Of("same words");
  LetterRuns b = LetterRuns::Of("same words");
  EXPECT_NE(a.id(), 0u);
  EXPECT_NE(a.id(), b.id());
  EXPECT_EQ(LetterRuns().id(), 0u);
}

// For every phrase and text: where RE2 finds the phrase case-insensitively,
// the text's runs hold it, and so do the runs of any document covering it.
TEST(LetterRunsTest, NeverRulesOutAPhraseRe2Finds) {
  const std::vector<std::string> phrases = {
      "said",    "says",        "told reporters", "according to", "sources",  "k",
      "kin",     "ask",         "asked",          "stressed",     "s",        "ss",
      "insists", "spokeswoman", "experts",        "officials",    "analysts", "observers"};
  const std::vector<std::string> texts = {
      "Officials SAID so",
      "Experts, the spokeswoman insists, asked first",
      "\xC5\xBF\xC5\xBF",
      "A\xE2\x84\xAAin to it",
      "ASKS",
      "she told Reporters",
      "according   to them",
      "observers-analysts",
      "\xE2\x80\x9Csources\xE2\x80\x9D",
      "stre\xC5\xBF\xC5\xBF"
      "ed",
  };
  for (const std::string& text : texts) {
    LetterRuns runs = LetterRuns::Of(text);
    LetterRuns wider = LetterRuns::Of("unrelated words, then " + text + " and more");
    for (const std::string& phrase : phrases) {
      RE2::Options options;
      options.set_case_sensitive(false);
      RE2 re(QuoteMeta(phrase), options);
      ASSERT_TRUE(re.ok());
      if (!RE2::PartialMatch(text, re)) continue;
      EXPECT_TRUE(runs.MayHold(phrase)) << phrase << " in " << text;
      EXPECT_TRUE(wider.Covers(text)) << text;
      EXPECT_TRUE(wider.MayHold(phrase)) << phrase << " around " << text;
    }
  }
}

}  // namespace
}  // namespace qa
