#include "io/input_format.h"

#include "core/text.h"

namespace qa {

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "markdown") return InputFormat::kMarkdown;
  if (name == "html") return InputFormat::kHtml;
  return std::nullopt;
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kMarkdown:
      return "markdown";
    case InputFormat::kHtml:
      return "html";
  }
  return "text";
}

InputFormat FormatForPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return InputFormat::kText;
  }
  std::string extension = AsciiLower(path.substr(dot));
  if (extension == ".md" || extension == ".markdown") return InputFormat::kMarkdown;
  if (extension == ".html" || extension == ".htm") return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace qa
