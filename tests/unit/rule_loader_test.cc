#include "rules/rule_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace qa {
namespace {

using Strings = std::vector<std::string>;

const std::string kTestRules = std::string(QA_SOURCE_DIR) + "/tests/data/rules";

Strings Messages(const std::vector<RuleError>& errors) {
  Strings out;
  for (const RuleError& error : errors) out.push_back(error.ToString());
  return out;
}

// Merges the files in order into an empty rule set (no built-in rules).
struct Merged {
  RuleSet rules;
  std::vector<RuleError> errors;
  Strings messages() const { return Messages(errors); }
};

Merged MergeAll(const std::vector<std::pair<std::string, std::string>>& files) {
  Merged merged;
  RuleSetBuilder builder;
  for (const auto& [name, text] : files) MergeRuleFile(name, text, &builder, &merged.errors);
  merged.rules = std::move(builder).Build();
  ValidateRuleSet(merged.rules, &merged.errors);
  return merged;
}

// The value of option `key`, which must be of kind T.
template <typename T>
T Option(const RuleInfo* rule, const std::string& key) {
  EXPECT_NE(rule, nullptr);
  if (rule == nullptr || rule->options.count(key) == 0) {
    ADD_FAILURE() << "no option " << key;
    return T{};
  }
  const T* value = std::get_if<T>(&rule->options.at(key));
  EXPECT_NE(value, nullptr) << key << " is " << OptionKindName(rule->options.at(key));
  return value != nullptr ? *value : T{};
}

Strings ErrorsOf(const std::string& text) { return MergeAll({{"x.json", text}}).messages(); }

// --- Errors: each names the file and the JSON pointer (or line:column). ---

TEST(RuleLoaderErrorsTest, SyntaxErrorGivesLineAndColumn) {
  Strings errors = ErrorsOf("{\n  \"lexicons\": {\n    \"a\": [1,, 2]\n  }\n}");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("x.json:3:13: syntax error")) << errors[0];
}

TEST(RuleLoaderErrorsTest, SyntaxErrorColumnCountsCodePoints) {
  // "é" is two bytes but one column.
  Strings errors = ErrorsOf("{\"lexicons\": {\"é\": x}}");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("x.json:1:20:")) << errors[0];
}

TEST(RuleLoaderErrorsTest, CommentsAreAllowed) {
  Merged merged = MergeAll({{"x.json", R"(// words
    {"lexicons": {/* inline */ "speech-verbs": {"entries": ["said"]}}})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  EXPECT_EQ(merged.rules.Words("speech-verbs"), Strings{"said"});
}

TEST(RuleLoaderErrorsTest, WrongTypeNamesThePointer) {
  EXPECT_EQ(
      ErrorsOf(R"({"lexicons": {"speech-verbs": {"entries": ["said", "told", "added", 3]}}})"),
      Strings{"x.json: /lexicons/speech-verbs/entries/3: expected a string, got number"});
  EXPECT_EQ(ErrorsOf(R"([1])"), Strings{"x.json: expected an object at the top level, got array"});
  EXPECT_EQ(ErrorsOf(R"({"lexicons": []})"),
            Strings{"x.json: /lexicons: expected an object, got array"});
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"a": {"entries": "said"}}})"),
            Strings{"x.json: /lexicons/a/entries: expected an array, got string"});
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": {}})"),
            Strings{"x.json: /attribution_patterns: expected an array, got object"});
  EXPECT_EQ(ErrorsOf(R"({"rule": {"id": "r", "enabled": "yes", "options": [], "summary": 1}})"),
            (Strings{"x.json: /rule/enabled: expected true or false, got string",
                     "x.json: /rule/summary: expected a string, got number",
                     "x.json: /rule/options: expected an object, got array"}));
}

