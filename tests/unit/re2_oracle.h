// RE2's answers for a whole pattern, every match or the first, with gtest
// expectations that a Pattern gives the same, and random texts to ask them on: for the tests of
// Pattern's shortcuts (match/leading_run.h, match/capture_memo.h).
#pragma once

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "match/pattern.h"
#include "re2_whole_match.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"

namespace qa::test_re2 {

// What RE2 finds for the whole pattern, as Pattern reports it.
struct Re2Oracle {
  explicit Re2Oracle(const std::string& pattern) : re(pattern, Quiet()) {}
  static RE2::Options Quiet() {
    RE2::Options options;
    options.set_log_errors(false);
    return options;
  }
  std::optional<PatternMatch> At(std::string_view text, size_t start, bool anchored,
                                 size_t end = std::string_view::npos) const {
    return test_re2::Re2WholeMatch(re, text, start, anchored, end);
  }
  // Every match in text[from, to), the rest of the text as context.
  std::vector<PatternMatch> All(std::string_view text, size_t from = 0,
                                size_t to = std::string_view::npos) const {
    std::vector<PatternMatch> all;
    to = std::min(to, text.size());
    size_t pos = from;
    while (pos <= to) {
      std::optional<PatternMatch> match = At(text, pos, false, to);
      if (!match) break;
      const size_t end = match->whole.end;
      all.push_back(std::move(*match));
      pos = end > pos ? end : pos + 1;
    }
    return all;
  }
  RE2 re;
};

inline void ExpectSame(const std::optional<PatternMatch>& a, const std::optional<PatternMatch>& b,
                       const std::string& where) {
  ASSERT_EQ(a.has_value(), b.has_value()) << where;
  if (!a) return;
  EXPECT_EQ(a->whole, b->whole) << where;
  EXPECT_EQ(a->groups, b->groups) << where;
}

// Find, MatchPrefix, Matches and FindAll (whole, and over part of the text
// with the rest as context) must each give RE2's answer, groups included.
inline void ExpectAgreesWithRe2(const Pattern& pattern, const Re2Oracle& oracle,
                                const std::string& text, const std::string& id) {
  const std::string where = id + " on \"" + text + "\"";
  ExpectSame(pattern.Find(text), oracle.At(text, 0, false), where + " (Find)");
  ExpectSame(pattern.MatchPrefix(text), oracle.At(text, 0, true), where + " (MatchPrefix)");
  EXPECT_EQ(pattern.Matches(text), oracle.At(text, 0, false).has_value()) << where;
  std::vector<PatternMatch> all = pattern.FindAll(text);
  std::vector<PatternMatch> expected = oracle.All(text);
  ASSERT_EQ(all.size(), expected.size()) << where << " (FindAll)";
  for (size_t i = 0; i < all.size(); ++i) ExpectSame(all[i], expected[i], where + " (FindAll)");
  // Part of the text searched, the rest read as context: cut inside words,
  // between a speaker and a cue, anywhere.
  const size_t from = text.size() / 3;
  const size_t to = text.size() - text.size() / 5;
  all = pattern.FindAll(text, 0, from, to);
  expected = oracle.All(text, from, to);
  ASSERT_EQ(all.size(), expected.size()) << where << " (FindAll in part)";
  for (size_t i = 0; i < all.size(); ++i) {
    ExpectSame(all[i], expected[i], where + " (FindAll in part)");
  }
}

// Every built-in attribution pattern but the continuation whose expanded
// regex `splits` says yes to, compiled as the attributor compiles it
// (deferred, narrowed to common characters for most texts), must give RE2's
// answers on `texts`; *checked is set to how many were.
template <typename Splits>
void ExpectBuiltInAttributionPatternsAgree(Splits splits, const std::vector<std::string>& texts,
                                           size_t* checked) {
  *checked = 0;
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    const std::string regex = ExpandPlaceholders(spec.pattern, loaded.rules).regex;
    if (!splits(regex)) continue;
    ++*checked;
    std::string error;
    std::unique_ptr<Pattern> pattern = CompileRulePattern(spec.pattern, loaded.rules, {}, &error);
    ASSERT_NE(pattern, nullptr) << spec.id << ": " << error;
    Re2Oracle oracle(regex);
    ASSERT_TRUE(oracle.re.ok()) << spec.id;
    for (const std::string& text : texts) ExpectAgreesWithRe2(*pattern, oracle, text, spec.id);
  }
}

// `count` texts of up to `most` of `pieces` each, drawn at random from `seed`.
inline std::vector<std::string> RandomTexts(const std::vector<std::string>& pieces, int most,
                                            size_t count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, most);
  std::vector<std::string> texts;
  for (size_t i = 0; i < count; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += pieces[piece(random)];
    texts.push_back(std::move(text));
  }
  return texts;
}

// Random windows of words, speech verbs, the stops, spaces and broken bytes:
// what decides where a speaker run may start or end.
inline std::vector<std::string> WindowTexts(size_t count, unsigned seed) {
  static const std::vector<std::string> pieces = {"Ilse",      "Varga",
                                                  "the mayor", "Officials",
                                                  "agency",    "’s",
                                                  "'s",        "said",
                                                  "told",      "says",
                                                  "added",     "warned",
                                                  "also",      "quickly",
                                                  "later",     "reporters",
                                                  "on",        "Monday",
                                                  "that",      "statement",
                                                  "report",    "according to",
                                                  "by",        "a",
                                                  " ",         " ",
                                                  " ",         "  ",
                                                  "\n",        "\t",
                                                  ",",         ".",
                                                  ":",         ";",
                                                  "!",         "?",
                                                  "\"",        "“",
                                                  "”",         "«",
                                                  "»",         "—",
                                                  "--",        "(",
                                                  ")",         "É",
                                                  "é",         "Łukasz",
                                                  "\xFF",      "\x80",
                                                  "\xE2\x80",  "\xED\xA0\x80",
                                                  "\xC0\xAF",  "\xC2\xA0",
                                                  "Ke\xCC\x81"};
  return RandomTexts(pieces, 24, count, seed);
}

}  // namespace qa::test_re2
