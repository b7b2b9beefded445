// Fuzz target: the verify matcher (verify/), with the built-in rules. The
// input is split at its first NUL byte: an article before it, a source
// record (a transcript, perhaps with NAME: labels) after it; without a NUL
// the same bytes are both, so every quote has a passage to align with.
#include <memory>
#include <string>

#include "fuzz_support.h"
#include "io/plain_text_reader.h"
#include "scan/scanner.h"
#include "verify/source_index.h"
#include "verify/verifier.h"
#include "verify/verify_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const qa::Scanner* scanner = &qa::fuzz::BuiltinScanner();
  static const qa::VerifyRules rules = [] {
    std::vector<qa::RuleError> errors;
    std::optional<qa::VerifyRules> read = qa::VerifyRules::Read(qa::fuzz::BuiltinRules(), &errors);
    if (!read) qa::fuzz::Fail("the built-in verify rules do not read");
    return *read;
  }();
  std::string bytes = qa::fuzz::Bytes(data, size);
  size_t nul = bytes.find('\0');
  std::string article = nul == std::string::npos ? bytes : bytes.substr(0, nul);
  std::string record = nul == std::string::npos ? bytes : bytes.substr(nul + 1);
  qa::LoadResult loaded = qa::LoadPlainText("article.txt", std::move(article));
  qa::LoadResult source = qa::LoadPlainText("source.txt", std::move(record));
  if (!loaded.document || !source.document) return 0;
  qa::ScanResult scan = scanner->Scan(*loaded.document);
  qa::SourceIndex index;
  index.Add(*source.document);
  index.Build();
  qa::VerifyResult result = qa::VerifyQuotes(*loaded.document, scan, index, rules);
  for (const qa::Finding& finding : result.findings) {
    qa::fuzz::RequireSpanIn(finding.span, loaded.document->text.size(), "verify finding span");
  }
  for (const qa::QuoteVerdict& verdict : result.verdicts) {
    qa::fuzz::Require(verdict.quote < scan.quotes.size(), "verdict names a quote that exists");
  }
  return 0;
}
