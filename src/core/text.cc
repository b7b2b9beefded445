#include "core/text.h"

namespace qa {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsPossessive(std::string_view word) {
  auto ends_with = [&](std::string_view tail) {
    return word.size() > tail.size() && word.substr(word.size() - tail.size()) == tail;
  };
  return ends_with("'s") || ends_with("'S") || ends_with("\xE2\x80\x99s") || ends_with("s'") ||
         ends_with("s\xE2\x80\x99");
}

bool OnlySpaceOrPunctuation(std::string_view text) {
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0xC3)
      return false;
  }
  return true;
}

size_t DashLengthAt(std::string_view text, size_t pos) {
  if (pos + 3 > text.size()) return 0;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  return byte(pos) == 0xE2 && byte(pos + 1) == 0x80 && byte(pos + 2) >= 0x93 &&
                 byte(pos + 2) <= 0x95
             ? 3
             : 0;
}

size_t ClosingQuoteLengthAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  if (text[pos] == '"' || text[pos] == '\'') return 1;
  if (pos + 3 <= text.size() && byte(pos) == 0xE2 && byte(pos + 1) == 0x80 &&
      (byte(pos + 2) == 0x99 || byte(pos + 2) == 0x9D)) {
    return 3;
  }
  if (pos + 2 <= text.size() && byte(pos) == 0xC2 && byte(pos + 1) == 0xBB) return 2;
  return 0;
}

}  // namespace qa
