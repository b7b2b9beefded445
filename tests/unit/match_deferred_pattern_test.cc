// Deferred patterns (match/pattern.h): the built-in attribution patterns wait
// for their first use instead of compiling at start-up, so their group
// indexes are read from the text; those must be RE2's, and the first use
// from many threads at once must compile once and match the same.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/utf8.h"
#include "match/pattern.h"
#include "match/unicode_narrowing.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"

namespace qa {
namespace {

TEST(DeferredPatternTest, GroupIndexesReadFromTheTextAreRe2s) {
  const char* patterns[] = {
      "(?P<a>x)(?P<b>y)",  "(x)(?:y)(?P<b>z)",    "[(](?P<a>x)",          "[](](?P<a>x)",
      "[^](](?P<a>x)",     "\\((?P<a>x)\\)",      "[[:alpha:](](?P<a>x)", "\\Q(\\E(?P<a>x)",
      "(?i:a(b))(?P<a>c)", "((?P<a>x)|(?P<b>y))",
  };
  for (const char* text : patterns) {
    std::string error;
    std::unique_ptr<Pattern> eager = Pattern::Compile(text, {}, &error);
    ASSERT_NE(eager, nullptr) << text << ": " << error;
    std::unique_ptr<Pattern> deferred = Pattern::Deferred(text, {});
    for (const char* name : {"a", "b", "missing"}) {
      EXPECT_EQ(deferred->GroupIndex(name), eager->GroupIndex(name)) << text << " " << name;
    }
  }
}

TEST(DeferredPatternTest, EveryBuiltInAttributionPatternIsReadRight) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  ASSERT_TRUE(loaded.rules.built_in_words_only());
  size_t checked = 0;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    std::string regex = ExpandPlaceholders(spec.pattern, loaded.rules).regex;
    std::string error;
    std::unique_ptr<Pattern> eager = Pattern::Compile(regex, {}, &error);
    ASSERT_NE(eager, nullptr) << spec.id << ": " << error;
    std::unique_ptr<Pattern> deferred = CompileRulePattern(spec.pattern, loaded.rules, {}, &error);
    ASSERT_NE(deferred, nullptr) << spec.id;
    for (const char* name : {"speaker", "cue", "verb", "source"}) {
      EXPECT_EQ(deferred->GroupIndex(name), eager->GroupIndex(name)) << spec.id << " " << name;
    }
    // Compiling it (the first use) checks every group against RE2.
    EXPECT_NO_THROW(deferred->NumberOfGroups());
    ++checked;
  }
  EXPECT_GT(checked, 10u);
}

