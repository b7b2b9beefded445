#include "io/source_reader.h"

#include "core/text.h"
#include "io/document_reader.h"
#include "io/file_reader.h"
#include "io/pdf_reader.h"
#include "io/subtitle_reader.h"

namespace qa {

std::vector<std::string> SourceExtensions() {
  return {".txt", ".md", ".markdown", ".html", ".htm", ".vtt", ".srt", ".pdf"};
}

LoadResult ReadSourceDocument(const std::string& path) {
  std::string lower = AsciiLower(path);
  bool vtt = lower.ends_with(".vtt");
  bool srt = lower.ends_with(".srt");
  bool pdf = lower.ends_with(".pdf");
  if (!vtt && !srt && !pdf) return ReadDocument(path);
  FileBytes file = ReadFileBytes(path);
  if (file.error) return LoadResult{std::nullopt, std::move(file.error)};
  if (pdf) return LoadPdf(path, file.bytes);
  return vtt ? LoadWebVtt(path, std::move(file.bytes)) : LoadSrt(path, std::move(file.bytes));
}

}  // namespace qa
