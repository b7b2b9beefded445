// Small byte-level text helpers shared by every stage: ASCII case and space
// tests, possessives, dashes. One copy each, so the stages agree on what a
// space or a possessive is. Offsets are bytes; text is UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qa {

// Space, tab, line feed, carriage return, form feed, vertical tab.
constexpr bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// The same without the line feed: space inside one line.
constexpr bool IsAsciiBlank(char c) { return c != '\n' && IsAsciiSpace(c); }
// An ASCII letter (either case) or digit.
constexpr bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// `text` trimmed, with every inner run of ASCII whitespace made one space.
std::string CollapseSpaces(std::string_view text);

// `text` with A-Z lowered; other bytes (and so UTF-8 letters) unchanged.
std::string AsciiLower(std::string_view text);

// Whether the word ends in a possessive: 's, ’s, 'S, or a bare s' / s’
// after a plural ("the ministers’").
bool IsPossessive(std::string_view word);

// True when `text` holds no letter or digit: only spaces and ASCII
// punctuation (any byte from 0xC3 up counts as a possible letter).
bool OnlySpaceOrPunctuation(std::string_view text);

// Byte length of the dash (U+2013 en, U+2014 em, U+2015 bar) at text[pos],
// or 0 when there is none.
size_t DashLengthAt(std::string_view text, size_t pos);

// Byte length of the closing quote mark at text[pos] (" ' ’ ” » › 」 『』),
// or 0. Straight marks count: they close as often as they open.
size_t ClosingQuoteLengthAt(std::string_view text, size_t pos);
// The same for the mark that ends right before text[pos].
size_t ClosingQuoteLengthBefore(std::string_view text, size_t pos);

}  // namespace qa
