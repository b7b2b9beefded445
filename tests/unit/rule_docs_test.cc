// Every built-in rule has its page (docs/rules/<id>.md) compiled into the
// binary, so SARIF's help is never empty for a rule quoteaudit ships.
#include "cli/rule_docs.h"

#include <gtest/gtest.h>

#include "rules/rule_loader.h"

namespace qa {
namespace {

TEST(RuleDocsTest, EveryBuiltInRuleHasItsPage) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  ASSERT_FALSE(loaded.rules.rules().empty());
  for (const auto& [id, rule] : loaded.rules.rules()) {
    std::string_view page = RuleDoc(id);
    EXPECT_TRUE(page.starts_with("# " + id + "\n")) << id << " has no embedded page";
  }
}

TEST(RuleDocsTest, UnknownRulesHaveNone) { EXPECT_EQ(RuleDoc("no-such-rule"), ""); }

}  // namespace
}  // namespace qa
