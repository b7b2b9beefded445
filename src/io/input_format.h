// The input formats quoteaudit reads and how it tells which one a file is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"

namespace qa {

enum class InputFormat { kText, kMarkdown, kHtml };

// "text", "markdown" or "html" (as --input-format takes them); nullopt else.
std::optional<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// By extension: .md and .markdown are Markdown, .html and .htm HTML, anything
// else plain text. Case-insensitive.
InputFormat FormatForPath(std::string_view path);

// What a reader needs besides the bytes.
struct ReaderOptions {
  std::optional<InputFormat> format;  // --input-format; else FormatForPath
  // Front-matter fields an editor writes, audited as headline or standfirst.
  std::vector<std::string> front_matter_fields = {"title", "subtitle", "description", "summary",
                                                  "caption"};
  // max_article_bytes bounds what is read, max_nesting_depth how deep HTML
  // and Markdown may nest (core/limits.h).
  Limits limits;
};

}  // namespace qa
