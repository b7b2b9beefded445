// A big lexicon cut to its frequent phrases (match/frequent_phrases.h): which
// phrases are kept, which texts may hold the others, which program a
// pattern searches a text with, and that a pattern so cut finds exactly
// what the full pattern finds.
#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "match/frequent_phrases.h"
#include "match/pattern.h"
#include "match/pattern_focus.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"

namespace qa {
namespace {

// A lexicon of `size` made-up verbs, "v0" to "v<size-1>"-like words, with a
// few phrases of several words.
std::vector<std::string> Verbs(size_t size) {
  std::vector<std::string> verbs;
  for (size_t i = 0; i < size; ++i) verbs.push_back("verb" + std::to_string(i) + "ed");
  return verbs;
}

TEST(FrequentPhrasesTest, AShortLexiconIsNotCut) {
  EXPECT_EQ(FrequentPhrases::Of(Verbs(2 * FrequentPhrases::kFrequent)), nullptr);
  EXPECT_NE(FrequentPhrases::Of(Verbs(2 * FrequentPhrases::kFrequent + 1)), nullptr);
}

TEST(FrequentPhrasesTest, KeepsTheFirstPhrasesAndLaterOnesOpeningWithTheirWords) {
  std::vector<std::string> verbs = Verbs(300);
  verbs[0] = "Told";
  verbs[200] = "told reporters";
  verbs[201] = "tolder";
  verbs[202] = "--";  // no word: never cut
  auto cut = FrequentPhrases::Of(verbs);
  ASSERT_NE(cut, nullptr);
  std::vector<std::string> expected(verbs.begin(), verbs.begin() + FrequentPhrases::kFrequent);
  expected.push_back("told reporters");
  expected.push_back("--");
  EXPECT_EQ(cut->phrases(), expected);
}

TEST(FrequentPhrasesTest, ATextMayHoldTheOthersOnlyWhereTheirWordsStandWhole) {
  std::vector<std::string> verbs = Verbs(300);
  verbs[250] = "rail against";
  auto cut = FrequentPhrases::Of(verbs);
  ASSERT_NE(cut, nullptr);
  EXPECT_FALSE(cut->MayHoldOthers("Mara verb0ed and verb63ed twice."));
  EXPECT_TRUE(cut->MayHoldOthers("Mara verb64ed once."));
  EXPECT_TRUE(cut->MayHoldOthers("Mara VERB299ED once."));
  // Inside a longer word, or without its other word, a phrase cannot match.
  EXPECT_FALSE(cut->MayHoldOthers("Mara xverb64ed and verb64edx, verb64ed_"));
  EXPECT_FALSE(cut->MayHoldOthers("the rail line by the river"));
  EXPECT_TRUE(cut->MayHoldOthers("they rail against it"));
  // Words end where RE2's \b says: at any byte outside ASCII letters and digits.
  EXPECT_TRUE(cut->MayHoldOthers("\xC3\xA9verb64ed\xC3\xA9"));
  // The Kelvin sign and the long s fold to ASCII letters: anything may match.
  EXPECT_TRUE(cut->MayHoldOthers("Mara verb0ed \xE2\x84\xAA"));
  EXPECT_TRUE(cut->MayHoldOthers("Mara verb0ed \xC5\xBF"));
  // The answer for the last text is remembered; another text is read afresh.
  EXPECT_FALSE(cut->MayHoldOthers("Mara verb0ed."));
  EXPECT_TRUE(cut->MayHoldOthers("Mara verb100ed."));
}

TEST(FrequentPhrasesTest, ATextMayHoldAnyPhraseOnlyWhereItsWordsStandWhole) {
  std::vector<std::string> verbs = Verbs(300);
  verbs[250] = "rail against";
  auto cut = FrequentPhrases::Of(verbs);
  ASSERT_NE(cut, nullptr);
  EXPECT_TRUE(cut->MayHoldAny("Mara verb0ed."));    // a frequent phrase
  EXPECT_TRUE(cut->MayHoldAny("Mara VERB299ED."));  // one of the others
  EXPECT_FALSE(cut->MayHoldAny("Mara walked home."));
  EXPECT_FALSE(cut->MayHoldAny("Mara xverb0ed and verb0edx, verb0ed_"));
  EXPECT_FALSE(cut->MayHoldAny("the rail line by the river"));
  EXPECT_TRUE(cut->MayHoldAny("they rail against it"));
  EXPECT_TRUE(cut->MayHoldAny("Mara walked \xE2\x84\xAA"));  // the Kelvin sign may be a k
  // Both answers come from one reading of the same text, whichever is asked first.
  EXPECT_TRUE(cut->MayHoldAny("Mara verb1ed."));
  EXPECT_FALSE(cut->MayHoldOthers("Mara verb1ed."));
  EXPECT_TRUE(cut->MayHoldOthers("Mara verb201ed."));
  EXPECT_TRUE(cut->MayHoldAny("Mara verb201ed."));
}

// A pattern whose frequent program finds only "verb0ed", whatever the cut
// keeps: wrong on purpose, so the tests can see which program answered.
std::unique_ptr<Pattern> WrongWhenFrequent(std::shared_ptr<const FrequentPhrases> cut,
                                           const std::string& full) {
  Pattern::LexiconSource source;
  source.full = [full] { return full; };
  source.narrowed = [full](const LetterRuns&) { return full; };
  source.groups = "\\b(?P<verb>(?:))\\b";
  source.frequent = [] { return std::string("\\b(?P<verb>verb0ed)\\b"); };
  source.cuts = [cut] { return std::vector{cut}; };
  return Pattern::Deferred(std::move(source), {}, nullptr);
}

TEST(FrequentPhrasesTest, APatternSearchesWithTheCutOnlyTextsWithoutTheOthers) {
  auto cut = FrequentPhrases::Of(Verbs(300));
  auto pattern = WrongWhenFrequent(cut, "\\b(?P<verb>verb\\d+ed)\\b");
  // No other phrase here: the frequent program answers (and misses verb1ed).
  EXPECT_FALSE(pattern->Matches("Mara verb1ed."));
  // verb200ed is one of the others: the full program answers, for every call kind.
  EXPECT_TRUE(pattern->Matches("Mara verb1ed, then verb200ed."));
  ASSERT_TRUE(pattern->Find("Mara verb1ed, then verb200ed.").has_value());
  EXPECT_EQ(pattern->FindAll("Mara verb1ed, then verb200ed.").size(), 2u);
  EXPECT_TRUE(pattern->MatchPrefix("verb1ed, then verb200ed.").has_value());
  // A folding character may hide one of the others.
  EXPECT_TRUE(pattern->Matches("Mara verb1ed \xE2\x84\xAA."));
}

TEST(FrequentPhrasesTest, ACutWithNarrowedClassesServesOnlyTextsOfCommonCharacters) {
  auto cut = FrequentPhrases::Of(Verbs(300));
  Pattern::LexiconSource source;
  source.full = [] { return std::string("(?P<who>\\p{Lu}\\p{L}*) (?P<verb>verb\\d+ed)"); };
  source.narrowed = [](const LetterRuns&) { return std::string("(?P<who>x)(?P<verb>y)"); };
  source.groups = "(?P<who>(?:)) (?P<verb>(?:))";
  // Wrong on purpose: finds only verb0ed.
  source.frequent = [] { return std::string("(?P<who>\\p{Lu}\\p{L}*) (?P<verb>verb0ed)"); };
  source.cuts = [cut] { return std::vector{cut}; };
  auto pattern = Pattern::Deferred(std::move(source), {}, nullptr);
  EXPECT_FALSE(pattern->Matches("Mara verb1ed"));         // the cut, narrowed to common characters
  EXPECT_FALSE(pattern->Matches("M\xC3\xA1ra verb1ed"));  // á is common
  // A Greek capital is not: the full program, whose classes know it.
  EXPECT_TRUE(
      pattern->Matches("\xCE\xA3"
                       "ara verb1ed"));
}

// Working a lexicon's cut out costs more than a one-article run spends on
// most patterns: the cuts are asked for once, when a text first needs the
// frequent program, and never while the document's narrowed program
// answers.
TEST(FrequentPhrasesTest, TheCutsAreWorkedOutOnlyWhenTheFrequentProgramIsFirstNeeded) {
  auto cut = FrequentPhrases::Of(Verbs(300));
  const std::string document = "Mara verb1ed.";
  auto focus = std::make_shared<PatternFocus>();
  focus->Offer(document);
  int asked = 0;
  Pattern::LexiconSource source;
  source.full = [] { return std::string("\\b(?P<verb>verb\\d+ed)\\b"); };
  source.narrowed = [](const LetterRuns&) { return std::string("\\b(?P<verb>verb\\d+ed)\\b"); };
  source.groups = "\\b(?P<verb>(?:))\\b";
  // Wrong on purpose: finds only verb0ed, so the test sees which program answered.
  source.frequent = [] { return std::string("\\b(?P<verb>verb0ed)\\b"); };
  source.cuts = [cut, &asked] {
    ++asked;
    return std::vector{cut};
  };
  auto pattern = Pattern::Deferred(std::move(source), {}, focus);
  // The document's own text: its narrowed program answers, no cut asked for.
  EXPECT_TRUE(pattern->Matches(document));
  EXPECT_EQ(asked, 0);
  // Another text without the others: the frequent program, cuts asked once.
  EXPECT_FALSE(pattern->Matches("Oslo verb2ed today."));
  EXPECT_TRUE(pattern->Matches("Oslo verb200ed today."));  // one of the others: the full one
  EXPECT_FALSE(pattern->Matches("Oslo verb3ed today."));
  EXPECT_EQ(asked, 1);
}

// A source whose every program matches any word: wrong on purpose, so a
// test sees when no program was asked.
Pattern::LexiconSource AnyWordSource(std::shared_ptr<const FrequentPhrases> cut) {
  const std::string any_word = "\\b(?P<verb>\\w+)\\b";
  Pattern::LexiconSource source;
  source.full = [any_word] { return any_word; };
  source.narrowed = [any_word](const LetterRuns&) { return any_word; };
  source.groups = "\\b(?P<verb>(?:))\\b";
  source.frequent = [any_word] { return any_word; };
  source.cuts = [cut] { return std::vector{cut}; };
  return source;
}

// A lexicon every match needs: a text whose words file none of its phrases
// is not searched by any program.
TEST(FrequentPhrasesTest, ATextWithoutAPhraseOfARequiredLexiconIsNotSearched) {
  auto cut = FrequentPhrases::Of(Verbs(300));
  Pattern::LexiconSource source = AnyWordSource(cut);
  source.required = [cut] { return std::vector{cut}; };
  auto pattern = Pattern::Deferred(std::move(source), {}, nullptr);
  EXPECT_FALSE(pattern->Matches("Mara walked home."));
  EXPECT_FALSE(pattern->Find("Mara walked home.").has_value());
  EXPECT_TRUE(pattern->FindAll("Mara walked home.", 0, 0, 17).empty());
  EXPECT_FALSE(pattern->MatchPrefix("Mara walked home.").has_value());
  // A phrase of the lexicon, frequent or not: the programs answer.
  EXPECT_TRUE(pattern->Matches("Mara verb1ed."));
  EXPECT_TRUE(pattern->Matches("Mara verb200ed."));
  EXPECT_EQ(pattern->FindAll("Mara verb200ed.").size(), 2u);
  // Without `required` the same programs answer every text.
  EXPECT_TRUE(Pattern::Deferred(AnyWordSource(cut), {}, nullptr)->Matches("Mara walked home."));
}

// A cut source that gives no cut leaves every text to the full program:
// with nothing to rule the others out, the frequent program must not answer.
TEST(FrequentPhrasesTest, NoCutMeansNoFrequentProgram) {
  Pattern::LexiconSource source;
  source.full = [] { return std::string("\\b(?P<verb>verb\\d+ed)\\b"); };
  source.narrowed = [](const LetterRuns&) { return std::string("\\b(?P<verb>verb\\d+ed)\\b"); };
  source.groups = "\\b(?P<verb>(?:))\\b";
  source.frequent = [] { return std::string("\\b(?P<verb>verb0ed)\\b"); };
  source.cuts = [] { return std::vector<std::shared_ptr<const FrequentPhrases>>{}; };
  auto pattern = Pattern::Deferred(std::move(source), {}, nullptr);
  EXPECT_TRUE(pattern->Matches("Mara verb1ed."));
}

RuleSet RulesWith(const std::string& name, std::vector<std::string> entries) {
  RuleSetBuilder builder;
  Lexicon& lexicon = builder.lexicons()[name];
  lexicon.name = name;
  lexicon.entries = std::move(entries);
  RuleSet rules = std::move(builder).Build();
  rules.set_built_in_words_only(true);  // patterns deferred, as the built-in ones are
  return rules;
}

TEST(FrequentPhrasesTest, OnlyAPlaceholderBetweenWordBoundariesCanBeCut) {
  RuleSet rules = RulesWith("verbs", {"said"});
  auto stands = [&](const std::string& pattern) {
    ExpandedPattern split = SplitPlaceholders(pattern, rules);
    EXPECT_EQ(split.slots.size(), 1u) << pattern;
    return StandsBetweenWordBoundaries(split, 0);
  };
  EXPECT_TRUE(stands("\\b{verbs}\\b"));
  EXPECT_TRUE(stands("x\\s+\\b(?P<cue>(?i:{verbs}))\\b\\s*$"));
  EXPECT_TRUE(stands("\\b(?:({verbs}))\\b"));
  EXPECT_TRUE(stands("\\b(?<cue>{verbs})\\bx"));
  EXPECT_FALSE(stands("\\s{verbs}\\s"));
  EXPECT_FALSE(stands("\\b{verbs}"));
  EXPECT_FALSE(stands("{verbs}\\b"));
  EXPECT_FALSE(stands("\\\\b{verbs}\\b"));      // an escaped backslash, then b
  EXPECT_FALSE(stands("\\b\\({verbs}\\b"));     // a literal parenthesis
  EXPECT_FALSE(stands("\\b(?:{verbs}|x)\\b"));  // the group holds more than the lexicon
  EXPECT_FALSE(stands("\\b(?:x{verbs})\\b"));
  EXPECT_FALSE(stands("\\b(?:{verbs})?\\b"));  // a quantified group may be empty
  EXPECT_FALSE(stands("\\b(?:(?i:{verbs}))x)\\b"));
}

TEST(FrequentPhrasesTest, EveryBuiltInPlaceOfTheSpeechVerbsCanBeCut) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const Lexicon* verbs = loaded.rules.FindLexicon("speech-verbs");
  ASSERT_NE(verbs, nullptr);
  ASSERT_NE(FrequentPhrases::Of(verbs->entries), nullptr);
  size_t places = 0;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    const ExpandedPattern split = SplitPlaceholders(spec.pattern, loaded.rules);
    for (size_t slot = 0; slot < split.slots.size(); ++slot) {
      if (split.slots[slot] != verbs) continue;
      EXPECT_TRUE(StandsBetweenWordBoundaries(split, slot)) << spec.id;
      ++places;
    }
  }
  EXPECT_GE(places, 9u);
}

