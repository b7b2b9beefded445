#include "io/front_matter_text.h"

#include <algorithm>

#include "core/utf8.h"

namespace qa::front_matter {

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

}  // namespace qa::front_matter
