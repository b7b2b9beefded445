#include "core/text.h"

#include <algorithm>
#include <array>

namespace qa {

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

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

namespace {

// The closing quote marks, by their UTF-8 bytes.
constexpr std::string_view kClosingQuotes[] = {"\"",           "'",           "\xE2\x80\x99",
                                               "\xE2\x80\x9D", "\xC2\xBB",    "\xE2\x80\xBA",
                                               "\xE3\x80\x8D", "\xE3\x80\x8F"};

// The bytes a closing mark opens and ends with: most bytes of a text are
// neither, and the sentence splitter asks after every full stop.
constexpr std::array<bool, 256> MarkEdgeBytes(bool first) {
  std::array<bool, 256> edges{};
  for (std::string_view mark : kClosingQuotes) {
    edges[static_cast<unsigned char>(first ? mark.front() : mark.back())] = true;
  }
  return edges;
}
constexpr std::array<bool, 256> kOpensClosingQuote = MarkEdgeBytes(true);
constexpr std::array<bool, 256> kEndsClosingQuote = MarkEdgeBytes(false);

}  // namespace

size_t ClosingQuoteLengthAt(std::string_view text, size_t pos) {
  if (pos >= text.size() || !kOpensClosingQuote[static_cast<unsigned char>(text[pos])]) return 0;
  for (std::string_view mark : kClosingQuotes) {
    if (text.substr(pos, mark.size()) == mark) return mark.size();
  }
  return 0;
}

size_t ClosingQuoteLengthBefore(std::string_view text, size_t pos) {
  std::string_view head = text.substr(0, std::min(pos, text.size()));
  if (head.empty() || !kEndsClosingQuote[static_cast<unsigned char>(head.back())]) return 0;
  for (std::string_view mark : kClosingQuotes) {
    if (head.ends_with(mark)) return mark.size();
  }
  return 0;
}

}  // namespace qa
