// A check reads only the lexicons its own rule file defines and the ones
// marked "shared": true (checks/check_lexicons.h), both as word lists and as
// {placeholders} in its patterns; the built-in checks keep to that.
#include "checks/check_lexicons.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checks/registry.h"
#include "rules/rule_loader.h"
#include "verify/verify_rules.h"

namespace qa {
namespace {

using Strings = std::vector<std::string>;

RuleSet Merge(const std::vector<std::pair<std::string, std::string>>& files) {
  RuleSetBuilder builder;
  std::vector<RuleError> errors;
  for (const auto& [name, text] : files) MergeRuleFile(name, text, &builder, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  return std::move(builder).Build();
}

Strings Messages(const std::vector<RuleError>& errors) {
  Strings out;
  for (const RuleError& error : errors) out.push_back(error.ToString());
  return out;
}

// Three files: one lexicon of the scan stage (no rule), one shared, and a
// check's own file with its own lexicon; then a second check.
const RuleSet& Rules() {
  static const RuleSet* rules = new RuleSet(Merge({
      {"rules/words.json", R"({"lexicons": {"scan-words": {"entries": ["quay"]},
                                            "common": {"shared": true, "entries": ["said"]}}})"},
      {"rules/first-check.json", R"({"lexicons": {"first-words": {"entries": ["pier"]}},
                                     "rule": {"id": "first-check"}})"},
      {"rules/second-check.json", R"({"rule": {"id": "second-check"}})"},
  }));
  return *rules;
}

TEST(CheckLexiconsTest, OwnAndSharedLexiconsAreReadable) {
  std::vector<RuleError> errors;
  CheckLexicons lexicons(*Rules().FindRule("first-check"), Rules(), &errors);
  EXPECT_EQ(lexicons.Words("first-words"), Strings{"pier"});
  EXPECT_EQ(lexicons.Words("common"), Strings{"said"});
  EXPECT_NE(lexicons.Compile("{first-words} {common}"), nullptr);
  EXPECT_TRUE(lexicons.ok());
  EXPECT_EQ(Messages(errors), Strings{});
}

TEST(CheckLexiconsTest, BuiltInWordsCompileOnFirstUseWithTheSameGroups) {
  RuleSet built_in = Rules();
  built_in.set_built_in_words_only(true);
  std::vector<RuleError> errors;
  CheckLexicons eager(*Rules().FindRule("first-check"), Rules(), &errors);
  CheckLexicons deferred(*built_in.FindRule("first-check"), built_in, &errors);
  const char* pattern = "(?:at )?(?P<place>{first-words}),? (?P<verb>{common})";
  auto now = eager.Compile(pattern);
  auto later = deferred.Compile(pattern);
  ASSERT_NE(now, nullptr);
  ASSERT_NE(later, nullptr);
  for (const char* group : {"place", "verb", "none"}) {
    EXPECT_EQ(later->GroupIndex(group), now->GroupIndex(group)) << group;
  }
  const auto match = later->Find("at the PIER, said Varga");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->groups[static_cast<size_t>(later->GroupIndex("place"))], (Span{7, 11}));
  EXPECT_EQ(Messages(errors), Strings{});
}

TEST(CheckLexiconsTest, OnlyTemplatesOverChangedWordsCompileAtOnce) {
  // "first-words" as built in, "common" changed by a house file.
  RuleSet built_in = Rules();
  built_in.set_built_in_words_only(true);
  RuleSetBuilder builder(built_in);
  std::vector<RuleError> errors;
  MergeRuleFile("house.json", R"({"lexicons": {"common": {"mode": "add", "entries": ["told"]}}})",
                &builder, &errors);
  RuleSet house = std::move(builder).Build();
  house.KeepBuiltInPartsOf(built_in);
  CheckLexicons lexicons(*house.FindRule("first-check"), house, &errors);
  auto own_words = lexicons.Compile("at (?P<place>{first-words})");
  auto changed = lexicons.Compile("(?P<place>{first-words}),? (?P<verb>{common})");
  ASSERT_NE(own_words, nullptr);
  ASSERT_NE(changed, nullptr);
  EXPECT_TRUE(own_words->CompilesOnFirstUse());
  EXPECT_FALSE(changed->CompilesOnFirstUse());
  const auto match = changed->Find("the pier, told Varga");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->groups[static_cast<size_t>(changed->GroupIndex("verb"))], (Span{10, 14}));
  EXPECT_EQ(Messages(errors), Strings{});
}

TEST(CheckLexiconsTest, AnotherChecksLexiconIsAnErrorNamingItsFile) {
  std::vector<RuleError> errors;
  CheckLexicons lexicons(*Rules().FindRule("second-check"), Rules(), &errors);
  EXPECT_EQ(lexicons.Words("first-words"), Strings{});
  EXPECT_FALSE(lexicons.ok());
  EXPECT_EQ(Messages(errors),
            Strings{"rules/first-check.json: /lexicons/first-words: check second-check reads "
                    "this lexicon, but it belongs to rule first-check; mark it \"shared\": true "
                    "here, or give the check a lexicon of its own"});
}

TEST(CheckLexiconsTest, TheScansLexiconsAreNotSharedUnlessMarked) {
  std::vector<RuleError> errors;
  CheckLexicons lexicons(*Rules().FindRule("first-check"), Rules(), &errors);
  EXPECT_EQ(lexicons.Compile("\\b{scan-words}\\b"), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "rules/words.json");
  EXPECT_EQ(errors[0].key, "/lexicons/scan-words");
  EXPECT_NE(errors[0].message.find("belongs to no rule"), std::string::npos) << errors[0].message;
}

TEST(CheckLexiconsTest, AMissingLexiconNamesTheRuleFile) {
  std::vector<RuleError> errors;
  CheckLexicons lexicons(*Rules().FindRule("first-check"), Rules(), &errors);
  EXPECT_EQ(lexicons.Find("no-such-words"), nullptr);
  EXPECT_EQ(Messages(errors),
            Strings{"rules/first-check.json: /rule: check first-check reads lexicon "
                    "\"no-such-words\", but no rule file defines it"});
}

// The built-in checks read only their own lexicons and shared ones: a check
// reaching for another's word list fails here (and at start-up).
TEST(CheckLexiconsTest, BuiltInChecksReadOnlyOwnOrSharedLexicons) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_EQ(Messages(loaded.errors), Strings{});
  std::vector<RuleError> errors;
  // Every rule has a check but those reported after the checks run and
  // verify's.
  EXPECT_EQ(MakeChecks(loaded.rules, &errors).size(),
            loaded.rules.rules().size() - PostCheckRuleIds().size() - VerifyRuleIds().size());
  EXPECT_EQ(Messages(errors), Strings{});
}

// Taking "shared" off a lexicon another check reads breaks that check.
TEST(CheckLexiconsTest, UnsharingALexiconAnotherCheckReadsFails) {
  RuleLoadResult loaded = LoadRules({});
  RuleSetBuilder builder(loaded.rules);
  std::vector<RuleError> errors;
  MergeRuleFile("mine.json", R"({"lexicons": {"vague-pronouns": {"shared": false}}})", &builder,
                &errors);
  ASSERT_EQ(Messages(errors), Strings{});
  const RuleSet rules = std::move(builder).Build();
  MakeChecks(rules, &errors);
  ASSERT_FALSE(errors.empty());
  for (const RuleError& error : errors) {
    EXPECT_EQ(error.ToString().rfind("rules/vague-source.json: /lexicons/vague-pronouns: check "
                                     "unsourced-claim reads this lexicon",
                                     0),
              0u)
        << error.ToString();
  }
}

}  // namespace
}  // namespace qa
