// Fuzz target: patterns searched by their tail (match/leading_run.h) or by
// their head (match/trailing_run.h). Input: one flag byte (bit 0:
// case-insensitive), the pattern up to the first newline, then the text. Every answer of Pattern
// must be RE2's own for the whole pattern, groups included, from every start FindAll searches from.
#include <re2/re2.h>

#include "../unit/re2_whole_match.h"
#include "fuzz_support.h"
#include "match/leading_run.h"
#include "match/pattern.h"
#include "match/trailing_run.h"

namespace {

bool Same(const std::optional<qa::PatternMatch>& a, const std::optional<qa::PatternMatch>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->whole == b->whole && a->groups == b->groups);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input || (!qa::LeadingRun::Of(input->line) && !qa::TrailingRun::Of(input->line))) {
    return 0;
  }
  qa::PatternOptions options;
  options.case_sensitive = input->case_sensitive;
  std::string error;
  std::unique_ptr<qa::Pattern> pattern = qa::Pattern::Compile(input->line, options, &error);
  if (pattern == nullptr) return 0;
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_case_sensitive(input->case_sensitive);
  RE2 re(input->line, re_options);
  if (!re.ok()) return 0;
  const std::string& text = input->text;
  qa::fuzz::Require(Same(pattern->Find(text), qa::test_re2::Re2WholeMatch(re, text, 0, false)),
                    "Find differs from RE2");
  qa::fuzz::Require(
      Same(pattern->MatchPrefix(text), qa::test_re2::Re2WholeMatch(re, text, 0, true)),
      "MatchPrefix differs from RE2");
  qa::fuzz::Require(
      pattern->Matches(text) == qa::test_re2::Re2WholeMatch(re, text, 0, false).has_value(),
      "Matches differs from RE2");
  // FindAll, match by match, as RE2 finds them from each match's end.
  size_t pos = 0;
  for (const qa::PatternMatch& match : pattern->FindAll(text)) {
    qa::fuzz::Require(Same(match, qa::test_re2::Re2WholeMatch(re, text, pos, false)),
                      "FindAll differs from RE2");
    pos = match.whole.end > pos ? match.whole.end : pos + 1;
  }
  qa::fuzz::Require(pos > text.size() || !qa::test_re2::Re2WholeMatch(re, text, pos, false),
                    "FindAll stops before RE2 does");
  return 0;
}
