// Fuzz target: the Markdown reader (io/markdown_reader.h, md4c) on any bytes.
#include "fuzz_support.h"
#include "io/markdown_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  qa::LoadResult result = qa::LoadMarkdown("fuzz.md", qa::fuzz::Bytes(data, size), {});
  qa::fuzz::Require(result.document.has_value() != result.error.has_value(),
                    "a reader must return a document or an error");
  if (result.document) qa::fuzz::CheckDocument(*result.document);
  return 0;
}