TEST(RuleLoaderErrorsTest, UnknownKeysAreErrorsWithSuggestions) {
  EXPECT_EQ(ErrorsOf(R"({"lexicon": {}, "extras": 1})"),
            (Strings{"x.json: /extras: unknown key; expected one of \"$schema\", \"lexicons\", "
                     "\"attribution_patterns\", \"attribution_settings\", \"rule\"",
                     "x.json: /lexicon: unknown key (did you mean \"lexicons\"?)"}));
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"a": {"entires": ["x"]}}})"),
            Strings{"x.json: /lexicons/a/entires: unknown key (did you mean \"entries\"?)"});
  EXPECT_EQ(ErrorsOf(R"({"rule": {"id": "r", "severty": "info"}})"),
            Strings{"x.json: /rule/severty: unknown key (did you mean \"severity\"?)"});
  EXPECT_EQ(
      ErrorsOf(
          R"({"attribution_patterns": [{"id": "p", "where": "after", "pattern": "x", "weight": 1}]})"),
      Strings{"x.json: /attribution_patterns/0/weight: unknown key; expected one of \"id\", "
              "\"where\", \"pattern\", \"confidence\", \"same_paragraph_confidence\", "
              "\"next_paragraph_confidence\", \"description\", \"enabled\""});
}

TEST(RuleLoaderErrorsTest, DuplicateKeysAreErrors) {
  EXPECT_EQ(
      ErrorsOf(R"({"lexicons": {"a": {"entries": ["x"]}, "a": {"entries": ["y"]}}})"),
      Strings{"x.json: /lexicons/a: duplicate key; only the last of its values would be used"});
  EXPECT_EQ(
      ErrorsOf(R"({"attribution_patterns": [{"id": "p", "where": "after", "pattern": "x"},
                                            {"id": "q", "id": "r", "where": "after", "pattern": "y"}]})"),
      Strings{"x.json: /attribution_patterns/1/id: duplicate key; only the last of its values "
              "would be used"});
}

TEST(RuleLoaderErrorsTest, PointerEscapesSlashAndTilde) {
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"a/b~c": {"entries": []}}})"),
            Strings{"x.json: /lexicons/a~1b~0c: lexicon names use lower-case letters, digits and "
                    "'-', starting with a letter"});
}

TEST(RuleLoaderErrorsTest, EmptyIdsAndEntries) {
  EXPECT_EQ(ErrorsOf(R"({"rule": {"id": ""}})"), Strings{"x.json: /rule/id: must not be empty"});
  EXPECT_EQ(ErrorsOf(R"({"rule": {"severity": "info"}})"),
            Strings{"x.json: /rule: missing \"id\""});
  EXPECT_EQ(ErrorsOf(R"({"rule": {"id": "Vague Source"}})"),
            Strings{"x.json: /rule/id: rule ids use lower-case letters, digits and '-', starting "
                    "with a letter"});
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [{"id": "", "where": "after", "pattern": "x"}]})"),
            Strings{"x.json: /attribution_patterns/0/id: must not be empty"});
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [{"where": "after", "pattern": "x"}]})"),
            Strings{"x.json: /attribution_patterns/0: missing \"id\""});
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"a": {"entries": ["x", " \t "]}}})"),
            Strings{"x.json: /lexicons/a/entries/1: empty entry"});
}

TEST(RuleLoaderErrorsTest, UnknownSeverityModeAndPlace) {
  EXPECT_EQ(ErrorsOf(R"({"rule": {"id": "r", "severity": "fatal"}})"),
            Strings{"x.json: /rule/severity: unknown severity \"fatal\"; expected \"error\", "
                    "\"warning\" or \"info\""});
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"a": {"mode": "merge", "entries": []}}})"),
            Strings{"x.json: /lexicons/a/mode: unknown mode \"merge\"; expected \"add\", "
                    "\"replace\" or \"remove\""});
  Strings place =
      ErrorsOf(R"({"attribution_patterns": [{"id": "p", "where": "above", "pattern": "x"}]})");
  ASSERT_EQ(place.size(), 1u);
  EXPECT_TRUE(place[0].starts_with(
      "x.json: /attribution_patterns/0/where: unknown place \"above\"; expected one of \"after\""))
      << place[0];
}

