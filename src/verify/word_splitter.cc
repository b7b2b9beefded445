#include "verify/word_splitter.h"

#include "core/text.h"
#include "core/utf8.h"

namespace qa {
namespace {

struct CodePoint {
  char32_t value = 0;
  size_t length = 1;  // bytes; an invalid byte counts as one
};

CodePoint At(std::string_view text, size_t pos) {
  size_t length = ValidUtf8Length(text, pos);
  if (length == 0) return {0xFFFD, 1};
  return {DecodeValidUtf8(text, pos, length), length};
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters and digits in any script; punctuation, symbols and spaces are not.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c);
  if (c == 0xFFFD || IsUnicodeSpace(c)) return false;
  if (c >= 0xA0 && c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, dashes
  if (c >= 0x2E00 && c <= 0x2E7F) return false;  // supplemental punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF01 && c <= 0xFF0F) return false;
  return true;
}

// Lower case for ASCII, Latin-1 and Latin Extended-A: the letters of the
// names and words news copy in European languages uses.
char32_t Lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace

// An ellipsis or bracket starting at `pos`: its length in bytes, 0 if none.
size_t WordSplitter::GapAt(size_t pos, TokenKind* kind) const {
  std::string_view rest = text_.substr(pos);
  if (rest.starts_with("\xE2\x80\xA6")) {  // …
    *kind = TokenKind::kEllipsis;
    return 3;
  }
  if (rest.starts_with("...")) {
    size_t end = 3;
    while (end < rest.size() && rest[end] == '.') ++end;
    *kind = TokenKind::kEllipsis;
    return end;
  }
  if (rest.starts_with(". . .")) {
    *kind = TokenKind::kEllipsis;
    return 5;
  }
  if (rest.starts_with("[")) {
    size_t close = rest.find(']');
    if (close == std::string_view::npos) return 0;
    std::string_view inside = rest.substr(1, close - 1);
    // "[...]", "[…]", "[. . .]": a marked cut; any other words: an insertion.
    bool only_dots = inside.find_first_not_of(" .") != std::string_view::npos ? false : true;
    if (!only_dots) {
      std::string_view left = inside;
      only_dots = true;
      while (!left.empty()) {
        if (left.starts_with("\xE2\x80\xA6")) {
          left.remove_prefix(3);
        } else if (left[0] == ' ' || left[0] == '.') {
          left.remove_prefix(1);
        } else {
          only_dots = false;
          break;
        }
      }
    }
    only_dots &= inside.find_first_not_of(' ') != std::string_view::npos;
    *kind = only_dots ? TokenKind::kEllipsis : TokenKind::kInsertion;
    return close + 1;
  }
  return 0;
}

// Whether the joiner `c` at `pos` (`length` bytes) continues the current
// word; *resume is where the word goes on.
bool WordSplitter::JoinerAt(size_t pos, size_t length, char32_t c, size_t* resume) const {
  size_t next = pos + length;
  if (c == 0xAD) {  // soft hyphen: never a break
    *resume = next;
    return true;
  }
  bool apostrophe = IsApostrophe(c);
  bool hyphen = IsHyphen(c);
  bool number_mark = (c == '.' || c == ',') && pos > 0 && IsAsciiDigit(text_[pos - 1]);
  if (!apostrophe && !hyphen && !number_mark) return false;
  if (next < text_.size()) {
    CodePoint after = At(text_, next);
    if (number_mark ? IsAsciiDigit(after.value) : IsWordChar(after.value)) {
      *resume = next;
      return true;
    }
  }
  if (!hyphen) return false;
  // A hyphen at the end of a line, the word going on at the next line.
  size_t i = next;
  while (i < text_.size() && IsAsciiBlank(text_[i])) ++i;
  if (i >= text_.size() || text_[i] != '\n') return false;
  ++i;
  while (i < text_.size() && IsAsciiBlank(text_[i])) ++i;
  if (i < text_.size() && IsWordChar(At(text_, i).value)) {
    *resume = i;
    return true;
  }
  return false;
}

bool WordSplitter::Next(TextToken* token) {
  while (pos_ < text_.size()) {
    if (gaps_) {
      TokenKind kind;
      if (size_t length = GapAt(pos_, &kind); length > 0) {
        token->kind = kind;
        token->span = {base_ + pos_, base_ + pos_ + length};
        token->word = {};
        pos_ += length;
        return true;
      }
    }
    CodePoint c = At(text_, pos_);
    if (!IsWordChar(c.value)) {
      pos_ += c.length;
      continue;
    }
    word_.clear();
    size_t begin = pos_;
    size_t end = pos_;
    while (pos_ < text_.size()) {
      c = At(text_, pos_);
      if (IsWordChar(c.value)) {
        AppendUtf8(Lower(c.value), &word_);
        pos_ += c.length;
        end = pos_;
        continue;
      }
      size_t resume = 0;
      if (!JoinerAt(pos_, c.length, c.value, &resume)) break;
      pos_ = resume;
    }
    token->kind = TokenKind::kWord;
    token->span = {base_ + begin, base_ + end};
    token->word = word_;
    return true;
  }
  return false;
}

}  // namespace qa
