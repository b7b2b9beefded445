// Helpers for the unit tests of the source checks (unattributed-quote,
// unbalanced-quote, vague-source, unsourced-claim, attribution-conflict):
// Documents from literal text, spans found by searching that text, the
// built-in rules, and hand-built quotes.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "core/document.h"
#include "core/finding.h"
#include "core/quote.h"
#include "io/plain_text_reader.h"
#include "rules/option_json.h"
#include "rules/rule_loader.h"

namespace qa::testing_support {

// A Document read by the plain-text reader (paragraphs split on blank lines).
inline Document MakeDocument(std::string text, std::string path = "article.txt") {
  LoadResult loaded = LoadPlainText(std::move(path), std::move(text));
  EXPECT_TRUE(loaded.document.has_value());
  return loaded.document.value_or(Document{});
}

// The byte span of the `occurrence`-th (0-based) copy of `needle` in the text.
inline Span SpanOf(const Document& document, std::string_view needle, int occurrence = 0) {
  size_t pos = document.text.find(needle);
  for (int i = 0; i < occurrence && pos != std::string::npos; ++i) {
    pos = document.text.find(needle, pos + 1);
  }
  EXPECT_NE(pos, std::string::npos) << "not in the text: " << needle;
  if (pos == std::string::npos) return Span{};
  return Span{pos, pos + needle.size()};
}

inline std::string TextOf(const Document& document, Span span) {
  return std::string(document.Text(span));
}

// The built-in rules, loaded once.
inline const RuleSet& BuiltinRules() {
  static const RuleSet* rules = [] {
    RuleLoadResult result = LoadRules({});
    for (const RuleError& error : result.errors) ADD_FAILURE() << error.ToString();
    return new RuleSet(std::move(result.rules));
  }();
  return *rules;
}

// `overrides` merged over `rule`'s options, as a later rule file's would be.
inline void OverrideOptions(RuleInfo* rule, const nlohmann::json& overrides) {
  for (const auto& [key, value] : overrides.items()) {
    auto declared = rule->declared_options.find(key);
    if (declared == rule->declared_options.end()) {
      ADD_FAILURE() << "rule " << rule->id << " declares no option " << key;
      continue;
    }
    std::string error;
    EXPECT_TRUE(PatchOption(declared->second, value, &rule->options[key], &error))
        << key << ": " << error;
  }
}

// The built-in rule `id` with `options` merged over its own.
inline RuleInfo RuleFor(const std::string& id,
                        const nlohmann::json& options = nlohmann::json::object()) {
  const RuleInfo* rule = BuiltinRules().FindRule(id);
  EXPECT_NE(rule, nullptr) << "no built-in rule " << id;
  RuleInfo copy = rule != nullptr ? *rule : RuleInfo{};
  OverrideOptions(&copy, options);
  return copy;
}

template <typename CheckType>
std::unique_ptr<Check> MakeCheck(const std::string& id,
                                 const nlohmann::json& options = nlohmann::json::object()) {
  std::vector<RuleError> errors;
  auto check = CheckType::Create(RuleFor(id, options), BuiltinRules(), &errors);
  for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
  EXPECT_NE(check, nullptr);
  return check;
}

inline std::vector<Finding> RunCheck(Check& check, const Document& document,
                                     const ScanResult& scan) {
  std::vector<Finding> findings;
  CheckDocument(check, CheckContext{document, scan}, &findings);
  return findings;
}

// Check `id` built from the built-in rules with the rule file `house`
// merged over them (a lexicon changed to switch a shortcut off, say).
template <typename CheckType>
std::unique_ptr<Check> MakeCheckWithHouseRules(const std::string& id, const std::string& house) {
  RuleLoadResult loaded = LoadRules({});
  RuleSetBuilder builder(std::move(loaded.rules));
  MergeRuleFile("house.json", house, &builder, &loaded.errors);
  for (const RuleError& error : loaded.errors) ADD_FAILURE() << error.ToString();
  const RuleSet rules = std::move(builder).Build();
  std::vector<RuleError> errors;
  auto check = CheckType::Create(RuleFor(id), rules, &errors);
  for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
  return check;
}

// Runs `check` and `expected_check` over 3,000 random sentences of `pieces`
// (3 to 22 of them, mostly with a space between) and expects the same
// findings of each; returns how many.
inline size_t SameFindingsOverRandomSentences(Check& expected_check, Check& check,
                                              const std::vector<std::string>& pieces,
                                              uint32_t seed) {
  std::mt19937 random(seed);
  size_t findings = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int count = 3 + static_cast<int>(random() % 20);
    for (int k = 0; k < count; ++k) {
      if (k > 0 && random() % 4 != 0) text += ' ';
      text += pieces[random() % pieces.size()];
    }
    const Document doc = MakeDocument(text);
    const ScanResult scan;
    const std::vector<Finding> expected = RunCheck(expected_check, doc, scan);
    const std::vector<Finding> got = RunCheck(check, doc, scan);
    if (got.size() != expected.size()) {
      ADD_FAILURE() << got.size() << " findings where " << expected.size() << " were due in "
                    << text;
      return findings;
    }
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].span, expected[i].span) << text;
      EXPECT_EQ(got[i].message, expected[i].message) << text;
    }
    findings += got.size();
  }
  return findings;
}

// Length of the UTF-8 character starting at text[pos].
inline size_t CharLength(std::string_view text, size_t pos) {
  unsigned char lead = static_cast<unsigned char>(text[pos]);
  return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// A quote covering `with_marks` (its first and last characters are the
// marks), attributed to `entity` (-1: none) through `mention`.
inline Quote MakeQuote(const Document& document, std::string_view with_marks,
                       QuoteKind kind = QuoteKind::kDirect, int entity = -1, Span mention = Span{},
                       int occurrence = 0) {
  Quote quote;
  quote.span = SpanOf(document, with_marks, occurrence);
  size_t open = CharLength(document.text, quote.span.begin);
  size_t last = quote.span.end - 1;
  while (last > quote.span.begin &&
         (static_cast<unsigned char>(document.text[last]) & 0xC0) == 0x80) {
    --last;
  }
  quote.inner = Span{quote.span.begin + open, last};
  quote.kind = kind;
  quote.attribution.entity = entity;
  quote.attribution.mention = mention;
  return quote;
}

inline Entity MakeEntity(std::string name, SpeakerKind kind,
                         std::vector<std::string> aliases = {}) {
  Entity entity;
  entity.name = std::move(name);
  entity.kind = kind;
  entity.aliases = std::move(aliases);
  return entity;
}

using Texts = std::vector<std::string>;

// The texts of the findings' spans, in order.
inline std::vector<std::string> FindingTexts(const Document& document,
                                             const std::vector<Finding>& findings) {
  std::vector<std::string> texts;
  for (const Finding& finding : findings) texts.push_back(TextOf(document, finding.span));
  return texts;
}

}  // namespace qa::testing_support
