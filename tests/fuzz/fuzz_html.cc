// Fuzz target: the HTML reader (io/html_reader.h, gumbo) on any bytes.
#include "fuzz_support.h"
#include "io/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  qa::LoadResult result = qa::LoadHtml("fuzz.html", qa::fuzz::Bytes(data, size), {});
  qa::fuzz::Require(result.document.has_value() != result.error.has_value(),
                    "a reader must return a document or an error");
  if (result.document) qa::fuzz::CheckDocument(*result.document);
  return 0;
}
