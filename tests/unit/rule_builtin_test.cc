// The rule files shipped in rules/ (embedded in the binary): they must load
// cleanly and follow the naming conventions of docs/adding-a-rule.md. These
// tests catch a broken rule file the moment it is added.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "rules/embedded_rules.h"
#include "rules/rule_json.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

std::string Stem(std::string_view name) {
  std::string file = std::filesystem::path(name).stem().string();
  return file;
}

TEST(BuiltInRulesTest, LoadWithoutErrors) {
  RuleLoadResult result = LoadRules({});
  std::string all;
  for (const RuleError& error : result.errors) all += error.ToString() + "\n";
  EXPECT_TRUE(result.errors.empty()) << all;
  EXPECT_FALSE(result.rules.Words("speech-verbs").empty());
}

TEST(BuiltInRulesTest, EmbeddedInNameOrder) {
  const auto& files = EmbeddedRuleFiles();
  ASSERT_FALSE(files.empty());
  EXPECT_TRUE(std::is_sorted(
      files.begin(), files.end(),
      [](const EmbeddedRuleFile& a, const EmbeddedRuleFile& b) { return a.name < b.name; }));
}

// rules/<rule-id>.json holds a check's rule; any other file only lexicons
// or patterns, and its name says so.
TEST(BuiltInRulesTest, FileNamesFollowTheConvention) {
  const std::vector<std::string> kDataSuffixes = {"-lexicon", "-words", "-verbs", "-gazetteer",
                                                  "-patterns"};
  for (const EmbeddedRuleFile& file : EmbeddedRuleFiles()) {
    std::vector<RuleError> errors;
    auto root = ParseRuleJson(file.name, file.content, &errors);
    if (!root || !root->is_object()) continue;  // LoadWithoutErrors reports it
    std::string stem = Stem(file.name);
    auto rule = root->find("rule");
    if (rule != root->end() && rule->is_object()) {
      EXPECT_EQ(rule->value("id", ""), stem)
          << file.name << ": a rule file is named after its rule id";
      continue;
    }
    bool data_name = std::any_of(kDataSuffixes.begin(), kDataSuffixes.end(),
                                 [&](const std::string& suffix) { return stem.ends_with(suffix); });
    EXPECT_TRUE(data_name) << file.name
                           << ": a file without a \"rule\" is named *-lexicon, *-words, *-verbs, "
                              "*-gazetteer or *-patterns.json";
  }
}

TEST(BuiltInRulesTest, EveryRuleHasASummaryAndADocPage) {
  RuleLoadResult result = LoadRules({});
  for (const auto& [id, rule] : result.rules.rules()) {
    EXPECT_FALSE(rule.summary.empty()) << rule.source << ": rule \"" << id << "\" has no summary";
    std::filesystem::path doc = std::filesystem::path(QA_SOURCE_DIR) / "docs/rules" / (id + ".md");
    EXPECT_TRUE(std::filesystem::exists(doc))
        << rule.source << ": rule \"" << id << "\" has no doc page docs/rules/" << id << ".md";
  }
}

TEST(BuiltInRulesTest, EveryLexiconHasADescription) {
  RuleLoadResult result = LoadRules({});
  for (const auto& [name, lexicon] : result.rules.lexicons()) {
    EXPECT_FALSE(lexicon.description.empty())
        << lexicon.source << ": lexicon \"" << name << "\" has no description";
  }
}

}  // namespace
}  // namespace qa