TEST(RuleLoaderErrorsTest, MissingPatternFieldsAndBadConfidence) {
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [{"id": "p"}]})"),
            (Strings{"x.json: /attribution_patterns/0: missing \"where\"",
                     "x.json: /attribution_patterns/0: missing \"pattern\""}));
  EXPECT_EQ(
      ErrorsOf(
          R"({"attribution_patterns": [{"id": "p", "where": "after", "pattern": "x", "confidence": 1.5}]})"),
      Strings{"x.json: /attribution_patterns/0/confidence: must be between 0 and 1"});
  EXPECT_EQ(
      ErrorsOf(
          R"({"attribution_patterns": [{"id": "p", "where": "after", "pattern": "x", "confidence": "high"}]})"),
      Strings{"x.json: /attribution_patterns/0/confidence: expected a number, got string"});
}

TEST(RuleLoaderErrorsTest, DuplicatePatternIdsInOneFile) {
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [
                          {"id": "p", "where": "after", "pattern": "x"},
                          {"id": "p", "where": "before", "pattern": "y"}]})"),
            Strings{"x.json: /attribution_patterns/1/id: duplicate id \"p\" (first used at "
                    "/attribution_patterns/0)"});
}

TEST(RuleLoaderErrorsTest, PlaceholdersAreCheckedAfterAllFilesAreMerged) {
  // The pattern's lexicon arrives in a later file: no error.
  Merged later = MergeAll(
      {{"a.json",
        R"({"attribution_patterns": [{"id": "p", "where": "after", "pattern": "{late-words}"}]})"},
       {"b.json", R"({"lexicons": {"late-words": {"entries": ["said"]}}})"}});
  EXPECT_EQ(later.messages(), Strings{});
  // Never defined: the error names the pattern's file and pointer.
  Merged never = MergeAll(
      {{"a.json", R"({"lexicons": {"speech-verbs": {"entries": ["said"]}}})"},
       {"b.json", R"({"attribution_patterns": [{"id": "q", "where": "after", "pattern": "x"},
                                               {"id": "p", "where": "after", "pattern": "{speech-verb}"}]})"}});
  EXPECT_EQ(never.messages(), Strings{"b.json: /attribution_patterns/1/pattern: unknown lexicon "
                                      "{speech-verb} (did you mean {speech-verbs}?)"});
}