TEST(FrequentPhrasesTest, APlaceholderIsNeededWhenEveryMatchPassesThroughIt) {
  RuleSet rules = RulesWith("verbs", {"said"});
  auto needed = [&](const std::string& pattern) {
    return SlotsEveryMatchNeeds(SplitPlaceholders(pattern, rules).parts, true);
  };
  EXPECT_EQ(needed("\\b{verbs}\\b"), std::vector<bool>{true});
  EXPECT_EQ(needed("^\\s*[,.]?\\s*\\b(?P<cue>(?i:{verbs}))\\b\\s+(?P<speaker>[^;:]+)"),
            std::vector<bool>{true});
  EXPECT_EQ(needed("(?P<speaker>[^;:]+?)\\s+(?:\\w+ly\\s+)*\\b(?P<cue>(?i:{verbs}))\\b:?$"),
            std::vector<bool>{true});
  EXPECT_EQ(needed("(?:\\b{verbs}\\b\\s+)?(?P<speaker>\\w+):"), std::vector<bool>{false});
  EXPECT_EQ(needed("(?:\\b{verbs}\\b)*x"), std::vector<bool>{false});
  EXPECT_EQ(needed("(?:\\b{verbs}\\b){0,2}x"), std::vector<bool>{false});
  EXPECT_EQ(needed("\\b(?:{verbs}|asked)\\b"), std::vector<bool>{false});
  EXPECT_EQ(needed("\\b{verbs}\\b|x"), std::vector<bool>{false});
  EXPECT_EQ(needed("(?:a|b)\\s\\b{verbs}\\b\\s(?:\\b{verbs}\\b)?"),
            (std::vector<bool>{true, false}));
  // A pattern that spells the marker itself is not read at all.
  EXPECT_EQ(needed("qzq0qzq|\\b{verbs}\\b"), std::vector<bool>{false});
}

