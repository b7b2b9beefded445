#include "scan/text_tokens.h"

#include <array>

#include "core/text.h"

namespace qa {

size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

namespace {

// Multi-byte punctuation and spaces common in news copy: general
// punctuation block (U+2000-U+206F: dashes, curly quotes, ellipsis), the
// Latin-1 punctuation (no-break space, guillemets), CJK brackets.
bool IsMultiBytePunctuation(std::string_view text, size_t pos) {
  unsigned char c0 = static_cast<unsigned char>(text[pos]);
  unsigned char c1 = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
  unsigned char c2 = pos + 2 < text.size() ? static_cast<unsigned char>(text[pos + 2]) : 0;
  if (c0 == 0xC2) return c1 < 0xC0;  // U+0080-U+00BF: nbsp, «, », ·, etc.
  if (c0 == 0xE2 && (c1 == 0x80 || c1 == 0x81)) return true;  // U+2000-U+207F
  (void)c2;
  if (c0 == 0xE3 && c1 == 0x80) return true;  // CJK punctuation, 「 」
  return false;
}

bool IsRightSingleQuote(std::string_view text, size_t pos) {
  return pos + 2 < text.size() && static_cast<unsigned char>(text[pos]) == 0xE2 &&
         static_cast<unsigned char>(text[pos + 1]) == 0x80 &&
         static_cast<unsigned char>(text[pos + 2]) == 0x99;
}

constexpr bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> alnum{};
  for (int c = 0; c < 128; ++c) alnum[static_cast<size_t>(c)] = IsAsciiAlnum(static_cast<char>(c));
  return alnum;
}();

}  // namespace

bool IsNonAsciiWordStart(std::string_view text, size_t pos) {
  if (static_cast<unsigned char>(text[pos]) < 0xC0) return false;  // stray continuation byte
  return !IsMultiBytePunctuation(text, pos);
}

bool IsUpperStart(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && pos + 1 < text.size()) {
    unsigned char d = static_cast<unsigned char>(text[pos + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;  // À-Þ except ×
  }
  return false;
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, size_t base) const {
  std::vector<Token> tokens;
  TokenizeInto(text, base, &tokens);
  return tokens;
}

void Tokenizer::TokenizeInto(std::string_view text, size_t base,
                             std::vector<Token>* tokens_out) const {
  std::vector<Token>& tokens = *tokens_out;
  tokens.clear();
  size_t i = 0;
  while (i < text.size()) {
    size_t space = 0;
    if (IsSpaceAt(text, i, &space)) {
      i += space;
      continue;
    }
    if (!IsWordStart(text, i)) {
      size_t len = Utf8Length(static_cast<unsigned char>(text[i]));
      if (i + len > text.size()) len = text.size() - i;
      tokens.push_back({{base + i, base + i + len}, text.substr(i, len), false, false});
      i += len;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      // ASCII letters and digits, most of most words, in a tight loop.
      while (i < text.size() && kAsciiAlnum[static_cast<unsigned char>(text[i])]) ++i;
      if (i == text.size()) break;
      if (IsWordStart(text, i)) {
        i += Utf8Length(static_cast<unsigned char>(text[i]));
        continue;
      }
      // Inner apostrophes and hyphens: "O'Brien", "Bay’s", "Dubois-Ménard".
      char c = text[i];
      bool inner_mark = (c == '\'' || c == '-') && i + 1 < text.size() && IsWordStart(text, i + 1);
      if (inner_mark) {
        i += 1;
        continue;
      }
      if (IsRightSingleQuote(text, i) && i + 3 < text.size() && IsWordStart(text, i + 3)) {
        i += 3;
        continue;
      }
      // Periods inside abbreviations: "U.S.", "J.", "Dr.".
      if (c == '.') {
        std::string_view with_period = text.substr(start, i + 1 - start);
        bool single_letter = i - start == 1;
        bool dotted = i + 2 < text.size() && IsWordStart(text, i + 1) && text[i + 2] == '.';
        bool inner_dotted = with_period.find('.') < with_period.size() - 1;
        if (single_letter || dotted || inner_dotted ||
            (is_abbreviation_ != nullptr && is_abbreviation_(with_period, context_))) {
          i += 1;
          continue;
        }
      }
      break;
    }
    if (i > text.size()) i = text.size();
    Token token;
    token.span = {base + start, base + i};
    token.text = text.substr(start, i - start);
    token.word = true;
    token.capitalized = IsUpperStart(text, start);
    tokens.push_back(token);
  }
}

}  // namespace qa
