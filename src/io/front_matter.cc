#include "io/front_matter.h"

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace qa {
namespace {

// ---------------------------------------------------------------------------
// Pieces: a field's analysis text and where each piece of it came from.

struct Piece {
  std::string text;  // for a verbatim piece, the source bytes themselves
  size_t begin = 0;
  size_t end = 0;
  bool verbatim = false;
};

class Pieces {
 public:
  explicit Pieces(std::string_view bytes) : bytes_(bytes) {}

  void Copy(size_t begin, size_t end) {
    if (begin >= end) return;
    pieces_.push_back({std::string(bytes_.substr(begin, end - begin)), begin, end, true});
  }
  void Decoded(std::string text, size_t begin, size_t end) {
    pieces_.push_back({std::move(text), begin, end, false});
  }
  std::string Text() const {
    std::string out;
    for (const Piece& piece : pieces_) out += piece.text;
    return out;
  }
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  std::string_view bytes_;
  std::vector<Piece> pieces_;
};

// A found field: where its value starts in the file and what the parser
// says it is.
struct Field {
  size_t value_begin = 0;    // source offset of the value's first byte
  size_t parent_indent = 0;  // YAML: the key's column
  std::string value;
};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

// Control characters other than the line feed become spaces, and the ends
// are trimmed: what the analysis text can hold, and what comparing the
// parser's value with ours looks at.
std::string Normalize(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t length = ValidUtf8Length(text, i);
    if (length == 0) {
      out += ' ';
      ++i;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    out += (c < 0x20 && c != '\n') || c == 0x7F ? std::string(" ")
                                                : std::string(text.substr(i, length));
    i += length;
  }
  size_t begin = out.find_first_not_of(" \n");
  if (begin == std::string::npos) return "";
  size_t end = out.find_last_not_of(" \n");
  return out.substr(begin, end + 1 - begin);
}

std::string EncodeUtf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// `digits` hex digits at bytes[at]; false if they are not all there.
bool ReadHex(std::string_view bytes, size_t at, size_t digits, char32_t* value) {
  if (at + digits > bytes.size()) return false;
  char32_t result = 0;
  for (size_t i = 0; i < digits; ++i) {
    char c = bytes[at + i];
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return false;
    result = result * 16 + static_cast<char32_t>(digit);
  }
  *value = result;
  return true;
}

enum class Dialect { kJson, kToml, kYaml };

// The backslash escape at bytes[at] (a '\\'): its decoded text in *text and
// the offset past it in *next. False for an escape the dialect does not have.
bool DecodeEscape(std::string_view bytes, size_t at, Dialect dialect, std::string* text,
                  size_t* next) {
  if (at + 1 >= bytes.size()) return false;
  char c = bytes[at + 1];
  *next = at + 2;
  switch (c) {
    case '"':
    case '\\':
      *text = std::string(1, c);
      return true;
    case '/':
      if (dialect == Dialect::kToml) return false;
      *text = "/";
      return true;
    case 'b':
    case 'f':
    case 't':
    case 'r':
      *text = " ";
      return true;
    case 'n':
      *text = "\n";
      return true;
    case 'u':
    case 'U': {
      if (c == 'U' && dialect == Dialect::kJson) return false;
      size_t digits = c == 'u' ? 4 : 8;
      char32_t code = 0;
      if (!ReadHex(bytes, at + 2, digits, &code)) return false;
      *next = at + 2 + digits;
      if (dialect == Dialect::kJson && code >= 0xD800 && code <= 0xDBFF) {
        // A surrogate pair: "\uD83D\uDE00".
        char32_t low = 0;
        if (bytes.substr(*next, 2) != "\\u" || !ReadHex(bytes, *next + 2, 4, &low) ||
            low < 0xDC00 || low > 0xDFFF) {
          return false;
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        *next += 6;
      }
      if ((code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return false;
      *text =
          code < 0x20 || code == 0x7F ? std::string(code == '\n' ? "\n" : " ") : EncodeUtf8(code);
      return true;
    }
    default:
      break;
  }
  if (dialect != Dialect::kYaml) return false;
  switch (c) {
    case '0':
    case 'a':
    case 'v':
    case 'e':
    case '\t':
    case ' ':
      *text = " ";
      return true;
    case 'N':
      *text = EncodeUtf8(0x85);
      return true;
    case '_':
      *text = EncodeUtf8(0xA0);
      return true;
    case 'L':
      *text = EncodeUtf8(0x2028);
      return true;
    case 'P':
      *text = EncodeUtf8(0x2029);
      return true;
    case 'x': {
      char32_t code = 0;
      if (!ReadHex(bytes, at + 2, 2, &code)) return false;
      *next = at + 4;
      *text = code < 0x20 || code == 0x7F ? " " : EncodeUtf8(code);
      return true;
    }
    default:
      return false;
  }
}

// Past the line break at bytes[at] ("\n" or "\r\n"); `at` if there is none.
size_t PastBreak(std::string_view bytes, size_t at) {
  if (at < bytes.size() && bytes[at] == '\r') ++at;
  if (at < bytes.size() && bytes[at] == '\n') ++at;
  return at;
}

size_t LineEndAt(std::string_view bytes, size_t at, size_t limit) {
  while (at < limit && !IsLineBreak(bytes[at])) ++at;
  return at;
}

// ---------------------------------------------------------------------------
// Quoted strings (YAML, TOML, JSON).

struct QuoteStyle {
  char quote = '"';
  bool escapes = true;  // backslash escapes
  Dialect dialect = Dialect::kJson;
  bool fold_lines = false;     // YAML: a line break folds into a space
  bool doubled_quote = false;  // YAML single quotes: '' is one '
  bool multiline = false;      // TOML """ and ''': line breaks kept
};

// The string whose opening quote (or quotes) end just before `begin`: its
// pieces into *pieces, and the offset of its closing quote in *close. False
// when it is not closed before `limit` or has an escape the dialect does not
// know.
bool ScanQuoted(std::string_view bytes, size_t begin, size_t limit, const QuoteStyle& style,
                Pieces* pieces, size_t* close) {
  size_t run = begin;  // start of the verbatim run not yet copied
  size_t i = begin;
  while (i < limit) {
    char c = bytes[i];
    if (c == style.quote) {
      if (style.doubled_quote && i + 1 < limit && bytes[i + 1] == style.quote) {
        pieces->Copy(run, i);
        pieces->Decoded(std::string(1, style.quote), i, i + 2);
        i += 2;
        run = i;
        continue;
      }
      if (style.multiline) {
        // Three quotes close; up to two more before them belong to the text.
        size_t quotes = 0;
        while (i + quotes < limit && bytes[i + quotes] == style.quote) ++quotes;
        if (quotes < 3) {
          i += quotes;
          continue;
        }
        if (quotes > 5) return false;
        i += quotes - 3;
      }
      pieces->Copy(run, i);
      *close = i;
      return true;
    }
    if (c == '\\' && style.escapes) {
      pieces->Copy(run, i);
      size_t next = i + 1;
      if (style.dialect != Dialect::kJson && next < limit &&
          (IsLineBreak(bytes[next]) || (style.multiline && IsBlank(bytes[next])))) {
        // An escaped line break: the line joins the next, whose leading
        // blanks (TOML: and further line breaks) are dropped.
        size_t after = next;
        while (after < limit && IsBlank(bytes[after])) ++after;
        if (after >= limit || !IsLineBreak(bytes[after])) return false;
        after = PastBreak(bytes, after);
        while (after < limit &&
               (IsBlank(bytes[after]) || (style.multiline && IsLineBreak(bytes[after])))) {
          ++after;
        }
        pieces->Decoded("", i, after);
        i = after;
        run = i;
        continue;
      }
      std::string text;
      if (!DecodeEscape(bytes, i, style.dialect, &text, &next) || next > limit) return false;
      pieces->Decoded(std::move(text), i, next);
      i = next;
      run = i;
      continue;
    }
    if (IsLineBreak(c)) {
      if (style.multiline) {
        if (c == '\r') {
          pieces->Copy(run, i);
          size_t after = PastBreak(bytes, i);
          pieces->Decoded("\n", i, after);
          i = after;
          run = i;
        } else {
          ++i;
        }
        continue;
      }
      if (!style.fold_lines) return false;
      // YAML folding: blanks around the break go; one break is a space, each
      // further (empty) line a line feed.
      size_t run_end = i;
      while (run_end > run && IsBlank(bytes[run_end - 1])) --run_end;
      pieces->Copy(run, run_end);
      size_t after = i;
      int breaks = 0;
      while (after < limit) {
        size_t line = PastBreak(bytes, after);
        if (line == after) break;
        ++breaks;
        after = line;
        while (after < limit && IsBlank(bytes[after])) ++after;
        if (after >= limit || !IsLineBreak(bytes[after])) break;
      }
      pieces->Decoded(breaks == 1 ? std::string(" ") : std::string(breaks - 1, '\n'), run_end,
                      after);
      i = after;
      run = i;
      continue;
    }
    ++i;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Emitting a field.

// Adds `field` to the builder: from `pieces` when they spell what the parser
// read (so every piece maps to its own bytes), else the parser's value as one
// unit standing for the bytes [begin, end) of the value.
void Emit(const Pieces* pieces, const std::string& value, size_t begin, size_t end,
          DocumentBuilder* builder) {
  std::string expected = Normalize(value);
  if (pieces != nullptr && Normalize(pieces->Text()) == expected) {
    for (const Piece& piece : pieces->pieces()) {
      if (piece.verbatim) {
        builder->Copy(piece.begin, piece.end);
      } else {
        builder->Decoded(piece.text, piece.begin, piece.end);
      }
    }
  } else if (!expected.empty()) {
    builder->Decoded(expected, begin, std::max(begin, end));
  }
  builder->EndBlock();
}

// The 1-based line of source offset `offset`.
size_t LineOf(std::string_view bytes, size_t offset) {
  offset = std::min(offset, bytes.size());
  return 1 + static_cast<size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

void AddProblem(std::string_view bytes, std::string_view format, size_t offset,
                const std::string& detail, std::vector<InputProblem>* problems) {
  if (problems == nullptr) return;
  std::string message = std::string(format) + " front matter does not parse (line " +
                        std::to_string(LineOf(bytes, offset)) + ")";
  if (!detail.empty()) message += ": " + detail;
  message += "; its fields are not audited";
  problems->push_back({std::move(message), offset});
}

bool Wanted(const std::vector<std::string>& fields, std::string_view key) {
  return std::find(fields.begin(), fields.end(), key) != fields.end();
}

// ---------------------------------------------------------------------------
// YAML.

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

// ---------------------------------------------------------------------------
// TOML.

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

// ---------------------------------------------------------------------------
// JSON.

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

}  // namespace

void AddFrontMatterFields(std::string_view bytes, const FrontMatterBlock& block,
                          const std::vector<std::string>& fields, DocumentBuilder* builder,
                          std::vector<InputProblem>* problems) {
  if (builder == nullptr || block.content_end > bytes.size() ||
      block.content_begin > block.content_end) {
    return;
  }
  try {
    switch (block.kind) {
      case FrontMatterBlock::Kind::kYaml:
        AddYaml(bytes, block, fields, builder, problems);
        break;
      case FrontMatterBlock::Kind::kToml:
        AddToml(bytes, block, fields, builder, problems);
        break;
      case FrontMatterBlock::Kind::kJson:
        AddJson(bytes, block, fields, builder, problems);
        break;
      case FrontMatterBlock::Kind::kNone:
        break;
    }
  } catch (const std::exception& error) {
    // The parsers' own failures are caught above; this is the last guard.
    if (problems != nullptr) {
      problems->push_back(
          {std::string("front matter could not be read: ") + error.what(), block.content_begin});
    }
  }
}

}  // namespace qa