TEST(RuleLoaderErrorsTest, PatternThatDoesNotCompile) {
  Strings errors = ErrorsOf(
      R"({"attribution_patterns": [{"id": "p", "where": "after", "pattern": "(?P<speaker>x"}]})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(errors[0].starts_with("x.json: /attribution_patterns/0/pattern: does not compile: "))
      << errors[0];
}

TEST(RuleLoaderErrorsTest, AllErrorsOfAllFilesAreCollected) {
  Merged merged = MergeAll({{"a.json", R"({"rule": {"id": "r", "severity": "loud"}, "x": 1})"},
                            {"b.json", "{"},
                            {"c.json", R"({"lexicons": {"l": {"entries": [1, 2]}}})"}});
  EXPECT_EQ(merged.errors.size(), 5u) << ::testing::PrintToString(merged.messages());
  for (const RuleError& error : merged.errors) EXPECT_FALSE(error.file.empty());
}

TEST(RuleLoaderErrorsTest, ErrorsFromDiskNameThePath) {
  RuleLoadResult result = LoadRules({kTestRules + "/broken"});
  Strings messages = Messages(result.errors);
  const std::string file = kTestRules + "/broken/many-errors.json";
  auto has = [&](const std::string& text) {
    return std::find(messages.begin(), messages.end(), file + ": " + text) != messages.end();
  };
  EXPECT_TRUE(has("/lexicon: unknown key (did you mean \"lexicons\"?)"));
  EXPECT_TRUE(has("/lexicons/speech-verbs/entries/1: expected a string, got number"));
  EXPECT_TRUE(
      has("/attribution_patterns/1/id: duplicate id \"p1\" (first used at "
          "/attribution_patterns/0)"));
  EXPECT_TRUE(has("/attribution_patterns/4/pattern: unknown lexicon {no-such-lexicon}"));
  EXPECT_TRUE(has("/rule/id: must not be empty"));
  EXPECT_GE(messages.size(), 12u) << ::testing::PrintToString(messages);
}

TEST(RuleLoaderErrorsTest, MissingPathsAreErrors) {
  RuleLoadResult result = LoadRules({kTestRules + "/no-such-dir", kTestRules + "/user/notes.txt"});
  EXPECT_EQ(Messages(result.errors),
            (Strings{kTestRules + "/no-such-dir: no such file or directory",
                     kTestRules + "/user/notes.txt: not a rule file: expected a directory or a "
                                  ".json file"}));
}

// --- Merging ---

TEST(RuleMergeTest, LexiconAddKeepsOrderAndDropsDuplicates) {
  Merged merged =
      MergeAll({{"a.json", R"({"lexicons": {"v": {"description": "Verbs.",
                                           "entries": ["said", "told", "said"]}}})"},
                {"b.json", R"({"lexicons": {"v": {"entries": ["added", "Said", "told"]}}})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  EXPECT_EQ(merged.rules.Words("v"), (Strings{"said", "told", "added", "Said"}));
  EXPECT_EQ(merged.rules.FindLexicon("v")->description, "Verbs.");
  EXPECT_EQ(merged.rules.FindLexicon("v")->source, "b.json");
}

TEST(RuleMergeTest, LexiconsOfThousandsKeepTheFirstOfEachEntryInOrder) {
  // Enough entries to grow any table several times, with repeats inside a
  // file and across files, and entries that need their spaces collapsed.
  std::string first = R"({"lexicons": {"names": {"entries": [)";
  std::string second = first;
  Strings expected;
  std::set<std::string> seen;
  auto add = [&](std::string* file, const std::string& written, const std::string& normal) {
    if (file->back() != '[') *file += ", ";
    *file += "\"" + written + "\"";
    if (seen.insert(normal).second) expected.push_back(normal);
  };
  for (int i = 0; i < 5000; ++i) {
    const std::string name = "Name" + std::to_string(i * 7919 % 6007);
    add(&first, name, name);
    if (i % 3 == 0) add(&first, " " + name + "  Jr ", name + " Jr");
  }
  for (int i = 0; i < 3000; ++i) {
    const std::string name = "Name" + std::to_string(i * 4099 % 9001);
    add(&second, i % 2 == 0 ? name : name + "\\t", name);
  }
  first += "]}}}";
  second += "]}}}";
  Merged merged = MergeAll({{"a.json", first}, {"b.json", second}});
  EXPECT_EQ(merged.messages(), Strings{});
  EXPECT_EQ(merged.rules.Words("names"), expected);
}

TEST(RuleMergeTest, LexiconEntriesAreNormalizedForWhitespace) {
  Merged merged = MergeAll({{"a.json", R"({"lexicons": {"v": {"entries":
                                           [" told  reporters ", "told reporters", "told\treporters"]}}})"}});
  EXPECT_EQ(merged.rules.Words("v"), Strings{"told reporters"});
}

TEST(RuleMergeTest, LexiconReplaceAndRemove) {
  Merged merged = MergeAll(
      {{"a.json",
        R"({"lexicons": {"v": {"entries": ["said", "told"]}, "w": {"entries": ["a", "b", "c"]}}})"},
       {"b.json",
        R"({"lexicons": {"v": {"mode": "replace", "description": "Mine.", "entries": ["quipped"]},
                                   "w": {"mode": "remove", "entries": ["b", "not-there"]}}})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  EXPECT_EQ(merged.rules.Words("v"), Strings{"quipped"});
  EXPECT_EQ(merged.rules.FindLexicon("v")->description, "Mine.");
  EXPECT_EQ(merged.rules.Words("w"), (Strings{"a", "c"}));
}

TEST(RuleMergeTest, RemovingFromAnUnknownLexiconIsAnError) {
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"vague-sourses": {"mode": "remove", "entries": ["x"]}}})"),
            Strings{"x.json: /lexicons/vague-sourses/mode: cannot remove entries from lexicon "
                    "\"vague-sourses\": no earlier rule file defines it"});
}

TEST(RuleMergeTest, InvalidLexiconIsNotMergedButOthersAre) {
  Merged merged = MergeAll({{"a.json", R"({"lexicons": {"v": {"entries": ["said", 3]},
                                                         "w": {"entries": ["ok"]}}})"}});
  EXPECT_EQ(merged.errors.size(), 1u);
  EXPECT_EQ(merged.rules.FindLexicon("v"), nullptr);
  EXPECT_EQ(merged.rules.Words("w"), Strings{"ok"});
}

