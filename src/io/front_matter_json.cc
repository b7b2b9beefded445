#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/front_matter_text.h"

namespace qa::front_matter {
namespace {

size_t SkipJsonSpace(std::string_view bytes, size_t at, size_t limit) {
  while (at < limit && (bytes[at] == ' ' || bytes[at] == '\t' || IsLineBreak(bytes[at]))) ++at;
  return at;
}

// Past the string token whose opening quote is at `at`; `limit` if unclosed.
size_t SkipJsonString(std::string_view bytes, size_t at, size_t limit) {
  for (size_t i = at + 1; i < limit; ++i) {
    if (bytes[i] == '\\') {
      ++i;
    } else if (bytes[i] == '"') {
      return i + 1;
    }
  }
  return limit;
}

// Past the value starting at `at` (the document already parsed, so it is
// well formed).
size_t SkipJsonValue(std::string_view bytes, size_t at, size_t limit) {
  if (at >= limit) return limit;
  if (bytes[at] == '"') return SkipJsonString(bytes, at, limit);
  if (bytes[at] == '{' || bytes[at] == '[') {
    int depth = 0;
    for (size_t i = at; i < limit; ++i) {
      char c = bytes[i];
      if (c == '"') {
        i = SkipJsonString(bytes, i, limit) - 1;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return limit;
  }
  while (at < limit && bytes[at] != ',' && bytes[at] != '}' && bytes[at] != ']' &&
         !IsBlank(bytes[at]) && !IsLineBreak(bytes[at])) {
    ++at;
  }
  return at;
}

}  // namespace

void AddJson(std::string_view bytes, const FrontMatterBlock& block,
             const std::vector<std::string>& fields, DocumentBuilder* builder,
             std::vector<InputProblem>* problems) {
  size_t begin = block.content_begin;
  size_t limit = block.content_end;
  std::string_view content = bytes.substr(begin, limit - begin);
  try {
    nlohmann::json root = nlohmann::json::parse(content);
    if (!root.is_object()) return;
  } catch (const nlohmann::json::parse_error& error) {
    // `byte` is the 1-based index of the last character read.
    size_t offset = begin + std::min(content.size(), error.byte > 0 ? error.byte - 1 : 0);
    std::string detail = error.what();
    if (size_t colon = detail.rfind(": "); colon != std::string::npos) {
      detail = detail.substr(colon + 2);
    }
    AddProblem(bytes, "JSON", offset, detail, problems);
    return;
  } catch (const std::exception& error) {
    AddProblem(bytes, "JSON", begin, error.what(), problems);
    return;
  }
  // The document is valid: walk its top-level members in file order.
  try {
    size_t at = SkipJsonSpace(bytes, begin, limit) + 1;  // past '{'
    while (true) {
      at = SkipJsonSpace(bytes, at, limit);
      if (at >= limit || bytes[at] != '"') return;
      size_t key_end = SkipJsonString(bytes, at, limit);
      std::string key = nlohmann::json::parse(bytes.substr(at, key_end - at)).get<std::string>();
      at = SkipJsonSpace(bytes, key_end, limit);
      if (at >= limit || bytes[at] != ':') return;
      at = SkipJsonSpace(bytes, at + 1, limit);
      size_t value_end = SkipJsonValue(bytes, at, limit);
      if (bytes[at] == '"' && Wanted(fields, key)) {
        std::string value =
            nlohmann::json::parse(bytes.substr(at, value_end - at)).get<std::string>();
        QuoteStyle style;
        Pieces pieces(bytes);
        size_t close = 0;
        bool ok = ScanQuoted(bytes, at + 1, limit, style, &pieces, &close);
        Emit(ok ? &pieces : nullptr, value, at + 1, ok ? close : value_end - 1, builder);
      }
      at = SkipJsonSpace(bytes, value_end, limit);
      if (at >= limit || bytes[at] != ',') return;
      ++at;
    }
  } catch (const std::exception&) {
    // Not reached for a document nlohmann accepted; stop quietly if it is.
  }
}

}  // namespace qa::front_matter
