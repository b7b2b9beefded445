// Deferred patterns (match/pattern.h): the built-in attribution patterns wait
// for their first use instead of compiling at start-up, so their group
// indexes are read from the text; those must be RE2's, and the first use
// from many threads at once must compile once and match the same.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "match/pattern.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"

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
