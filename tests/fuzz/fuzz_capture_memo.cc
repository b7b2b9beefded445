// Fuzz target: groups remembered by the bytes matched (match/capture_memo.h),
// and unanchored matches found from the word boundaries they open at
// (MatchFromBoundary, match/pattern.cc). Input: one flag byte (bit 0:
// case-insensitive; bit 1: the pattern opens with \b), the pattern up to the
// first newline, then the text. The pattern is made big enough for RE2 to
// read groups with its NFA, so Pattern remembers them; the text is searched
// again in other context (after and before other bytes, twice over), and
// every answer must be RE2's own, groups included.
#include <re2/re2.h>

#include <string>
#include <vector>

#include "../unit/re2_whole_match.h"
#include "fuzz_support.h"
#include "match/pattern.h"

namespace {

bool Same(const std::optional<qa::PatternMatch>& a, const std::optional<qa::PatternMatch>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->whole == b->whole && a->groups == b->groups);
}

void CheckText(const qa::Pattern& pattern, const RE2& re, const std::string& text) {
  qa::fuzz::Require(Same(pattern.Find(text), qa::test_re2::Re2WholeMatch(re, text, 0, false)),
                    "Find differs from RE2");
  qa::fuzz::Require(Same(pattern.MatchPrefix(text), qa::test_re2::Re2WholeMatch(re, text, 0, true)),
                    "MatchPrefix differs from RE2");
  size_t pos = 0;
  for (const qa::PatternMatch& match : pattern.FindAll(text)) {
    qa::fuzz::Require(Same(match, qa::test_re2::Re2WholeMatch(re, text, pos, false)),
                      "FindAll differs from RE2");
    pos = match.whole.end > pos ? match.whole.end : pos + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input) return 0;
  // Unicode classes make the program big (RE2's bit-state engine stops at
  // 512 instructions) and add no group: as an alternative, or, for a pattern
  // opening at a word boundary, as an optional tail.
  const std::string bulk = "zq(?:\\p{L}|\\p{N})(?:\\p{L}|\\p{N})qz";
  const std::string source = (data[0] & 2) != 0 ? "\\b(?:" + input->line + ")(?:" + bulk + ")?"
                                                : "(?:" + input->line + ")|" + bulk;
  qa::PatternOptions options;
  options.case_sensitive = input->case_sensitive;
  std::string error;
  std::unique_ptr<qa::Pattern> pattern = qa::Pattern::Compile(source, options, &error);
  if (pattern == nullptr) return 0;
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_case_sensitive(input->case_sensitive);
  RE2 re(source, re_options);
  if (!re.ok()) return 0;
  const std::string& text = input->text;
  const std::vector<std::string> texts = {text,       text + text, "a" + text, " " + text,
                                          text + "a", text + "\n", text};
  for (const std::string& each : texts) CheckText(*pattern, re, each);
  return 0;
}
