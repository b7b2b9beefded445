// Fuzz target: Unicode classes narrowed to a document's characters
// (match/unicode_narrowing.h). Input: one flag byte (bit 0:
// case-insensitive), a pattern up to the first newline, then a document.
// When RE2 accepts the pattern and it is rewritten for the document's
// characters, the rewrite must compile and find in the document, and in
// pieces of it, exactly the matches and groups the pattern finds: a wrong
// rewrite would change what a one-article run reports.
#include <re2/re2.h>

#include <vector>

#include "fuzz_support.h"
#include "match/letter_runs.h"
#include "match/unicode_narrowing.h"

namespace {

// Each match left to right, as Pattern::FindAll steps: offsets of the whole
// and of every group (-1 when a group took no part).
std::vector<long> AllMatches(const RE2& re, std::string_view text) {
  std::vector<long> all;
  const int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(groups) + 1);
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, pieces.data(), groups + 1)) {
    for (const re2::StringPiece& piece : pieces) {
      all.push_back(piece.data() == nullptr ? -1 : piece.data() - text.data());
      all.push_back(static_cast<long>(piece.size()));
    }
    const size_t end = static_cast<size_t>(pieces[0].data() - text.data()) + pieces[0].size();
    pos = end > pos ? end : pos + 1;
  }
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input || input->text.size() > 4096) return 0;
  const std::string& pattern = input->line;
  const std::string& document = input->text;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(input->case_sensitive);
  RE2 full(pattern, options);
  if (!full.ok()) return 0;
  const qa::LetterRuns runs = qa::LetterRuns::Of(document);
  std::optional<std::string> narrowed =
      qa::NarrowUnicodeClasses(pattern, input->case_sensitive, runs.characters());
  if (!narrowed) return 0;
  RE2 fewer(*narrowed, options);
  qa::fuzz::Require(fewer.ok(), "a narrowed pattern does not compile");
  qa::fuzz::Require(AllMatches(fewer, document) == AllMatches(full, document),
                    "a narrowed pattern matches the document differently");
  // Pieces cut anywhere, even inside a UTF-8 sequence: their characters are
  // the document's too.
  for (size_t begin = 1; begin < document.size() && begin < 24; begin += 5) {
    std::string_view piece = std::string_view(document).substr(begin, 40);
    qa::fuzz::Require(AllMatches(fewer, piece) == AllMatches(full, piece),
                      "a narrowed pattern matches a piece of the document differently");
  }
  return 0;
}
