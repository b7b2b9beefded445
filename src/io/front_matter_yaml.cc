#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "io/front_matter_text.h"

namespace qa::front_matter {
namespace {

size_t IndentOf(std::string_view bytes, size_t line, size_t limit) {
  size_t at = line;
  while (at < limit && bytes[at] == ' ') ++at;
  return at - line;
}

// A plain (unquoted) scalar starting at `begin`: continuation lines are those
// indented past the key; a " #" comment ends it.
void ScanYamlPlain(std::string_view bytes, size_t begin, size_t limit, size_t parent_indent,
                   Pieces* pieces, size_t* end) {
  size_t line_begin = begin;
  bool first = true;
  *end = begin;
  while (true) {
    size_t line_end = LineEndAt(bytes, line_begin, limit);
    size_t content_end = line_end;
    bool comment = false;
    for (size_t i = line_begin; i < line_end; ++i) {
      if (bytes[i] == '#' && (i == line_begin || IsBlank(bytes[i - 1]))) {
        content_end = i;
        comment = true;
        break;
      }
    }
    while (content_end > line_begin && IsBlank(bytes[content_end - 1])) --content_end;
    if (!first && content_end > line_begin) {
      // The break before this line: a space, or a line feed per empty line.
      size_t gap = 0;
      for (size_t i = *end; i < line_begin; ++i) gap += bytes[i] == '\n';
      pieces->Decoded(gap <= 1 ? std::string(" ") : std::string(gap - 1, '\n'), *end, line_begin);
    }
    if (content_end > line_begin) {
      pieces->Copy(line_begin, content_end);
      *end = content_end;
    }
    first = false;
    if (comment) return;
    // The next line that has content, if it continues the scalar.
    size_t next = PastBreak(bytes, line_end);
    if (next == line_end) return;
    while (true) {
      size_t indent = IndentOf(bytes, next, limit);
      size_t text = next + indent;
      while (text < limit && IsBlank(bytes[text])) ++text;
      if (text < limit && !IsLineBreak(bytes[text])) {
        if (indent <= parent_indent || bytes[text] == '#') return;
        line_begin = text;
        break;
      }
      size_t after = PastBreak(bytes, text);
      if (after == text) return;
      next = after;
    }
  }
}

// A block scalar ("|" or ">", with optional indicators) whose header is at
// `begin`.
bool ScanYamlBlock(std::string_view bytes, size_t begin, size_t limit, size_t parent_indent,
                   Pieces* pieces, size_t* first, size_t* end) {
  bool folded = bytes[begin] == '>';
  size_t explicit_indent = 0;
  size_t header_end = LineEndAt(bytes, begin, limit);
  for (size_t i = begin + 1; i < header_end && !IsBlank(bytes[i]); ++i) {
    if (bytes[i] >= '1' && bytes[i] <= '9') explicit_indent = static_cast<size_t>(bytes[i] - '0');
  }
  size_t line = PastBreak(bytes, header_end);
  if (line == header_end) return false;
  size_t indent = explicit_indent > 0 ? parent_indent + explicit_indent : 0;
  *first = *end = line;
  bool have_line = false;
  bool previous_more_indented = false;
  size_t empty_lines = 0;
  size_t gap_begin = line;
  while (line < limit) {
    size_t line_end = LineEndAt(bytes, line, limit);
    size_t spaces = IndentOf(bytes, line, line_end);
    bool empty = line + spaces == line_end ||
                 std::all_of(bytes.begin() + line + spaces, bytes.begin() + line_end, IsBlank);
    if (!empty) {
      if (indent == 0) {
        if (spaces <= parent_indent) break;
        indent = spaces;
      }
      if (spaces < indent) break;
      size_t text = line + indent;
      bool more_indented = spaces > indent || IsBlank(bytes[text]);
      if (!have_line) {
        *first = text;
        if (empty_lines > 0) pieces->Decoded(std::string(empty_lines, '\n'), gap_begin, text);
      } else {
        std::string gap;
        if (!folded || more_indented || previous_more_indented) {
          gap = std::string(empty_lines + 1, '\n');
        } else {
          gap = empty_lines == 0 ? std::string(" ") : std::string(empty_lines, '\n');
        }
        pieces->Decoded(gap, gap_begin, text);
      }
      pieces->Copy(text, line_end);
      *end = line_end;
      gap_begin = line_end;
      have_line = true;
      previous_more_indented = more_indented;
      empty_lines = 0;
    } else {
      ++empty_lines;
    }
    size_t next = PastBreak(bytes, line_end);
    if (next == line_end) break;
    line = next;
  }
  return have_line;
}

void AddYamlField(std::string_view bytes, const FrontMatterBlock& block, const Field& field,
                  DocumentBuilder* builder) {
  size_t limit = block.content_end;
  size_t at = field.value_begin;
  // An anchor or a tag before the value.
  while (at < limit && (bytes[at] == '&' || bytes[at] == '!')) {
    while (at < limit && !IsBlank(bytes[at]) && !IsLineBreak(bytes[at])) ++at;
    while (at < limit && IsBlank(bytes[at])) ++at;
  }
  Pieces pieces(bytes);
  size_t line_end = LineEndAt(bytes, at, limit);
  if (at >= limit) {
    Emit(nullptr, field.value, field.value_begin, line_end, builder);
    return;
  }
  char c = bytes[at];
  if (c == '"' || c == '\'') {
    QuoteStyle style;
    style.quote = c;
    style.escapes = c == '"';
    style.dialect = Dialect::kYaml;
    style.fold_lines = true;
    style.doubled_quote = c == '\'';
    size_t close = 0;
    bool ok = ScanQuoted(bytes, at + 1, limit, style, &pieces, &close);
    Emit(ok ? &pieces : nullptr, field.value, at + 1, ok ? close : line_end, builder);
    return;
  }
  if (c == '|' || c == '>') {
    size_t first = 0;
    size_t end = 0;
    bool ok = ScanYamlBlock(bytes, at, limit, field.parent_indent, &pieces, &first, &end);
    Emit(ok ? &pieces : nullptr, field.value, ok ? first : at, ok ? end : line_end, builder);
    return;
  }
  size_t end = 0;
  ScanYamlPlain(bytes, at, limit, field.parent_indent, &pieces, &end);
  Emit(&pieces, field.value, at, end, builder);
}

}  // namespace

void AddYaml(std::string_view bytes, const FrontMatterBlock& block,
             const std::vector<std::string>& fields, DocumentBuilder* builder,
             std::vector<InputProblem>* problems) {
  std::string content(bytes.substr(block.content_begin, block.content_end - block.content_begin));
  std::vector<Field> found;
  try {
    YAML::Node root = YAML::Load(content);
    if (!root.IsMap()) return;
    for (const auto& entry : root) {
      if (!entry.first.IsScalar() || !Wanted(fields, entry.first.Scalar())) continue;
      const YAML::Node& value = entry.second;
      if (!value.IsScalar() || value.Mark().is_null() || value.Mark().pos < 0) continue;
      Field field;
      field.value_begin = block.content_begin + static_cast<size_t>(value.Mark().pos);
      field.parent_indent = static_cast<size_t>(std::max(0, entry.first.Mark().column));
      field.value = value.Scalar();
      found.push_back(std::move(field));
    }
  } catch (const YAML::Exception& error) {
    size_t offset = block.content_begin;
    if (!error.mark.is_null() && error.mark.pos >= 0) {
      offset += std::min(static_cast<size_t>(error.mark.pos), content.size());
    }
    AddProblem(bytes, "YAML", offset, error.msg, problems);
    return;
  } catch (const std::exception& error) {
    AddProblem(bytes, "YAML", block.content_begin, error.what(), problems);
    return;
  }
  std::sort(found.begin(), found.end(),
            [](const Field& a, const Field& b) { return a.value_begin < b.value_begin; });
  for (const Field& field : found) AddYamlField(bytes, block, field, builder);
}

}  // namespace qa::front_matter