TEST(FrequentPhrasesTest, TheBuiltInCuePatternsNeedTheirSpeechVerb) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const Lexicon* verbs = loaded.rules.FindLexicon("speech-verbs");
  ASSERT_NE(verbs, nullptr);
  std::map<std::string, bool> needs;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    const ExpandedPattern split = SplitPlaceholders(spec.pattern, loaded.rules);
    const std::vector<bool> needed = SlotsEveryMatchNeeds(split.parts, true);
    for (size_t slot = 0; slot < split.slots.size(); ++slot) {
      if (split.slots[slot] == verbs) needs[spec.id] = needs[spec.id] || needed[slot];
    }
  }
  // The cue itself is the speech verb: a window without one holds no match.
  EXPECT_TRUE(needs["quote-cue-speaker"]);
  EXPECT_TRUE(needs["quote-speaker-cue"]);
  EXPECT_TRUE(needs["speaker-cue-quote"]);
  // A credit line may open with a speech verb, or not.
  ASSERT_TRUE(needs.contains("colon-credit"));
  EXPECT_FALSE(needs["colon-credit"]);
}

// Random texts of the lexicon's phrases, near misses and other words.
std::string RandomText(std::mt19937& random, const std::vector<std::string>& verbs) {
  const std::vector<std::string> others = {"Mara",     "the",          "x",  "ed", "_",        ",",
                                           "\xC3\xA9", "\xE2\x84\xAA", "\n", "-",  "reporters"};
  std::string text;
  const int words = 1 + static_cast<int>(random() % 12);
  for (int i = 0; i < words; ++i) {
    const unsigned kind = random() % 10;
    std::string word;
    if (kind < 4) {
      word = verbs[random() % FrequentPhrases::kFrequent];
    } else if (kind < 6) {
      word = verbs[random() % verbs.size()];
    } else {
      word = others[random() % others.size()];
    }
    if (random() % 5 == 0) word[0] = static_cast<char>(std::toupper(word[0]));
    text += word;
    // Sometimes glued to the next word, as a near miss.
    if (random() % 6 != 0) text += random() % 4 == 0 ? "  " : " ";
  }
  return text;
}

