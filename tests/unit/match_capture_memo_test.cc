// A big pattern's groups come from the memo when the same bytes matched
// before (match/capture_memo.h). They must be the groups RE2 reads: the
// tests compare with RE2 on texts where the same matched bytes take other
// groups in other context, and on random texts searched again and again.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "match/capture_memo.h"
#include "match/pattern.h"
#include "re2_oracle.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

using test_re2::ExpectAgreesWithRe2;
using test_re2::Re2Oracle;
using Place = CaptureMemo::GroupPlace;

// Alternatives no test text holds, enough to make RE2's program too big for
// its bit-state engine, so that groups are read through the memo.
std::string Bulk() { return "|zq(?:\\p{L}|\\p{N})(?:\\p{L}|\\p{N})qz"; }

TEST(CaptureMemoTest, RecallsOnlyTheSameBytesInTheSameContext) {
  CaptureMemo memo;
  const std::string text = "xx said Ilse Varga, yy";
  const CaptureMemo::Key key{7, text, 3, 18};  // "said Ilse Varga"
  EXPECT_FALSE(memo.Recall(key));
  const std::vector<Place> groups = {{0, 4}, {-1, -1}, {5, 15}};
  memo.Remember(key, groups);
  auto recalled = memo.Recall(key);
  ASSERT_TRUE(recalled);
  ASSERT_EQ(recalled->size(), 3u);
  EXPECT_EQ((*recalled)[0].end, 4);
  EXPECT_EQ((*recalled)[1].begin, -1);
  EXPECT_EQ((*recalled)[2].begin, 5);
  // The same bytes elsewhere, in the same context: remembered.
  const std::string moved = "a long lead-in, then xx said Ilse Varga, yy";
  EXPECT_TRUE(memo.Recall({7, moved, 24, 39}));
  // Another program, another byte before or after, the text's edge.
  EXPECT_FALSE(memo.Recall({8, text, 3, 18}));
  EXPECT_FALSE(memo.Recall({7, "xxzsaid Ilse Varga, yy", 3, 18}));
  EXPECT_FALSE(memo.Recall({7, "xx said Ilse Varga; yy", 3, 18}));
  EXPECT_FALSE(memo.Recall({7, "said Ilse Varga, yy", 0, 15}));
  EXPECT_FALSE(memo.Recall({7, "xx said Ilse Varga", 3, 18}));
  // Other bytes of the same length.
  EXPECT_FALSE(memo.Recall({7, "xx said Ilse Vargo, yy", 3, 18}));
}

TEST(CaptureMemoTest, StaysBoundedAndKeepsWhatItWasLastTold) {
  CaptureMemo memo;
  const std::vector<Place> groups = {{0, 1}};
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text = " match number " + std::to_string(i) + " ";
    memo.Remember({1, text, 1, text.size() - 1}, groups);
    ASSERT_LE(memo.size(), 4096u);
  }
  EXPECT_TRUE(memo.Recall({1, text, 1, text.size() - 1}));
  // A long match is never kept.
  const std::string long_text(CaptureMemo::kMaxMatchBytes + 10, 'a');
  memo.Remember({2, long_text, 0, long_text.size()}, groups);
  EXPECT_FALSE(memo.Recall({2, long_text, 0, long_text.size()}));
}

TEST(CaptureMemoTest, GroupsFollowTheContextAroundTheSameBytes) {
  // Each pattern matches the same bytes in the texts below, with groups that
  // depend on the byte before, the byte after or the text's start.
  const std::vector<std::string> patterns = {
      "(?:(?P<bounded>\\bab)|(?P<inside>ab))c", "(?:(?P<bounded>ab\\b)|(?P<inside>ab))",
      "(?:(?P<start>^ab)|(?P<later>ab))",       "(?:(?P<end>ab$)|(?P<more>ab))",
      "(?m:(?P<line>^ab)|(?P<later>ab))",
  };
  // A NUL byte is a byte like any other, not the text's edge.
  const std::vector<std::string> texts = {"abc",
                                          " abc",
                                          "xabc",
                                          "ab",
                                          "ab ",
                                          "-ab",
                                          "\nab",
                                          "abab",
                                          "ab\n",
                                          "xab",
                                          "ab-",
                                          "ab_",
                                          "ab",
                                          std::string("\0ab", 3),
                                          std::string("ab\0", 3)};
  for (const std::string& source : patterns) {
    std::string error;
    std::unique_ptr<Pattern> pattern = Pattern::Compile(source + Bulk(), {}, &error);
    ASSERT_NE(pattern, nullptr) << error;
    Re2Oracle oracle(source + Bulk());
    ASSERT_GT(oracle.re.ProgramSize(), 512) << "too small to be read through the memo";
    // Twice over, in two orders: each text's match is remembered by then.
    for (int round = 0; round < 2; ++round) {
      for (const std::string& text : texts) ExpectAgreesWithRe2(*pattern, oracle, text, source);
      for (auto it = texts.rbegin(); it != texts.rend(); ++it)
        ExpectAgreesWithRe2(*pattern, oracle, *it, source);
    }
  }
}

// Random sentences of speakers, verbs and punctuation, from few pieces so
// that the same bytes match again and again.
std::vector<std::string> RandomTexts(size_t count, unsigned seed) {
  static const std::vector<std::string> pieces = {"Ilse Varga",
                                                  "the mayor",
                                                  "officials",
                                                  "Some experts",
                                                  "agency",
                                                  "’s",
                                                  "said",
                                                  "told",
                                                  "says",
                                                  "added",
                                                  "also",
                                                  "later",
                                                  "on",
                                                  "that",
                                                  "according to",
                                                  " ",
                                                  " ",
                                                  " ",
                                                  ",",
                                                  ".",
                                                  ":",
                                                  "\"",
                                                  "“",
                                                  "”",
                                                  "—",
                                                  "(",
                                                  "É",
                                                  "\xFF",
                                                  "\xC2\xA0"};
  return test_re2::RandomTexts(pieces, 12, count, seed);
}

TEST(CaptureMemoTest, BuiltInAttributionPatternsFindWhatRe2FindsAgainAndAgain) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const std::vector<std::string> texts = RandomTexts(400, 5);
  size_t big = 0;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    const std::string regex = ExpandPlaceholders(spec.pattern, loaded.rules).regex;
    Re2Oracle oracle(regex);
    ASSERT_TRUE(oracle.re.ok()) << spec.id;
    if (oracle.re.ProgramSize() <= 512 || oracle.re.NumberOfCapturingGroups() == 0) continue;
    ++big;
    std::string error;
    std::unique_ptr<Pattern> pattern = CompileRulePattern(spec.pattern, loaded.rules, {}, &error);
    ASSERT_NE(pattern, nullptr) << spec.id << ": " << error;
    for (int round = 0; round < 2; ++round) {
      for (const std::string& text : texts) ExpectAgreesWithRe2(*pattern, oracle, text, spec.id);
    }
  }
  EXPECT_GE(big, 4u);
}

}  // namespace
}  // namespace qa