TEST(RuleMergeTest, PatternsOverrideInPlaceDisableAndAppend) {
  Merged merged = MergeAll({{"a.json", R"({"attribution_patterns": [
          {"id": "one", "where": "after", "pattern": "1"},
          {"id": "two", "where": "after", "pattern": "2", "confidence": 0.5},
          {"id": "three", "where": "before", "pattern": "3"}]})"},
                            {"b.json", R"({"attribution_patterns": [
          {"id": "four", "where": "next-sentence", "pattern": "4"},
          {"id": "two", "where": "before", "pattern": "2b"},
          {"id": "one", "enabled": false}]})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  const auto& patterns = merged.rules.attribution_patterns();
  ASSERT_EQ(patterns.size(), 3u);
  EXPECT_EQ(patterns[0].id, "two");
  EXPECT_EQ(patterns[0].pattern, "2b");
  EXPECT_EQ(patterns[0].where, "before");
  EXPECT_DOUBLE_EQ(patterns[0].confidence, 0.9);  // replaced whole, default again
  EXPECT_EQ(patterns[0].source, "b.json");
  EXPECT_EQ(patterns[0].pointer, "/attribution_patterns/1");
  EXPECT_EQ(patterns[1].id, "three");
  EXPECT_EQ(patterns[2].id, "four");
}

TEST(RuleMergeTest, ContinuationRuleTakesNoPatternAndItsOwnConfidences) {
  Merged merged = MergeAll({{"a.json", R"({"attribution_patterns": [
          {"id": "goes-on", "where": "continuation", "confidence": 0.75,
           "same_paragraph_confidence": 0.5, "next_paragraph_confidence": 0.65}],
          "attribution_settings": {"unresolved_pronoun_factor": 0.25}})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  ASSERT_EQ(merged.rules.attribution_patterns().size(), 1u);
  const AttributionPatternSpec& rule = merged.rules.attribution_patterns()[0];
  EXPECT_EQ(rule.where, "continuation");
  EXPECT_DOUBLE_EQ(rule.confidence, 0.75);
  EXPECT_DOUBLE_EQ(rule.same_paragraph_confidence, 0.5);
  EXPECT_DOUBLE_EQ(rule.next_paragraph_confidence, 0.65);
  EXPECT_DOUBLE_EQ(merged.rules.unresolved_pronoun_factor(), 0.25);
}

TEST(RuleMergeTest, ContinuationKeysAreCheckedWhereTheyBelong) {
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [
          {"id": "c", "where": "continuation", "pattern": "x", "next_paragraph_confidence": 2}]})"),
            (Strings{"x.json: /attribution_patterns/0/pattern: a \"continuation\" rule takes no "
                     "pattern",
                     "x.json: /attribution_patterns/0/next_paragraph_confidence: must be between 0 "
                     "and 1"}));
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [
          {"id": "p", "where": "after", "pattern": "x", "same_paragraph_confidence": 0.5}]})"),
            Strings{"x.json: /attribution_patterns/0/same_paragraph_confidence: only a "
                    "\"continuation\" rule takes this key"});
  EXPECT_EQ(ErrorsOf(R"({"attribution_settings": {"unresolved_pronoun_factor": -1}})"),
            Strings{"x.json: /attribution_settings/unresolved_pronoun_factor: must be between 0 "
                    "and 1"});
}

TEST(RuleMergeTest, DisablingAnUnknownPatternIsAnError) {
  EXPECT_EQ(ErrorsOf(R"({"attribution_patterns": [{"id": "said-after", "enabled": false}]})"),
            Strings{"x.json: /attribution_patterns/0/enabled: no earlier rule file has an "
                    "attribution pattern \"said-after\" to disable"});
}

