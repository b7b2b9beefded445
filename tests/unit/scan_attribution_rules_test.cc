// The attribution patterns compiled from the rule set (scan/attribution_rules.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/attribution_rules.h"

namespace qa {
namespace {

const CompiledAttributionPattern* Find(const AttributionRules& rules, const std::string& id) {
  for (size_t w = 0; w < kWindowCount; ++w) {
    for (const CompiledAttributionPattern& pattern : rules.In(static_cast<Window>(w))) {
      if (pattern.id == id) return &pattern;
    }
  }
  return nullptr;
}

// Two rules may search different windows with the same pattern, as the
// built-in speaker-cue-partial and indirect-speech-before do: one Pattern
// serves both (compiled once), each rule keeping its own window and
// confidence.
TEST(AttributionRulesTest, RulesWrittenAlikeShareOnePattern) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  std::vector<RuleError> errors;
  std::unique_ptr<AttributionRules> rules = AttributionRules::Create(loaded.rules, &errors);
  ASSERT_NE(rules, nullptr);
  const CompiledAttributionPattern* partial = Find(*rules, "speaker-cue-partial");
  const CompiledAttributionPattern* indirect = Find(*rules, "indirect-speech-before");
  ASSERT_NE(partial, nullptr);
  ASSERT_NE(indirect, nullptr);
  EXPECT_EQ(partial->pattern.get(), indirect->pattern.get());
  EXPECT_NE(partial->confidence, indirect->confidence);
  EXPECT_NE(partial->window, indirect->window);
  // Patterns written differently keep their own.
  const CompiledAttributionPattern* quote = Find(*rules, "speaker-cue-quote");
  ASSERT_NE(quote, nullptr);
  EXPECT_NE(quote->pattern.get(), partial->pattern.get());
  // The shared pattern answers for both.
  auto match = indirect->pattern->Find("Mayor Ilse Varga said the quay");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->groups[static_cast<size_t>(indirect->cue_group)]->begin, 17u);
}

}  // namespace
}  // namespace qa
