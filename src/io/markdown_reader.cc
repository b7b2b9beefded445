#include "io/markdown_reader.h"

#include "io/plain_text_reader.h"

namespace qa {

// Scaffolding until the real reader lands: read as plain text, as before.
LoadResult LoadMarkdown(std::string path, std::string bytes, const ReaderOptions& /*options*/) {
  return LoadPlainText(std::move(path), std::move(bytes));
}

}  // namespace qa