TEST(DeferredPatternTest, FirstUseFromManyThreadsCompilesOnceAndMatches) {
  std::unique_ptr<Pattern> pattern =
      Pattern::Deferred("(?P<speaker>[A-Z][a-z]+) (?P<cue>said|told)", {});
  std::vector<int> found(8, -1);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < found.size(); ++t) {
    threads.emplace_back([&, t] {
      auto match = pattern->Find("then Varga told them", 0);
      found[t] = match ? static_cast<int>(match->groups[2]->begin) : -2;
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int at : found) EXPECT_EQ(at, 11);
}

// A deferred pattern's Unicode classes are narrowed to CommonCharacters for
// texts that hold no other character: on every text, common or not, it must
// find what the same pattern compiled in full finds, groups included.
TEST(DeferredPatternTest, ClassesNarrowedToCommonCharactersMatchAsInFull) {
  const std::string source =
      "(?P<speaker>\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)*)"
      "\\s+(?P<cue>said|told)";
  const std::vector<std::string> texts = {
      "Then Nia Holt said so.",
      "Zo\u00eb Lef\u00e8vre told them \u201cno\u201d \u2014 and \u0141ukasz said yes.",
      "\u01c4emal O\u2019Neill said \u20ac5 was enough.",  // Latin Extended-B, a curly apostrophe
      "\u1f08\u03b8\u03b7\u03bd\u1fb6 said it; Zo\u00eb said too.",  // Greek: not common
      "\u0416\u0435\u043d\u044f said, then Holt told us.",           // Cyrillic
      "\u0250ta said and \u024fta said.",  // the first letter past the common ones, the last in
      "Holt\xff said; Varga said.",        // a byte that is not UTF-8, passed over
      // Characters no narrowed class matches: searched with the narrowed
      // program, which must answer as the full one.
      "Pen\u0303a said \u200bso; Varga\u2028Holt told \xf0\x9f\x98\x80 them.",
      "Ne\u0345a said; \u0345Holt told them.",  // folds to iota: the full program
  };
  // Case folding widens the classes (U+0345 folds to iota).
  for (bool case_sensitive : {true, false}) {
    PatternOptions options;
    options.case_sensitive = case_sensitive;
    std::unique_ptr<Pattern> deferred = Pattern::Deferred(source, options);
    std::string error;
    std::unique_ptr<Pattern> full = Pattern::Compile(source, options, &error);
    ASSERT_NE(full, nullptr) << error;
    // Twice over: the first texts decide which programs exist, and each text
    // must be answered alike whichever was compiled first.
    for (int round = 0; round < 2; ++round) {
      for (const std::string& text : texts) {
        const std::vector<PatternMatch> got = deferred->FindAll(text, 0);
        const std::vector<PatternMatch> want = full->FindAll(text, 0);
        ASSERT_EQ(got.size(), want.size()) << text;
        for (size_t i = 0; i < got.size(); ++i) {
          EXPECT_EQ(got[i].whole, want[i].whole) << text;
          EXPECT_EQ(got[i].groups, want[i].groups) << text;
        }
      }
    }
  }
}

TEST(DeferredPatternTest, CommonCharactersAreLatinScriptAndItsPunctuation) {
  EXPECT_TRUE(HoldsOnlyCommonCharacters(""));
  EXPECT_TRUE(HoldsOnlyCommonCharacters("plain ASCII, \t with controls \x01"));
  EXPECT_TRUE(HoldsOnlyCommonCharacters(
      "Zo\u00eb \u00a0\u0141\u024f \u2010\u2027 \u2030\u203a \u20ac \u2122"));
  EXPECT_FALSE(HoldsOnlyCommonCharacters("\u0250"));  // IPA, past Latin Extended-B
  EXPECT_FALSE(HoldsOnlyCommonCharacters(
      "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 \u03b1"));  // Greek
  EXPECT_FALSE(HoldsOnlyCommonCharacters("\u2160"));                // a Roman numeral: \p{N}
  // No narrowed class matches these, so the narrowed program answers there
  // as the full one: a combining tilde, a line separator, a zero-width space,
  // a reference mark, a byte-order mark, a C1 control, an emoji.
  EXPECT_TRUE(HoldsOnlyCommonCharacters("Pen\u0303a \u2028 \u200b \u203b \ufeff \u0083"));
  EXPECT_TRUE(HoldsOnlyCommonCharacters("\xf0\x9f\x98\x80"));
  EXPECT_TRUE(HoldsOnlyCommonCharacters("\xc3 \xff\xfe"));  // not UTF-8: passed over
  const std::vector<char32_t>& common = CommonCharacters();
  EXPECT_TRUE(std::is_sorted(common.begin(), common.end()));
  for (char32_t c : common) {
    EXPECT_TRUE(HoldsOnlyCommonCharacters(EncodeUtf8(c))) << static_cast<uint32_t>(c);
  }
}

// Outside the common characters, a character passes exactly when RE2's own
// classes, read with and without case folding, leave it out: a combining
// mark that folds to a letter (U+0345, to iota) does not pass.
TEST(DeferredPatternTest, OtherCharactersPassOnlyWhereNoNarrowedClassMatches) {
  std::vector<std::unique_ptr<RE2>> classes;
  for (const char* escape : {"\\p{L}", "\\p{Lu}", "\\p{Ll}", "\\p{N}"}) {
    for (bool fold : {false, true}) {
      RE2::Options options;
      options.set_case_sensitive(!fold);
      classes.push_back(std::make_unique<RE2>(escape, options));
      ASSERT_TRUE(classes.back()->ok());
    }
  }
  const std::vector<char32_t>& common = CommonCharacters();
  size_t passed = 0;
  for (char32_t c = 0x80; c < 0x20000; c += (c < 0x3000 ? 1 : 97)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string text = EncodeUtf8(c);
    bool in_a_class = false;
    for (const auto& re : classes) in_a_class = in_a_class || RE2::FullMatch(text, *re);
    const bool is_common = std::binary_search(common.begin(), common.end(), c);
    EXPECT_EQ(HoldsOnlyCommonCharacters(text), is_common || !in_a_class)
        << static_cast<uint32_t>(c);
    passed += !is_common && !in_a_class;
  }
  EXPECT_GT(passed, 1000u);
  EXPECT_FALSE(HoldsOnlyCommonCharacters("\u0345"));
}

// A house rule file in a folder of its own, loaded over the built-in rules.
RuleLoadResult LoadHouseRules(const std::string& name, const std::string& json) {
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / name;
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "house.json") << json;
  return LoadRules({dir.string()});
}

// Which built-in attribution patterns compile on first use under `rules`:
// by id, true when deferred.
std::map<std::string, bool> DeferredById(const RuleSet& rules) {
  std::map<std::string, bool> deferred;
  for (const AttributionPatternSpec& spec : rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    std::string error;
    std::unique_ptr<Pattern> pattern = CompileRulePattern(spec.pattern, rules, {}, &error);
    EXPECT_NE(pattern, nullptr) << spec.id << ": " << error;
    if (pattern != nullptr) deferred[spec.id] = pattern->CompilesOnFirstUse();
  }
  return deferred;
}

