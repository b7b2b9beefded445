// Fuzz target: the letter runs a pattern is narrowed by (match/letter_runs.h).
// Input: one flag byte (bit 0: case-insensitive), a lexicon phrase up to the
// first newline, then a document. Wherever RE2 finds the phrase (compiled as
// a lexicon phrase is, rules/pattern_expander.h) in the document, the
// document's runs must hold it; and the runs must cover every piece of the
// document: a wrong answer would narrow a pattern past a match.
#include <re2/re2.h>

#include "fuzz_support.h"
#include "match/letter_runs.h"
#include "rules/pattern_expander.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input) return 0;
  const bool case_sensitive = input->case_sensitive;
  const std::string& phrase = input->line;
  const std::string& document = input->text;
  const qa::LetterRuns runs = qa::LetterRuns::Of(document);
  qa::fuzz::Require(runs.Covers(document), "a document's runs do not cover it");
  // Pieces cut anywhere, even inside a UTF-8 sequence.
  for (size_t begin = 0; begin < document.size() && begin < 32; begin += 3) {
    for (size_t length : {size_t{1}, size_t{5}, size_t{17}, document.size()}) {
      std::string_view piece = std::string_view(document).substr(begin, length);
      qa::fuzz::Require(runs.Covers(piece), "a piece of a document is not covered");
    }
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  RE2 re(qa::PhraseRegex(phrase), options);
  if (re.ok() && RE2::PartialMatch(document, re)) {
    qa::fuzz::Require(runs.MayHold(phrase), "a phrase RE2 finds was ruled out");
  }
  return 0;
}
