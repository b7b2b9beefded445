// Fuzz target: the whole audit of one document (cli/auditor.h: scanner,
// every check, inline suppression, fingerprints) with the built-in rules.
// The first byte picks the reader (text, Markdown, HTML), the rest is the
// article. Cross-document checks remember every article they see, so the
// auditor is rebuilt every few hundred inputs to keep memory bounded.
#include <memory>

#include "cli/auditor.h"
#include "fuzz_support.h"
#include "io/html_reader.h"
#include "io/markdown_reader.h"
#include "io/plain_text_reader.h"

namespace {

constexpr int kInputsPerAuditor = 256;

std::unique_ptr<qa::Auditor> MakeAuditor() {
  std::vector<qa::RuleError> errors;
  std::unique_ptr<qa::Auditor> auditor = qa::Auditor::Create(qa::fuzz::BuiltinRules(), &errors);
  if (!auditor) qa::fuzz::Fail("the built-in auditor does not build");
  return auditor;
}

qa::LoadResult Load(const uint8_t* data, size_t size) {
  if (size == 0) return qa::LoadPlainText("fuzz.txt", "");
  std::string article = qa::fuzz::Bytes(data + 1, size - 1);
  switch (data[0] % 3) {
    case 1:
      return qa::LoadMarkdown("fuzz.md", std::move(article), {});
    case 2:
      return qa::LoadHtml("fuzz.html", std::move(article), {});
    default:
      return qa::LoadPlainText("fuzz.txt", std::move(article));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<qa::Auditor> auditor;
  static int inputs = 0;
  if (!auditor || ++inputs % kInputsPerAuditor == 0) auditor = MakeAuditor();
  qa::LoadResult loaded = Load(data, size);
  if (!loaded.document) return 0;
  qa::AuditedFile audited = auditor->AuditDocument(std::move(*loaded.document));
  const qa::Document& document = *audited.document;
  qa::fuzz::CheckScan(document, audited.scan);
  for (const qa::Finding& finding : audited.findings) {
    qa::fuzz::RequireSpanIn(finding.span, document.original().size(),
                            "finding outside the original bytes");
    qa::fuzz::Require(!finding.rule.empty() && !finding.message.empty(),
                      "finding without a rule or message");
  }
  return 0;
}
