#include <toml++/toml.h>

#include <algorithm>

#include "core/utf8.h"
#include "io/front_matter_text.h"

namespace qa::front_matter {
namespace {

// The source offset of toml++'s 1-based line and column (in code points)
// within `content`, which starts at source offset `base`.
size_t TomlOffset(std::string_view content, size_t base, size_t line, size_t column) {
  size_t at = 0;
  for (size_t l = 1; l < line && at < content.size(); ++l) {
    size_t next = content.find('\n', at);
    at = next == std::string_view::npos ? content.size() : next + 1;
  }
  for (size_t c = 1; c < column && at < content.size() && content[at] != '\n'; ++c) {
    at += std::max<size_t>(1, ValidUtf8Length(content, at));
  }
  return base + std::min(at, content.size());
}

void AddTomlField(std::string_view bytes, const FrontMatterBlock& block, const Field& field,
                  DocumentBuilder* builder) {
  size_t limit = block.content_end;
  size_t at = field.value_begin;
  size_t line_end = LineEndAt(bytes, at, limit);
  if (at >= limit || (bytes[at] != '"' && bytes[at] != '\'')) {
    Emit(nullptr, field.value, at, line_end, builder);
    return;
  }
  QuoteStyle style;
  style.quote = bytes[at];
  style.escapes = style.quote == '"';
  style.dialect = Dialect::kToml;
  size_t begin = at + 1;
  if (bytes.substr(at, 3) == std::string(3, style.quote)) {
    style.multiline = true;
    begin = at + 3;
    // A line break right after the opening quotes is not part of the string.
    begin = PastBreak(bytes, begin);
  }
  Pieces pieces(bytes);
  size_t close = 0;
  bool ok = ScanQuoted(bytes, begin, limit, style, &pieces, &close);
  Emit(ok ? &pieces : nullptr, field.value, begin, ok ? close : line_end, builder);
}

}  // namespace

void AddToml(std::string_view bytes, const FrontMatterBlock& block,
             const std::vector<std::string>& fields, DocumentBuilder* builder,
             std::vector<InputProblem>* problems) {
  std::string_view content =
      bytes.substr(block.content_begin, block.content_end - block.content_begin);
  std::vector<Field> found;
  try {
    toml::table table = toml::parse(content);
    for (auto&& [key, node] : table) {
      if (!Wanted(fields, key.str()) || !node.is_string()) continue;
      Field field;
      const toml::source_region& source = node.source();
      field.value_begin =
          TomlOffset(content, block.content_begin, source.begin.line, source.begin.column);
      field.value = node.value<std::string>().value_or("");
      found.push_back(std::move(field));
    }
  } catch (const toml::parse_error& error) {
    const toml::source_position& where = error.source().begin;
    AddProblem(bytes, "TOML", TomlOffset(content, block.content_begin, where.line, where.column),
               std::string(error.description()), problems);
    return;
  } catch (const std::exception& error) {
    AddProblem(bytes, "TOML", block.content_begin, error.what(), problems);
    return;
  }
  std::sort(found.begin(), found.end(),
            [](const Field& a, const Field& b) { return a.value_begin < b.value_begin; });
  for (const Field& field : found) AddTomlField(bytes, block, field, builder);
}

}  // namespace qa::front_matter
