// Patterns narrowed to one document (match/pattern_focus.h): the narrowed
// program answers for texts the document's letter runs cover, the full one
// for any other text, and the built-in rule patterns narrowed to a document
// find exactly what they find in full.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "match/pattern.h"
#include "match/pattern_focus.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

const char kFull[] = "\\b(?P<verb>said|shouted|whispered)\\b";

// The text of each match of `pattern` in `text`.
std::vector<std::string> Found(const Pattern& pattern, std::string_view text) {
  std::vector<std::string> found;
  for (const PatternMatch& match : pattern.FindAll(text)) {
    found.emplace_back(text.substr(match.whole.begin, match.whole.size()));
  }
  return found;
}

// A pattern whose narrowing keeps only "said", whatever the document holds:
// wrong on purpose, so the tests can see which program answered. Counts how
// often its full source is built.
std::unique_ptr<Pattern> SaidOnlyWhenNarrowed(std::shared_ptr<const PatternFocus> focus,
                                              int* full_built = nullptr) {
  Pattern::LexiconSource source;
  source.full = [full_built] {
    if (full_built != nullptr) ++*full_built;
    return std::string(kFull);
  };
  source.narrowed = [](const LetterRuns&) { return std::string("\\b(?P<verb>said)\\b"); };
  source.groups = "\\b(?P<verb>(?:))\\b";
  return Pattern::Deferred(std::move(source), {}, std::move(focus));
}

TEST(PatternFocusTest, TheFirstOfferStands) {
  PatternFocus focus;
  EXPECT_EQ(focus.runs(), nullptr);
  focus.Offer("the mayor said");
  const LetterRuns* first = focus.runs();
  ASSERT_NE(first, nullptr);
  focus.Offer("a different article entirely");
  EXPECT_EQ(focus.runs(), first);
  EXPECT_FALSE(first->MayHold("different"));
}

TEST(PatternFocusTest, HoldsViewsOfTheOfferedBytesUntilRetired) {
  const std::string document(200, 'a');
  PatternFocus focus;
  focus.Offer(document);
  std::string_view view(document);
  EXPECT_TRUE(focus.Holds(view));
  EXPECT_TRUE(focus.Holds(view.substr(10, 50)));
  EXPECT_TRUE(focus.Holds(view.substr(200)));
  const std::string copy = document;  // the same bytes elsewhere: read, not held
  EXPECT_FALSE(focus.Holds(copy));
  focus.Retire();
  EXPECT_FALSE(focus.Holds(view.substr(10, 50)));
  // The runs stay: a retired focus still narrows by reading texts.
  ASSERT_NE(focus.runs(), nullptr);
  EXPECT_TRUE(focus.runs()->Covers(copy));
}

TEST(PatternFocusTest, AShortTextIsNeverHeldByAddress) {
  // Its bytes may sit inside the string object, which moves.
  const std::string word = "said";
  PatternFocus focus;
  focus.Offer(word);
  EXPECT_FALSE(focus.Holds(word));
  ASSERT_NE(focus.runs(), nullptr);
  EXPECT_TRUE(focus.runs()->MayHold("said"));
}

TEST(PatternFocusTest, CoveredTextsUseTheNarrowedProgramOthersTheFull) {
  auto focus = std::make_shared<PatternFocus>();
  focus->Offer("Mara said it and then shouted it.");
  auto pattern = SaidOnlyWhenNarrowed(focus);
  // Covered by the document's runs: the narrowed program answers.
  EXPECT_EQ(Found(*pattern, "then Mara shouted it and said it"),
            (std::vector<std::string>{"said"}));
  // "whispered" is beyond the document's runs: the full program answers.
  EXPECT_EQ(Found(*pattern, "Tor whispered, then said"),
            (std::vector<std::string>{"whispered", "said"}));
  // Once compiled, the full program answers every text.
  EXPECT_EQ(Found(*pattern, "then Mara shouted it and said it"),
            (std::vector<std::string>{"shouted", "said"}));
}

TEST(PatternFocusTest, WithoutAnOfferBeforeTheFirstUseThePatternIsFull) {
  auto focus = std::make_shared<PatternFocus>();
  auto pattern = SaidOnlyWhenNarrowed(focus);
  EXPECT_TRUE(pattern->Matches("Mara shouted"));
  focus->Offer("Mara shouted");  // too late: compiled already
  EXPECT_EQ(Found(*pattern, "Mara shouted"), (std::vector<std::string>{"shouted"}));
  // No focus at all: the same.
  auto unfocused = SaidOnlyWhenNarrowed(nullptr);
  EXPECT_EQ(Found(*unfocused, "Mara shouted"), (std::vector<std::string>{"shouted"}));
}

TEST(PatternFocusTest, TheFullSourceIsBuiltOnlyForATextThatNeedsIt) {
  auto focus = std::make_shared<PatternFocus>();
  focus->Offer("Mara said it and then shouted it.");
  int full_built = 0;
  auto pattern = SaidOnlyWhenNarrowed(focus, &full_built);
  EXPECT_EQ(pattern->GroupIndex("verb"), 1);  // read from the groups, not the source
  EXPECT_TRUE(pattern->Matches("Mara said it"));
  EXPECT_FALSE(pattern->Matches("Mara shouted it"));
  EXPECT_EQ(full_built, 0);
  EXPECT_TRUE(pattern->Matches("Tor whispered"));
  EXPECT_EQ(full_built, 1);
  EXPECT_TRUE(pattern->Matches("Tor whispered again"));
  EXPECT_EQ(full_built, 1);
}

