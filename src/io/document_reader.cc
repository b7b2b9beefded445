#include "io/document_reader.h"

#include "io/file_reader.h"
#include "io/html_reader.h"
#include "io/markdown_reader.h"
#include "io/plain_text_reader.h"

namespace qa {

LoadResult ReadDocument(const std::string& path, const ReaderOptions& options) {
  FileBytes file = ReadFileBytes(path, options.limits.max_article_bytes);
  if (file.error) return LoadResult{std::nullopt, std::move(file.error)};
  switch (options.format.value_or(FormatForPath(path))) {
    case InputFormat::kMarkdown:
      return LoadMarkdown(path, std::move(file.bytes), options);
    case InputFormat::kHtml:
      return LoadHtml(path, std::move(file.bytes), options);
    case InputFormat::kText:
      break;
  }
  return LoadPlainText(path, std::move(file.bytes));
}

}  // namespace qa
