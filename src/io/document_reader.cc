#include "io/document_reader.h"

#include "io/file_reader.h"
#include "io/plain_text_reader.h"

namespace qa {

LoadResult ReadDocument(const std::string& path) {
  FileBytes file = ReadFileBytes(path);
  if (file.error) return LoadResult{std::nullopt, std::move(file.error)};
  return LoadPlainText(path, std::move(file.bytes));
}

}  // namespace qa