TEST(PatternFocusTest, EveryCallKindChoosesByTheText) {
  auto focus = std::make_shared<PatternFocus>();
  focus->Offer("Mara said it and then shouted it.");
  auto pattern = SaidOnlyWhenNarrowed(focus);
  EXPECT_FALSE(pattern->Find("Mara shouted").has_value());
  EXPECT_FALSE(pattern->MatchPrefix("shouted it").has_value());
  EXPECT_FALSE(pattern->Matches("shouted"));
  EXPECT_TRUE(pattern->MatchPrefix("said it").has_value());
  EXPECT_EQ(pattern->GroupIndex("verb"), 1);
  EXPECT_EQ(pattern->NumberOfGroups(), 1);
}

TEST(PatternFocusTest, ATextWithACharacterTheDocumentLacksUsesTheFullProgram) {
  // Letter runs "Jan" and "said" are the document's; "Ø" is not.
  auto focus = std::make_shared<PatternFocus>();
  focus->Offer("Mara Jan said it, and then Jan said it again.");
  Pattern::LexiconSource source;
  const std::string regex = "(?P<speaker>\\p{Lu}+\\p{L}*) said";
  source.full = [regex] { return regex; };
  source.narrowed = [regex](const LetterRuns&) { return regex; };
  source.groups = regex;
  auto pattern = Pattern::Deferred(std::move(source), {}, focus);
  EXPECT_EQ(Found(*pattern, "then Jan said"), (std::vector<std::string>{"Jan said"}));
  EXPECT_EQ(Found(*pattern, "then \xC3\x98Jan said"),
            (std::vector<std::string>{"\xC3\x98Jan said"}));
}

// Every built-in attribution pattern narrowed to `article` finds in it, in
// its lines and in windows cut from them exactly what it finds in full.
void ExpectNarrowedMatchesFull(const std::string& article) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  loaded.rules.pattern_focus()->Offer(article);
  std::vector<std::string> texts = {article};
  size_t start = 0;
  while (start < article.size()) {
    size_t end = article.find('\n', start);
    if (end == std::string::npos) end = article.size();
    const std::string line = article.substr(start, end - start);
    texts.push_back(line);
    // Windows cut from the line: before and after its first quote mark.
    size_t quote = line.find('"');
    if (quote != std::string::npos) {
      texts.push_back(line.substr(0, quote));
      texts.push_back(line.substr(quote + 1));
    }
    start = end + 1;
  }
  size_t checked = 0;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    std::string error;
    std::unique_ptr<Pattern> narrowed = CompileRulePattern(spec.pattern, loaded.rules, {}, &error);
    ASSERT_NE(narrowed, nullptr) << spec.id << ": " << error;
    std::unique_ptr<Pattern> full =
        Pattern::Compile(ExpandPlaceholders(spec.pattern, loaded.rules).regex, {}, &error);
    ASSERT_NE(full, nullptr) << spec.id << ": " << error;
    for (const std::string& text : texts) {
      std::vector<PatternMatch> a = narrowed->FindAll(text);
      std::vector<PatternMatch> b = full->FindAll(text);
      ASSERT_EQ(a.size(), b.size()) << spec.id << " on " << text;
      for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].whole, b[i].whole) << spec.id << " on " << text;
        EXPECT_EQ(a[i].groups, b[i].groups) << spec.id << " on " << text;
      }
      EXPECT_EQ(narrowed->MatchPrefix(text).has_value(), full->MatchPrefix(text).has_value())
          << spec.id << " on " << text;
    }
    ++checked;
  }
  EXPECT_GT(checked, 10u);
}

// Short articles written for these tests. Narrowing may change the time,
// never a match.
TEST(PatternFocusTest, BuiltInPatternsNarrowedToAnArticleMatchAsInFull) {
  ExpectNarrowedMatchesFull(
      "\"We will not close the harbour,\" Mayor Ilse Varga said on Tuesday.\n"
      "According to the Vessen Port Authority, repairs begin in March.\n"
      "Critics argue the plan came too late, and observers believe costs will rise.\n"
      "\"It is a start,\" said Tomas Brell, a ferry captain. Experts say delays are likely.\n"
      "Officials who asked not to be named told reporters the budget was agreed.\n"
      "WARDEN: \"Keep the gates shut.\"\n"
      "-- Harbour Office\n");
}

// Letters outside ASCII in names, labels and credits, where the patterns'
// Unicode classes (narrowed to the article's characters) read them.
TEST(PatternFocusTest, PatternsNarrowedToAnArticleWithAccentsMatchAsInFull) {
  ExpectNarrowedMatchesFull(
      "\u201CWe will not close the harbour,\u201D Mayor \u00C9lise Brand\u00E9 said on "
      "Tuesday.\n"
      "\u00C5SA LINDQVIST: \u201CKeep the gates shut.\u201D\n"
      "\u201CIt is a start,\u201D said \u0141ukasz \u017Belazny, a ferry captain.\n"
      "\u00D8rjan Dahl\u2019s statement said: \u201Cno comment\u201D\n"
      "\u2014 Ren\u00E9e O\u2019Malley, \u00DCberstadt Tageblatt\n"
      "Stra\u00DFe residents say the \u212Aelvin plan and the \u017Fign are late.\n");
}

}  // namespace
}  // namespace qa
