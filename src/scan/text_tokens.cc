#include "scan/text_tokens.h"

#include <array>

#include "core/byte_search.h"
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

// What a byte is to the tokenizer: an ASCII letter or digit, an ASCII
// space, any other ASCII byte (a mark of its own), or a byte of a UTF-8
// sequence (a letter, a mark or a no-break space: looked at more closely).
enum class ByteClass : unsigned char { kMark, kAlnum, kSpace, kHigh };

constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const auto byte = static_cast<char>(c);
    classes[static_cast<size_t>(c)] = c >= 0x80            ? ByteClass::kHigh
                                      : IsAsciiAlnum(byte) ? ByteClass::kAlnum
                                      : IsAsciiSpace(byte) ? ByteClass::kSpace
                                                           : ByteClass::kMark;
  }
  return classes;
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
  // One look-up per byte says what it may start or end (kByteClass): the
  // tokenizer reads every byte of every sentence, and the tests one by one
  // (a space? a letter? a mark inside a word?) were most of its cost.
  std::vector<Token>& tokens = *tokens_out;
  tokens.clear();
  const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    const ByteClass lead_class = kByteClass[lead];
    if (lead_class == ByteClass::kSpace) {
      ++i;
      continue;
    }
    if (lead_class == ByteClass::kMark ||
        (lead_class == ByteClass::kHigh && !IsNonAsciiWordStart(text, i))) {
      if (lead == 0xC2 && i + 1 < size && bytes[i + 1] == 0xA0) {  // a no-break space
        i += 2;
        continue;
      }
      size_t len = Utf8Length(lead);
      if (i + len > size) len = size - i;
      tokens.push_back({{base + i, base + i + len}, text.substr(i, len), false, false});
      i += len;
      continue;
    }
    const size_t start = i;
    while (i < size) {
      // ASCII letters and digits, most of most words, in a tight loop.
      i = AsciiAlnumRunEnd(text, i);
      if (i == size) break;
      const unsigned char c = bytes[i];
      const ByteClass c_class = kByteClass[c];
      if (c_class == ByteClass::kSpace) break;  // how most words end
      if (c_class == ByteClass::kHigh) {
        if (IsNonAsciiWordStart(text, i)) {
          i += Utf8Length(c);
          continue;
        }
        if (IsRightSingleQuote(text, i) && i + 3 < size && IsWordStart(text, i + 3)) {
          i += 3;
          continue;
        }
        break;
      }
      // Inner apostrophes and hyphens: "O'Brien", "Bay’s", "Dubois-Ménard".
      if ((c == '\'' || c == '-') && i + 1 < size && IsWordStart(text, i + 1)) {
        i += 1;
        continue;
      }
      // Periods inside abbreviations: "U.S.", "J.", "Dr.".
      if (c == '.') {
        std::string_view with_period = text.substr(start, i + 1 - start);
        bool single_letter = i - start == 1;
        bool dotted = i + 2 < size && IsWordStart(text, i + 1) && text[i + 2] == '.';
        bool inner_dotted = with_period.find('.') < with_period.size() - 1;
        if (single_letter || dotted || inner_dotted ||
            (is_abbreviation_ != nullptr && is_abbreviation_(with_period, context_))) {
          i += 1;
          continue;
        }
      }
      break;
    }
    if (i > size) i = size;
    tokens.push_back(
        {{base + start, base + i}, text.substr(start, i - start), true, IsUpperStart(text, start)});
  }
}

}  // namespace qa