TEST(RuleMergeTest, RuleOverrideChangesOnlyGivenFields) {
  Merged merged = MergeAll(
      {{"rules/vague-source.json", R"({"rule": {"id": "vague-source", "severity": "warning",
           "summary": "Quote credited to an unnamed group.",
           "options": {"min_words": 2, "strict": false, "nested": {"a": "1", "b": "2"}}}})"},
       {"mine/override.json", R"({"rule": {"id": "vague-source", "severity": "error",
           "options": {"strict": true, "nested": {"b": null, "c": "3"}}}})"},
       {"mine/off.json", R"({"rule": {"id": "other", "enabled": false}})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  const RuleInfo* rule = merged.rules.FindRule("vague-source");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->severity, Severity::kError);
  EXPECT_TRUE(rule->enabled);
  EXPECT_EQ(rule->summary, "Quote credited to an unnamed group.");
  EXPECT_EQ(Option<double>(rule, "min_words"), 2);
  EXPECT_TRUE(Option<bool>(rule, "strict"));
  // An object of strings merges key by key; null deletes a key.
  EXPECT_EQ(Option<StringMap>(rule, "nested"), (StringMap{{"a", "1"}, {"c", "3"}}));
  EXPECT_EQ(rule->source, "mine/override.json");
  EXPECT_EQ(rule->declared_in, "rules/vague-source.json");
  const RuleInfo* other = merged.rules.FindRule("other");
  ASSERT_NE(other, nullptr);
  EXPECT_FALSE(other->enabled);
}

TEST(RuleMergeTest, OverridesMaySetOnlyKnownOptionsOfTheSameType) {
  Merged merged = MergeAll(
      {{"rules/r.json",
        R"({"rule": {"id": "r", "options": {"strict": false, "min_words": 4, "mode": "x"}}})"},
       {"mine.json", R"({"rule": {"id": "r", "options": {"strcit": true, "min_words": "3",
                                                         "strict": null, "mode": 2}}})"}});
  EXPECT_EQ(merged.messages(),
            (Strings{"mine.json: /rule/options/min_words: expected a number (as in rules/r.json), "
                     "got string",
                     "mine.json: /rule/options/mode: expected a string (as in rules/r.json), got "
                     "number",
                     "mine.json: /rule/options/strcit: rule \"r\" has no option \"strcit\" (did "
                     "you mean \"strict\"?)"}));
  // Nothing of the bad override was applied.
  EXPECT_FALSE(Option<bool>(merged.rules.FindRule("r"), "strict"));
  // Integers and decimals are both numbers; null restores the declared
  // default, the only one there is.
  Merged fine = MergeAll(
      {{"rules/r.json", R"({"rule": {"id": "r", "options": {"ratio": 1, "strict": false}}})"},
       {"a.json", R"({"rule": {"id": "r", "options": {"ratio": 0.5, "strict": true}}})"},
       {"b.json", R"({"rule": {"id": "r", "options": {"strict": null}}})"}});
  EXPECT_EQ(fine.messages(), Strings{});
  EXPECT_EQ(Option<double>(fine.rules.FindRule("r"), "ratio"), 0.5);
  EXPECT_FALSE(Option<bool>(fine.rules.FindRule("r"), "strict"));
  // An option restored with null may be set again by a later file.
  Merged again =
      MergeAll({{"rules/r.json", R"({"rule": {"id": "r", "options": {"strict": false}}})"},
                {"a.json", R"({"rule": {"id": "r", "options": {"strict": null}}})"},
                {"b.json", R"({"rule": {"id": "r", "options": {"strict": true}}})"}});
  EXPECT_EQ(again.messages(), Strings{});
  EXPECT_TRUE(Option<bool>(again.rules.FindRule("r"), "strict"));
}

// The first file declares each option with its default, of a kind a check
// can read; null is no default.
TEST(RuleMergeTest, DeclaredOptionsNeedAReadableDefault) {
  EXPECT_EQ(ErrorsOf(R"({"rule": {"id": "r", "options": {"limit": null, "ok": ["a"],
                                  "mixed": ["a", 1], "deep": {"a": {"b": "c"}}}}})"),
            (Strings{"x.json: /rule/options/deep: the default of option \"deep\": expected a "
                     "string for \"a\", got object",
                     "x.json: /rule/options/limit: the default of option \"limit\": expected "
                     "true or false, a number, a string, an array of strings or an object of "
                     "strings, got null",
                     "x.json: /rule/options/mixed: the default of option \"mixed\": expected "
                     "true or false, a number, a string, an array of strings or an object of "
                     "strings, got an array holding a non-string"}));
}

