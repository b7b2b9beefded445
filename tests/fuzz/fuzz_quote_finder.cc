// Fuzz target: the quote finder (scan/quote_finder.h) alone, with the
// built-in elisions and speech verbs, on a plain-text document of any bytes.
#include "fuzz_support.h"
#include "io/plain_text_reader.h"
#include "scan/quote_finder.h"
#include "scan/word_sets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const qa::WordSets* words = new qa::WordSets(qa::fuzz::BuiltinRules());
  static const qa::QuoteFinder* finder = new qa::QuoteFinder(words->elisions, words->speech_verbs);
  qa::LoadResult loaded = qa::LoadPlainText("fuzz.txt", qa::fuzz::Bytes(data, size));
  if (!loaded.document) return 0;
  qa::QuoteFinderResult found = finder->Find(*loaded.document);
  qa::ScanResult scan;
  scan.quotes = std::move(found.quotes);
  scan.mark_problems = std::move(found.problems);
  qa::fuzz::CheckScan(*loaded.document, scan);
  return 0;
}