// speaker-cue-partial under `rules` finds the house's verb "averred" as the cue.
void ExpectHouseVerbFound(const RuleSet& rules) {
  const auto& specs = rules.attribution_patterns();
  auto spec = std::find_if(specs.begin(), specs.end(), [](const AttributionPatternSpec& s) {
    return s.id == "speaker-cue-partial";
  });
  ASSERT_NE(spec, specs.end());
  std::string error;
  std::unique_ptr<Pattern> pattern = CompileRulePattern(spec->pattern, rules, {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  auto match = pattern->Find("Mayor Ilse Varga averred");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->groups[static_cast<size_t>(pattern->GroupIndex("cue"))], (Span{17, 24}));
}

TEST(DeferredPatternTest, HouseRulesThatKeepTheWordsLeaveEveryPatternForItsFirstUse) {
  // Options, severities and boilerplate phrases change no attribution
  // pattern's words: a one-article run with them starts as fast as without.
  RuleLoadResult loaded = LoadHouseRules("options-only", R"({
    "lexicons": {"boilerplate-phrases": {"mode": "add", "entries": ["Read our house rules"]}},
    "rule": {"id": "vague-source", "severity": "error", "options": {"text_patterns": false}}})");
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors[0].ToString();
  EXPECT_FALSE(loaded.rules.IsBuiltInLexicon("boilerplate-phrases"));
  EXPECT_TRUE(loaded.rules.IsBuiltInLexicon("speech-verbs"));
  const std::map<std::string, bool> deferred = DeferredById(loaded.rules);
  EXPECT_GT(deferred.size(), 10u);
  for (const auto& [id, waits] : deferred) EXPECT_TRUE(waits) << id;
}

TEST(DeferredPatternTest, PatternsOverWordsAHouseChangedCompileOnceAndFindThem) {
  // Loading compiles the patterns naming {speech-verbs} to check them; the
  // scanner then leaves them for their first use rather than compiling
  // them again.
  RuleLoadResult loaded = LoadHouseRules("new-verb", R"({
    "lexicons": {"speech-verbs": {"mode": "add", "entries": ["averred"]}}})");
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors[0].ToString();
  EXPECT_FALSE(loaded.rules.IsBuiltInLexicon("speech-verbs"));
  EXPECT_TRUE(loaded.rules.IsBuiltInLexicon("vague-sources"));
  for (const auto& [id, waits] : DeferredById(loaded.rules)) EXPECT_TRUE(waits) << id;
  // A later edit of the verbs (a config's) was checked by nobody: the
  // patterns naming them compile at once, the others still wait.
  RuleSetBuilder builder(loaded.rules);
  std::vector<RuleError> errors;
  MergeRuleFile("config.json", R"({"lexicons": {"speech-verbs": {"mode": "add",
                                   "entries": ["burbled"]}}})",
                &builder, &errors);
  ASSERT_TRUE(errors.empty());
  RuleSet edited = std::move(builder).Build();
  edited.KeepBuiltInPartsOf(loaded.rules);
  size_t now = 0;
  size_t later = 0;
  for (const AttributionPatternSpec& spec : edited.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    std::string error;
    std::unique_ptr<Pattern> pattern = CompileRulePattern(spec.pattern, edited, {}, &error);
    ASSERT_NE(pattern, nullptr) << spec.id << ": " << error;
    const bool names_the_verbs = spec.pattern.find("{speech-verbs}") != std::string::npos;
    EXPECT_EQ(pattern->CompilesOnFirstUse(), !names_the_verbs) << spec.id;
    (names_the_verbs ? now : later) += 1;
  }
  EXPECT_GT(now, 5u);
  EXPECT_GT(later, 2u);
  // Compiled at once or checked and deferred, the pattern finds the new verb.
  ExpectHouseVerbFound(edited);
  ExpectHouseVerbFound(loaded.rules);
}

TEST(DeferredPatternTest, AHouseVersionOfABuiltInPatternIsCheckedAtLoading) {
  // Same id, new text: the text is the user's, so its error comes first.
  RuleLoadResult loaded = LoadHouseRules("broken-pattern", R"({
    "attribution_patterns": [{"id": "speaker-cue-partial", "where": "before",
                              "pattern": "(?P<speaker>[A-Z]+ (?P<cue>said"}]})");
  ASSERT_EQ(loaded.errors.size(), 1u);
  EXPECT_NE(loaded.errors[0].ToString().find("does not compile"), std::string::npos)
      << loaded.errors[0].ToString();
}

TEST(DeferredPatternTest, UserWordsAreCompiledAtOnce) {
  // With --rules the patterns compile at start-up, so errors come first.
  RuleSet rules;
  EXPECT_FALSE(rules.built_in_words_only());
  std::string error;
  EXPECT_EQ(CompileRulePattern("(unclosed", rules, {}, &error), nullptr);
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace qa