TEST(RuleMergeTest, SharedLexiconsAndOwners) {
  Merged merged = MergeAll(
      {{"rules/speech.json", R"({"lexicons": {"verbs": {"shared": true, "entries": ["said"]}}})"},
       {"rules/my-check.json", R"({"lexicons": {"mine": {"entries": ["x"]}},
                                   "rule": {"id": "my-check"}})"},
       {"user.json", R"({"lexicons": {"mine": {"entries": ["y"]},
                                      "verbs": {"entries": ["told"]}}})"}});
  EXPECT_EQ(merged.messages(), Strings{});
  const Lexicon* verbs = merged.rules.FindLexicon("verbs");
  ASSERT_NE(verbs, nullptr);
  EXPECT_TRUE(verbs->shared);  // a later file that does not say keeps it shared
  EXPECT_EQ(verbs->owner, "");
  EXPECT_EQ(verbs->defined_in, "rules/speech.json");
  const Lexicon* mine = merged.rules.FindLexicon("mine");
  ASSERT_NE(mine, nullptr);
  EXPECT_FALSE(mine->shared);
  EXPECT_EQ(mine->owner, "my-check");  // the first file's rule, not the last file's
  EXPECT_EQ(mine->defined_in, "rules/my-check.json");
  EXPECT_EQ(mine->source, "user.json");
  EXPECT_EQ(ErrorsOf(R"({"lexicons": {"v": {"shared": "yes", "entries": []}}})"),
            Strings{"x.json: /lexicons/v/shared: expected true or false, got string"});
}

TEST(RuleMergeTest, UserDirectoryFilesMergeInNameOrderAfterBuiltIns) {
  RuleLoadResult result = LoadRules({kTestRules + "/user"});
  EXPECT_EQ(Messages(result.errors), Strings{});
  const Strings& verbs = result.rules.Words("speech-verbs");
  EXPECT_NE(std::find(verbs.begin(), verbs.end(), "said"), verbs.end());  // built-in kept
  EXPECT_NE(std::find(verbs.begin(), verbs.end(), "harrumphed"), verbs.end());
  // Added by 10-add-words.json, removed again by 20-remove-a-word.json.
  EXPECT_EQ(std::find(verbs.begin(), verbs.end(), "zorbled"), verbs.end());
  auto has_pattern = [&](const std::string& id) {
    const auto& patterns = result.rules.attribution_patterns();
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const AttributionPatternSpec& p) { return p.id == id; });
  };
  EXPECT_TRUE(has_pattern("test-title-said"));
  EXPECT_FALSE(has_pattern("test-disabled-later"));  // disabled by 20-remove-a-word.json
  const RuleInfo* rule = result.rules.FindRule("test-only-rule");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->source, kTestRules + "/user/20-remove-a-word.json");
  EXPECT_EQ(rule->severity, Severity::kInfo);
}

TEST(RuleMergeTest, ASingleFileIsAccepted) {
  RuleLoadResult result = LoadRules({kTestRules + "/user/10-add-words.json"});
  EXPECT_EQ(Messages(result.errors), Strings{});
  const Strings& verbs = result.rules.Words("speech-verbs");
  EXPECT_NE(std::find(verbs.begin(), verbs.end(), "zorbled"), verbs.end());
  EXPECT_EQ(result.rules.FindRule("test-only-rule"), nullptr);
}

TEST(RuleLoaderTest, BuiltInPatternsCompile) {
  // LoadRules never compiles a built-in pattern over built-in words to
  // check it (ValidateRuleSet skips those); this is the check it leaves to
  // the tests: every pattern, unmarked, compiled.
  RuleLoadResult loaded = LoadRules({});
  EXPECT_TRUE(loaded.errors.empty());
  RuleSet unmarked = loaded.rules;
  unmarked.set_built_in_words_only(false);
  std::vector<RuleError> errors;
  ValidateRuleSet(unmarked, &errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors.front().ToString());
}

}  // namespace
}  // namespace qa
