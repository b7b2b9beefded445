// RE2's answers for a whole pattern, every match or the first, with gtest
// expectations that a Pattern gives the same: for the tests of Pattern's
// shortcuts (match/leading_run.h, match/capture_memo.h).
#pragma once

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/pattern.h"
#include "re2_whole_match.h"

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

}  // namespace qa::test_re2
