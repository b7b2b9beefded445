// The built-in rules are read from a snapshot the build made of rules/*.json
// (rules/rule_snapshot.h). It must hold exactly what merging the files
// gives, field by field, or a rule edit would silently not take effect.
#include "rules/rule_snapshot.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/rule_loader.h"

namespace qa {
namespace {

RuleSet MergedEmbeddedFiles(std::vector<RuleError>* errors) {
  RuleSetBuilder builder;
  MergeEmbeddedRuleFiles(&builder, errors);
  return std::move(builder).Build();
}

// Every field of every part, compared one by one (not through the snapshot
// writer, which could leave the same field out on both sides).
void ExpectSameRules(const RuleSet& expected, const RuleSet& actual) {
  ASSERT_EQ(expected.lexicons().size(), actual.lexicons().size());
  for (const auto& [name, want] : expected.lexicons()) {
    const Lexicon* got = actual.FindLexicon(name);
    ASSERT_NE(got, nullptr) << name;
    EXPECT_EQ(want.name, got->name);
    EXPECT_EQ(want.description, got->description) << name;
    EXPECT_EQ(want.entries, got->entries) << name;
    EXPECT_EQ(want.source, got->source) << name;
    EXPECT_EQ(want.defined_in, got->defined_in) << name;
    EXPECT_EQ(want.owner, got->owner) << name;
    EXPECT_EQ(want.shared, got->shared) << name;
  }
  ASSERT_EQ(expected.rules().size(), actual.rules().size());
  for (const auto& [id, want] : expected.rules()) {
    const RuleInfo* got = actual.FindRule(id);
    ASSERT_NE(got, nullptr) << id;
    EXPECT_EQ(want.id, got->id);
    EXPECT_EQ(want.severity, got->severity) << id;
    EXPECT_EQ(want.enabled, got->enabled) << id;
    EXPECT_EQ(want.summary, got->summary) << id;
    EXPECT_EQ(want.options, got->options) << id;
    EXPECT_EQ(want.declared_options, got->declared_options) << id;
    EXPECT_EQ(want.source, got->source) << id;
    EXPECT_EQ(want.declared_in, got->declared_in) << id;
  }
  ASSERT_EQ(expected.attribution_patterns().size(), actual.attribution_patterns().size());
  for (size_t i = 0; i < expected.attribution_patterns().size(); ++i) {
    const AttributionPatternSpec& want = expected.attribution_patterns()[i];
    const AttributionPatternSpec& got = actual.attribution_patterns()[i];
    EXPECT_EQ(want.id, got.id);
    EXPECT_EQ(want.where, got.where) << want.id;
    EXPECT_EQ(want.pattern, got.pattern) << want.id;
    EXPECT_EQ(want.confidence, got.confidence) << want.id;
    EXPECT_EQ(want.same_paragraph_confidence, got.same_paragraph_confidence) << want.id;
    EXPECT_EQ(want.next_paragraph_confidence, got.next_paragraph_confidence) << want.id;
    EXPECT_EQ(want.description, got.description) << want.id;
    EXPECT_EQ(want.source, got.source) << want.id;
    EXPECT_EQ(want.pointer, got.pointer) << want.id;
  }
  EXPECT_EQ(expected.unresolved_pronoun_factor(), actual.unresolved_pronoun_factor());
}

RuleSet Read(std::string_view bytes) {
  RuleSetBuilder builder;
  EXPECT_TRUE(ReadRuleSnapshot(bytes, &builder));
  return std::move(builder).Build();
}

TEST(RuleSnapshotTest, BuiltInSnapshotIsTheMergedRuleFiles) {
  std::vector<RuleError> errors;
  RuleSet merged = MergedEmbeddedFiles(&errors);
  ASSERT_TRUE(errors.empty()) << errors.front().ToString();
  ASSERT_FALSE(merged.lexicons().empty());
  ASSERT_FALSE(merged.attribution_patterns().empty());
  // Made by the build from the same files, so a stale or partial snapshot
  // shows here.
  EXPECT_EQ(WriteRuleSnapshot(merged), BuiltInRuleSnapshot());
  ExpectSameRules(merged, Read(BuiltInRuleSnapshot()));
}

TEST(RuleSnapshotTest, LoadRulesGivesTheMergedRuleFiles) {
  std::vector<RuleError> errors;
  RuleSet merged = MergedEmbeddedFiles(&errors);
  RuleLoadResult loaded = LoadRules({});
  EXPECT_TRUE(loaded.errors.empty());
  ExpectSameRules(merged, loaded.rules);
}

TEST(RuleSnapshotTest, EveryOptionKindAndEditedLexiconSurviveARoundTrip) {
  RuleSetBuilder builder;
  std::vector<RuleError> errors;
  MergeRuleFile("user/extra.json", R"json({
    "lexicons": {
      "harbour-words": {"description": "Words \"quoted\" and ünïcode", "entries": ["quay", "jetty  pier", "kai"],
                        "shared": true}
    },
    "attribution_patterns": [
      {"id": "x-told", "where": "after", "pattern": "^\\s*told\\s+(?P<speaker>\\w+)", "confidence": 0.37},
      {"id": "x-cont", "where": "continuation", "confidence": 0.8, "same_paragraph_confidence": 0.25,
       "next_paragraph_confidence": 0.125}
    ],
    "attribution_settings": {"unresolved_pronoun_factor": 0.3},
    "rule": {"id": "extra-check", "severity": "info", "summary": "A test rule.",
             "options": {"strict": true, "min_words": 3.5, "label": "x", "words": ["a", "b"],
                         "labels": {"k": "v", "quay": "pier"}}}
  })json",
                &builder, &errors);
  MergeRuleFile("user/later.json", R"json({
    "lexicons": {"harbour-words": {"mode": "remove", "entries": ["kai"]}},
    "rule": {"id": "extra-check", "enabled": false, "options": {"min_words": 7}}
  })json",
                &builder, &errors);
  ASSERT_TRUE(errors.empty()) << errors.front().ToString();
  RuleSet rules = std::move(builder).Build();
  ASSERT_EQ(rules.FindRule("extra-check")->options.size(), 5u);
  ASSERT_EQ(rules.Words("harbour-words"), (std::vector<std::string>{"quay", "jetty pier"}));
  ExpectSameRules(rules, Read(WriteRuleSnapshot(rules)));
}

TEST(RuleSnapshotTest, CutOrDamagedBytesAreRefusedWithoutCrashing) {
  const std::string good(BuiltInRuleSnapshot());
  RuleSetBuilder whole;
  ASSERT_TRUE(ReadRuleSnapshot(good, &whole));
  // Cut anywhere (a few hundred places spread over the snapshot).
  const size_t step = good.size() / 300 + 1;
  for (size_t cut = 0; cut < good.size(); cut += step) {
    RuleSetBuilder builder;
    EXPECT_FALSE(ReadRuleSnapshot(std::string_view(good).substr(0, cut), &builder)) << cut;
  }
  RuleSetBuilder longer;
  EXPECT_FALSE(ReadRuleSnapshot(good + "x", &longer));
  // Damaged bytes: a read may fail or succeed, but stays in bounds (the
  // sanitizer build checks) and never reserves memory for a huge count.
  for (size_t at = 0; at < good.size(); at += step) {
    std::string bad = good;
    bad[at] = static_cast<char>(0xff);
    RuleSetBuilder builder;
    (void)ReadRuleSnapshot(bad, &builder);
  }
  RuleSetBuilder not_ours;
  EXPECT_FALSE(ReadRuleSnapshot("{\"lexicons\": {}}", &not_ours));
}

}  // namespace
}  // namespace qa
