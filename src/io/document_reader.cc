#include "io/document_reader.h"

#include "io/file_reader.h"
#include "io/html_reader.h"
#include "io/markdown_reader.h"
#include "io/plain_text_reader.h"

namespace qa {

LoadResult ReadDocument(const std::string& path, const ReaderOptions& options) {
  FileBytes file = ReadFileBytes(path, options.limits.max_article_bytes);
  if (file.error) return LoadResult{std::nullopt, std::move(file.error)};
  return LoadDocumentBytes(path, std::move(file.bytes),
                           options.format.value_or(FormatForPath(path)), options);
}

LoadResult LoadDocumentBytes(std::string path, std::string bytes, InputFormat format,
                             const ReaderOptions& options) {
  switch (format) {
    case InputFormat::kMarkdown:
      return LoadMarkdown(std::move(path), std::move(bytes), options);
    case InputFormat::kHtml:
      return LoadHtml(std::move(path), std::move(bytes), options);
    case InputFormat::kText:
      break;
  }
  return LoadPlainText(std::move(path), std::move(bytes));
}

}  // namespace qa
