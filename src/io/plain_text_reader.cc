#include "io/plain_text_reader.h"

#include "io/paragraph_splitter.h"
#include "io/text_cleaner.h"

namespace qa {

LoadResult LoadPlainText(std::string path, std::string bytes) {
  LoadResult result;
  if (std::optional<InputProblem> binary = DetectBinary(bytes)) {
    result.error = InputError{std::move(path), std::move(binary->message), binary->offset};
    return result;
  }
  Document& document = result.document.emplace();
  document.path = std::move(path);
  if (std::optional<std::string> cleaned = CleanedText(bytes, &document.problems)) {
    document.set_original(std::move(bytes));
    document.text = std::move(*cleaned);
  } else {
    document.set_original_and_text(std::move(bytes));
  }
  document.paragraphs = SplitParagraphs(document.text);
  return result;
}

}  // namespace qa
