// Fuzz target: the literals a pattern requires (match/required_text.h) read
// from any pattern RE2 accepts. Input: one flag byte (bit 0: case-insensitive),
// the pattern up to the first newline, then the text. Wherever RE2 finds a
// match, the required text must allow one: a wrong clause would make a
// Pattern skip a text it matches.
#include <re2/re2.h>

#include "fuzz_support.h"
#include "match/required_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input) return 0;
  const bool case_sensitive = input->case_sensitive;
  const std::string& pattern = input->line;
  const std::string& text = input->text;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  RE2 re(pattern, options);
  qa::RequiredText required = qa::RequiredText::Of(pattern, case_sensitive);
  if (!re.ok()) return 0;
  if (RE2::PartialMatch(text, re)) {
    qa::fuzz::Require(required.MayMatch(text), "a text RE2 matches lacks the required literals");
  }
  // Every suffix, as Pattern::FindAll searches from each match's end.
  for (size_t start = 1; start < text.size() && start < 64; ++start) {
    std::string_view rest = std::string_view(text).substr(start);
    if (RE2::PartialMatch(rest, re)) {
      qa::fuzz::Require(required.MayMatch(rest), "a suffix RE2 matches lacks the literals");
    }
  }
  return 0;
}
