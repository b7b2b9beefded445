#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/text.h"
#include "match/pattern.h"
#include "rules/pattern_expander.h"
#include "rules/rule_set_builder.h"

namespace qa {
namespace {

RuleSet RulesWith(const std::string& name, std::vector<std::string> entries) {
  RuleSetBuilder builder;
  Lexicon& lexicon = builder.lexicons()[name];
  lexicon.name = name;
  lexicon.entries = std::move(entries);
  return std::move(builder).Build();
}

// The text the compiled pattern matches first in `text`, or "<none>".
std::string FirstMatch(const std::string& pattern, const RuleSet& rules, const std::string& text) {
  std::string error;
  auto compiled = CompileRulePattern(pattern, rules, PatternOptions{}, &error);
  if (!compiled) return "<error: " + error + ">";
  auto match = compiled->Find(text);
  if (!match) return "<none>";
  return text.substr(match->whole.begin, match->whole.size());
}

TEST(PatternExpanderTest, EachLexiconsAlternationIsBuiltOnceAndSharedByThreads) {
  RuleSet rules = RulesWith("verbs", {"said", "told reporters", "told"});
  const Lexicon& verbs = *rules.FindLexicon("verbs");
  std::vector<const std::string*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] { seen[t] = &rules.Alternation(verbs); });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string* regex : seen) EXPECT_EQ(regex, seen.front());  // one copy
  EXPECT_EQ(*seen.front(), AlternationRegex(verbs.entries));
  EXPECT_EQ(ExpandPlaceholders("{verbs}", rules).regex, *seen.front());
}

TEST(PatternExpanderTest, AnEditedCopyOfTheRulesExpandsItsOwnWords) {
  // RuleSetBuilder copies a RuleSet and edits it (a config's lexicon edits):
  // the copy must not reuse what the original built.
  RuleSet rules = RulesWith("verbs", {"said"});
  EXPECT_EQ(FirstMatch("{verbs}", rules, "he said and warned"), "said");
  RuleSetBuilder builder(rules);
  builder.lexicons()["verbs"].entries = {"warned"};
  RuleSet edited = std::move(builder).Build();
  EXPECT_EQ(FirstMatch("{verbs}", edited, "he said and warned"), "warned");
  EXPECT_EQ(FirstMatch("{verbs}", rules, "he said and warned"), "said");
}

TEST(PatternExpanderTest, LongestEntryWinsWhateverTheFileOrder) {
  RuleSet rules = RulesWith("speech-verbs", {"told", "said", "told reporters"});
  EXPECT_EQ(FirstMatch("{speech-verbs}", rules, "Mayor Olsen told reporters on Friday"),
            "told reporters");
}

TEST(PatternExpanderTest, SpaceInAnEntryMatchesALineWrap) {
  RuleSet rules = RulesWith("speech-verbs", {"told reporters"});
  EXPECT_EQ(FirstMatch("{speech-verbs}", rules, "she told\n   reporters"), "told\n   reporters");
  EXPECT_EQ(FirstMatch("{speech-verbs}", rules, "she told\xC2\xA0reporters"),
            "told\xC2\xA0reporters");
  EXPECT_EQ(FirstMatch("{speech-verbs}", rules, "she toldreporters"), "<none>");
}

TEST(PatternExpanderTest, ApostropheMatchesTypographicForm) {
  RuleSet rules = RulesWith("hedges", {"didn't say"});
  EXPECT_EQ(FirstMatch("{hedges}", rules, "he didn\xE2\x80\x99t say"), "didn\xE2\x80\x99t say");
  EXPECT_EQ(FirstMatch("{hedges}", rules, "he didn't say"), "didn't say");
}

TEST(PatternExpanderTest, EntriesAreLiteralText) {
  RuleSet rules = RulesWith("sources", {"U.S. officials", "(AP)"});
  EXPECT_EQ(FirstMatch("{sources}", rules, "USX officials"), "<none>");
  EXPECT_EQ(FirstMatch("{sources}", rules, "U.S. officials said"), "U.S. officials");
  EXPECT_EQ(FirstMatch("{sources}", rules, "BRANVIK (AP) -"), "(AP)");
}

