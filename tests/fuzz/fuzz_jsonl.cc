// Fuzz target: the JSON Lines reader (io/jsonl_reader.h) on any bytes. The
// bytes are an archive, fed to the line splitter in chunks of 1 to 61 bytes
// (by the input's size, so seed archives stay whole); every line is parsed
// and every article is read as text, Markdown or HTML (also by size).
#include <algorithm>
#include <cstring>

#include "fuzz_support.h"
#include "io/document_reader.h"
#include "io/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxLine = 4096;
  const size_t chunk = size % 61 + 1;
  const qa::InputFormat formats[] = {qa::InputFormat::kText, qa::InputFormat::kMarkdown,
                                     qa::InputFormat::kHtml};
  const qa::InputFormat format = formats[(size / 61) % 3];
  size_t at = 0;
  qa::LineSplitter lines(
      [&](char* buffer, size_t room) -> long {
        size_t n = std::min({room, chunk, size - at});
        if (n > 0) std::memcpy(buffer, data + at, n);
        at += n;
        return static_cast<long>(n);
      },
      [] { return std::string("no read errors in memory"); }, kMaxLine);
  size_t previous = 0;
  while (std::optional<qa::LineSplitter::Line> line = lines.Next()) {
    qa::fuzz::Require(line->number == previous + 1, "line numbers must follow each other");
    previous = line->number;
    qa::fuzz::Require(line->bytes.size() <= kMaxLine, "a line over the limit was kept");
    qa::fuzz::Require(line->bytes.find('\n') == std::string_view::npos,
                      "a line holds a line break");
    if (line->too_long) continue;
    qa::JsonLinesArticle article = qa::ParseJsonLine(line->bytes, line->number, {});
    qa::fuzz::Require(!(article.blank && article.error), "a blank line with an error");
    if (article.blank || article.error) continue;
    qa::fuzz::Require(!article.id.empty(), "an article without an id");
    qa::fuzz::Require(article.text.size() <= line->bytes.size(),
                      "decoded text longer than its line");
    qa::LoadResult result =
        qa::LoadDocumentBytes("fuzz.jsonl#" + article.id, std::move(article.text), format);
    qa::fuzz::Require(result.document.has_value() != result.error.has_value(),
                      "a reader must return a document or an error");
    if (result.document) qa::fuzz::CheckDocument(*result.document);
  }
  qa::fuzz::Require(!lines.error().has_value(), "a read error from memory");
  qa::fuzz::Require(at == size, "the splitter stopped before the end of the bytes");
  return 0;
}