TEST(FrequentPhrasesProperty, ACutPatternFindsWhatTheFullPatternFinds) {
  std::vector<std::string> verbs = Verbs(400);
  verbs[0] = "said";
  verbs[1] = "told";
  verbs[150] = "told reporters";
  verbs[151] = "rail against";
  verbs[152] = "saidx";
  RuleSet rules = RulesWith("verbs", verbs);
  const std::string written =
      "(?P<who>\\p{Lu}\\p{L}*|[a-z]+)\\s+\\b(?P<cue>(?i:{verbs}))\\b(?:\\s+(?P<rest>\\w+))?";
  std::string error;
  auto cut = CompileRulePattern(written, rules, {}, &error);
  ASSERT_NE(cut, nullptr) << error;
  auto full = Pattern::Compile(ExpandPlaceholders(written, rules).regex, {}, &error);
  ASSERT_NE(full, nullptr) << error;
  std::mt19937 random(20261205);
  size_t matches = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = RandomText(random, verbs);
    const std::vector<PatternMatch> expected = full->FindAll(text);
    const std::vector<PatternMatch> found = cut->FindAll(text);
    ASSERT_EQ(found.size(), expected.size()) << text;
    for (size_t m = 0; m < found.size(); ++m) {
      EXPECT_EQ(found[m].whole, expected[m].whole) << text;
      EXPECT_EQ(found[m].groups, expected[m].groups) << text;
    }
    matches += found.size();
  }
  EXPECT_GT(matches, 500u);
}

}  // namespace
}  // namespace qa
