// Fuzz target: the whole scan stage, quotes and attribution
// (scan/scanner.h), with the built-in rules, on a plain-text document.
#include <memory>

#include "fuzz_support.h"
#include "io/plain_text_reader.h"
#include "scan/scanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const qa::Scanner* scanner = &qa::fuzz::BuiltinScanner();
  qa::LoadResult loaded = qa::LoadPlainText("fuzz.txt", qa::fuzz::Bytes(data, size));
  if (!loaded.document) return 0;
  qa::ScanResult scan = scanner->Scan(*loaded.document);
  qa::fuzz::CheckScan(*loaded.document, scan);
  for (const qa::Quote& quote : scan.quotes) {
    const qa::Entity* speaker = scan.SpeakerOf(quote);
    (void)speaker;
  }
  return 0;
}
