// The pieces every front-matter format shares: a field's analysis text
// built from pieces of the source (verbatim runs and decoded escapes),
// quoted-string scanning, and handing a field to the DocumentBuilder.
// Internal to src/io/front_matter*.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "io/document_builder.h"
#include "io/front_matter_block.h"

namespace qa::front_matter {

// Pieces: a field's analysis text and where each piece of it came from.
struct Piece {
  std::string text;  // for a verbatim piece, the source bytes themselves
  size_t begin = 0;
  size_t end = 0;
  bool verbatim = false;
};

// Pieces: a field's analysis text and where each piece of it came from.
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

enum class Dialect { kJson, kToml, kYaml };

// Quoted strings (YAML, TOML, JSON).
struct QuoteStyle {
  char quote = '"';
  bool escapes = true;  // backslash escapes
  Dialect dialect = Dialect::kJson;
  bool fold_lines = false;     // YAML: a line break folds into a space
  bool doubled_quote = false;  // YAML single quotes: '' is one '
  bool multiline = false;      // TOML """ and ''': line breaks kept
};

// A space or tab; a line feed or carriage return.
bool IsBlank(char c);
bool IsLineBreak(char c);

// Control characters other than the line feed become spaces, and the ends
// are trimmed: what the analysis text can hold, and what comparing the
// parser's value with ours looks at.
std::string Normalize(std::string_view text);

// `digits` hex digits at bytes[at]; false if they are not all there.
bool ReadHex(std::string_view bytes, size_t at, size_t digits, char32_t* value);

// The backslash escape at bytes[at] (a '\\'): its decoded text in *text and
// the offset past it in *next. False for an escape the dialect does not have.
bool DecodeEscape(std::string_view bytes, size_t at, Dialect dialect, std::string* text,
                  size_t* next);

// Past the line break at bytes[at] ("\n" or "\r\n"); `at` if there is none.
size_t PastBreak(std::string_view bytes, size_t at);

size_t LineEndAt(std::string_view bytes, size_t at, size_t limit);

// The string whose opening quote (or quotes) end just before `begin`: its
// pieces into *pieces, and the offset of its closing quote in *close. False
// when it is not closed before `limit` or has an escape the dialect does not
// know.
bool ScanQuoted(std::string_view bytes, size_t begin, size_t limit, const QuoteStyle& style,
                Pieces* pieces, size_t* close);

// Adds `field` to the builder: from `pieces` when they spell what the parser
// read (so every piece maps to its own bytes), else the parser's value as one
// unit standing for the bytes [begin, end) of the value.
void Emit(const Pieces* pieces, const std::string& value, size_t begin, size_t end,
          DocumentBuilder* builder);

// The 1-based line of source offset `offset`.
size_t LineOf(std::string_view bytes, size_t offset);

void AddProblem(std::string_view bytes, std::string_view format, size_t offset,
                const std::string& detail, std::vector<InputProblem>* problems);

bool Wanted(const std::vector<std::string>& fields, std::string_view key);

// Adds the wanted fields of one format's block; problems as AddFrontMatterFields.
void AddYaml(std::string_view bytes, const FrontMatterBlock& block,
             const std::vector<std::string>& fields, DocumentBuilder* builder,
             std::vector<InputProblem>* problems);
void AddToml(std::string_view bytes, const FrontMatterBlock& block,
             const std::vector<std::string>& fields, DocumentBuilder* builder,
             std::vector<InputProblem>* problems);
void AddJson(std::string_view bytes, const FrontMatterBlock& block,
             const std::vector<std::string>& fields, DocumentBuilder* builder,
             std::vector<InputProblem>* problems);

}  // namespace qa::front_matter
