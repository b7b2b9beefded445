// The RE2 options every pattern of quoteaudit is compiled with, singly
// (match/pattern.h) or in a set (match/pattern_set.h), so that a set
// answers as its patterns would one by one.
#pragma once

#include <re2/re2.h>

#include <cstdint>

#include "match/pattern.h"

namespace qa {

// The memory RE2 may use to compile one pattern (and for its match-time
// caches); a pattern that needs more is a compile error.
constexpr int64_t kPatternMemoryBudget = int64_t{64} << 20;

inline RE2::Options Re2Options(PatternOptions options) {
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_encoding(RE2::Options::EncodingUTF8);
  re_options.set_case_sensitive(options.case_sensitive);
  re_options.set_longest_match(options.longest_match);
  // Generated alternations of a few thousand lexicon words exceed the default.
  // The budget also bounds what a user's rule file can cost: RE2 matches in
  // time linear in the text, and a pattern bigger than this is refused.
  re_options.set_max_mem(kPatternMemoryBudget);
  return re_options;
}

}  // namespace qa
