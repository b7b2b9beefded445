// A small tokenizer for the attribution engine: words (letters, digits and
// the apostrophes, hyphens and abbreviation periods inside them) and single
// punctuation marks, each with its byte span. UTF-8 aware for the marks news
// copy uses (curly quotes, dashes, guillemets, no-break space).
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/text.h"

namespace qa {

struct Token {
  Span span;
  std::string_view text;
  bool word = false;         // letters/digits, else a punctuation mark
  bool capitalized = false;  // starts with an upper-case letter
};

// Tokenizes text (a view into the document's analysis text starting at byte
// `base`). A period is kept on a word only when the word is a single letter
// or followed by another letter-period pair ("J.", "U.S."), or `keep_period`
// says the word with its period is an abbreviation.
class Tokenizer {
 public:
  using AbbreviationTest = bool (*)(std::string_view word_with_period, const void* context);
  Tokenizer(AbbreviationTest is_abbreviation, const void* context)
      : is_abbreviation_(is_abbreviation), context_(context) {}

  std::vector<Token> Tokenize(std::string_view text, size_t base) const;
  // The same into *tokens (cleared first), so that a caller tokenizing many
  // pieces reuses one list.
  void TokenizeInto(std::string_view text, size_t base, std::vector<Token>* tokens) const;

 private:
  AbbreviationTest is_abbreviation_;
  const void* context_;
};

// Length in bytes of the UTF-8 sequence starting with lead byte `c` (1 for
// invalid lead bytes, so scanning always advances).
size_t Utf8Length(unsigned char c);
// IsWordStart for a byte of 0x80 and up.
bool IsNonAsciiWordStart(std::string_view text, size_t pos);
// True for letters and digits, including non-ASCII letters. Inline, as is
// IsSpaceAt: the tokenizer asks at nearly every byte, and most are ASCII.
inline bool IsWordStart(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c >= 0x80) return IsNonAsciiWordStart(text, pos);
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool IsUpperStart(std::string_view text, size_t pos);
// An ASCII space or a no-break space at `pos`, its length in *length.
inline bool IsSpaceAt(std::string_view text, size_t pos, size_t* length) {
  const char c = text[pos];
  if (IsAsciiSpace(c)) {
    *length = 1;
    return true;
  }
  if (static_cast<unsigned char>(c) == 0xC2 && pos + 1 < text.size() &&
      static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
    *length = 2;
    return true;
  }
  return false;
}

}  // namespace qa