TEST(PatternExpanderTest, PlaceholderIsOneGroupSoQuantifiersApplyToAll) {
  RuleSet rules = RulesWith("speech-verbs", {"said", "added"});
  ExpandedPattern expanded = ExpandPlaceholders("{speech-verbs}?x", rules);
  ASSERT_TRUE(expanded.ok());
  EXPECT_EQ(expanded.regex, "(?:said|added)?x");
  EXPECT_EQ(expanded.lexicons_used, std::vector<std::string>{"speech-verbs"});
}

TEST(PatternExpanderTest, DoubledBracesAreLiteral) {
  RuleSet rules = RulesWith("speech-verbs", {"said"});
  ExpandedPattern expanded = ExpandPlaceholders("{{speech-verbs}}", rules);
  ASSERT_TRUE(expanded.ok());
  EXPECT_EQ(expanded.regex, "\\{speech-verbs\\}");
  EXPECT_EQ(FirstMatch("{{speech-verbs}}", rules, "x {speech-verbs} said"), "{speech-verbs}");
}

TEST(PatternExpanderTest, CountedRepeatsAndEscapesAreNotPlaceholders) {
  RuleSet rules;
  for (const char* pattern : {"a{2,3}", "a{2}", "a{2,}", "\\x{a0}", "\\p{Lu}", "[{a}]+", "\\{a}"}) {
    ExpandedPattern expanded = ExpandPlaceholders(pattern, rules);
    EXPECT_TRUE(expanded.ok()) << pattern << ": " << expanded.Error(rules);
    EXPECT_EQ(expanded.regex, pattern);
  }
  EXPECT_EQ(FirstMatch("b{2,3}", rules, "abbbbc"), "bbb");
}

TEST(PatternExpanderTest, UnknownLexiconIsAnErrorWithASuggestion) {
  RuleSet rules = RulesWith("vague-sources", {"experts"});
  ExpandedPattern expanded = ExpandPlaceholders("{vage-sources} {nothing-like-it}", rules);
  EXPECT_FALSE(expanded.ok());
  EXPECT_EQ(expanded.unknown_lexicons,
            (std::vector<std::string>{"vage-sources", "nothing-like-it"}));
  EXPECT_EQ(expanded.Error(rules),
            "unknown lexicons {vage-sources} (did you mean {vague-sources}?), {nothing-like-it}");
  std::string error;
  EXPECT_EQ(CompileRulePattern("{vage-sources}", rules, PatternOptions{}, &error), nullptr);
  EXPECT_EQ(error, "unknown lexicon {vage-sources} (did you mean {vague-sources}?)");
}

TEST(PatternExpanderTest, EmptyLexiconNeverMatches) {
  RuleSet rules = RulesWith("speech-verbs", {});
  EXPECT_EQ(FirstMatch("x{speech-verbs}|y", rules, "x y"), "y");
  EXPECT_EQ(FirstMatch("x{speech-verbs}", rules, "x"), "<none>");
}

TEST(PatternExpanderTest, CompileErrorsAreReturned) {
  RuleSet rules = RulesWith("speech-verbs", {"said"});
  std::string error;
  EXPECT_EQ(CompileRulePattern("({speech-verbs}", rules, PatternOptions{}, &error), nullptr);
  EXPECT_NE(error.find("missing )"), std::string::npos) << error;
}

TEST(PatternExpanderTest, CompileErrorQuotesThePatternAsWritten) {
  std::vector<std::string> many;
  for (int i = 0; i < 500; ++i) many.push_back("verb" + std::to_string(i));
  RuleSet rules = RulesWith("speech-verbs", many);
  std::string error;
  EXPECT_EQ(CompileRulePattern("(?P<cue>{speech-verbs}", rules, PatternOptions{}, &error), nullptr);
  EXPECT_EQ(error, "missing ): (?P<cue>{speech-verbs}");
}

TEST(PatternExpanderTest, LongCompileErrorsAreCut) {
  std::string message = DescribeCompileError(std::string(1000, 'x'), "", "");
  EXPECT_EQ(message.size(), 303u);
  EXPECT_TRUE(message.ends_with("..."));
}

TEST(PatternExpanderTest, CaseOptionAppliesToEntries) {
  RuleSet rules = RulesWith("vague-sources", {"experts"});
  std::string error;
  auto pattern = CompileRulePattern("\\b{vague-sources}\\b", rules,
                                    PatternOptions{.case_sensitive = false}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  EXPECT_TRUE(pattern->Matches("Experts said"));
  EXPECT_FALSE(pattern->Matches("expertise"));
}

TEST(PatternExpanderTest, PhraseRegexTrimsAndCollapsesWhitespace) {
  EXPECT_EQ(PhraseRegex("  told   reporters "), "told[\\s\\x{A0}]+reporters");
  EXPECT_EQ(AlternationRegex({"a", "a", "  "}), "(?:a)");
}

// Each character of a phrase is written as RE2's QuoteMeta writes it: a
// letter, digit or '_' as itself (written without a call), every other
// byte escaped, a multi-byte character whole. The patterns' sources, and so
// the programs compiled from them, are unchanged whichever way is taken.
TEST(PatternExpanderTest, EachCharacterIsWrittenAsQuoteMetaWritesIt) {
  for (int c = 1; c < 0x80; ++c) {
    const char ch = static_cast<char>(c);
    if (IsAsciiSpace(ch) || ch == '\'') continue;  // a whitespace run, an apostrophe
    const std::string phrase = std::string("x") + ch + "y";
    EXPECT_EQ(PhraseRegex(phrase), "x" + QuoteMeta(std::string(1, ch)) + "y") << c;
  }
  EXPECT_EQ(PhraseRegex("caf\xC3\xA9 \xE2\x80\x94 r\xC3\xA9sum\xC3\xA9"),
            "caf\xC3\xA9[\\s\\x{A0}]+\xE2\x80\x94[\\s\\x{A0}]+r\xC3\xA9sum\xC3\xA9");
}

TEST(PatternExpanderTest, LongerPhraseComesBeforeItsPrefixWhateverTheCase) {
  // Descending order without case: a phrase precedes every prefix of it, so
  // RE2 (first alternative wins) still takes the longest, and phrases with a
  // common start stay side by side for RE2 to factor.
  // Neighbours share their common start (a trie), the order kept: "saying"
  // before "say", which ends where "ing" would go on.
  EXPECT_EQ(AlternationRegex({"say", "US", "saying", "usa", "said"}),
            "(?:usa|US|sa(?:y(?:ing|)|id))");
}

TEST(PatternExpanderTest, TheTrieKeepsEveryPhrasesPlaceInTheOrder) {
  // "it’s on" sorts before "its" (’ is above any ASCII letter) and "it's
  // off" after it; both spell the apostrophe the same way in the regex, but
  // sharing one branch would move "it's off" ahead of "its": the later one
  // opens a branch of its own.
  EXPECT_EQ(AlternationRegex({"it's off", "its", "it\xE2\x80\x99s on"}),
            "(?:it(?:['\\x{2019}]s[\\s\\x{A0}]+on|s|['\\x{2019}]s[\\s\\x{A0}]+off))");
  // Each alternative still matches what the flat list matched, longest first.
  std::string error;
  std::unique_ptr<Pattern> pattern = Pattern::Compile(
      "^" + AlternationRegex({"say", "saying", "said", "says", "sa", "élan", "élite"}) + "$", {},
      &error);
  ASSERT_NE(pattern, nullptr) << error;
  for (const char* word : {"say", "saying", "said", "says", "sa", "élan", "élite"}) {
    EXPECT_TRUE(pattern->Matches(word)) << word;
  }
  for (const char* word : {"s", "sayin", "saids", "él", "elan"})
    EXPECT_FALSE(pattern->Matches(word)) << word;
}

}  // namespace
}  // namespace qa
