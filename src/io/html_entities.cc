#include "io/html_entities.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "core/utf8.h"

namespace qa {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// HTML named character references news copy uses, sorted by name for binary
// search. Data about HTML, not about English.
constexpr std::pair<std::string_view, char32_t> kNamed[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Acirc", 0xC2},   {"Agrave", 0xC0},
    {"Aring", 0xC5},    {"Atilde", 0xC3},   {"Auml", 0xC4},    {"Ccedil", 0xC7},
    {"Eacute", 0xC9},   {"Ecirc", 0xCA},    {"Egrave", 0xC8},  {"Euml", 0xCB},
    {"Iacute", 0xCD},   {"Icirc", 0xCE},    {"Igrave", 0xCC},  {"Iuml", 0xCF},
    {"Ntilde", 0xD1},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},   {"Ograve", 0xD2},
    {"Oslash", 0xD8},   {"Otilde", 0xD5},   {"Ouml", 0xD6},    {"Scaron", 0x160},
    {"Uacute", 0xDA},   {"Ucirc", 0xDB},    {"Ugrave", 0xD9},  {"Uuml", 0xDC},
    {"Yacute", 0xDD},   {"Zcaron", 0x17D},  {"aacute", 0xE1},  {"acirc", 0xE2},
    {"aelig", 0xE6},    {"agrave", 0xE0},   {"amp", 0x26},     {"apos", 0x27},
    {"aring", 0xE5},    {"atilde", 0xE3},   {"auml", 0xE4},    {"bdquo", 0x201E},
    {"bull", 0x2022},   {"ccedil", 0xE7},   {"copy", 0xA9},    {"deg", 0xB0},
    {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},  {"emsp", 0x2003},
    {"ensp", 0x2002},   {"euml", 0xEB},     {"euro", 0x20AC},  {"gt", 0x3E},
    {"hellip", 0x2026}, {"iacute", 0xED},   {"icirc", 0xEE},   {"igrave", 0xEC},
    {"iuml", 0xEF},     {"laquo", 0xAB},    {"ldquo", 0x201C}, {"lsaquo", 0x2039},
    {"lsquo", 0x2018},  {"lt", 0x3C},       {"mdash", 0x2014}, {"middot", 0xB7},
    {"nbsp", 0xA0},     {"ndash", 0x2013},  {"ntilde", 0xF1},  {"oacute", 0xF3},
    {"ocirc", 0xF4},    {"ograve", 0xF2},   {"oslash", 0xF8},  {"otilde", 0xF5},
    {"ouml", 0xF6},     {"pound", 0xA3},    {"prime", 0x2032}, {"quot", 0x22},
    {"raquo", 0xBB},    {"rdquo", 0x201D},  {"reg", 0xAE},     {"rsaquo", 0x203A},
    {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"scaron", 0x161}, {"shy", 0xAD},
    {"szlig", 0xDF},    {"thinsp", 0x2009}, {"trade", 0x2122}, {"uacute", 0xFA},
    {"ucirc", 0xFB},    {"ugrave", 0xF9},   {"uuml", 0xFC},    {"yacute", 0xFD},
    {"yuml", 0xFF},     {"zcaron", 0x17E},
};

// What HTML reads numeric references 128-159 as (Windows-1252); 0 where that
// code page has no character (the reference then stands for itself).
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

std::optional<std::string> DecodeNumeric(std::string_view digits) {
  bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
  if (hex) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  uint32_t value = 0;
  for (char c : digits) {
    int digit;
    if (c >= '0' && c <= '9') {
      digit = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = c - 'A' + 10;
    } else {
      return std::nullopt;
    }
    // Saturate: anything past U+10FFFF is replaced below.
    value = std::min<uint32_t>(value * (hex ? 16 : 10) + digit, 0x110000);
  }
  char32_t c = value;
  if (c >= 0x80 && c < 0xA0 && kWindows1252[c - 0x80] != 0) c = kWindows1252[c - 0x80];
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  return EncodeUtf8(c);
}

}  // namespace

size_t EntityLength(std::string_view s) {
  if (s.size() < 2 || s[0] != '&') return 0;
  size_t i = 1;
  if (s[i] == '#') {
    ++i;
    bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    size_t digits = i;
    while (i < s.size() && (hex ? IsHexDigit(s[i]) : (s[i] >= '0' && s[i] <= '9'))) ++i;
    if (i == digits) return 0;
  } else {
    while (i < s.size() && IsNameChar(s[i])) ++i;
    if (i == 1) return 0;
  }
  if (i < s.size() && s[i] == ';') ++i;
  return i;
}

std::optional<std::string> DecodeEntity(std::string_view reference) {
  if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';') {
    return std::nullopt;
  }
  std::string_view name = reference.substr(1, reference.size() - 2);
  if (name[0] == '#') return DecodeNumeric(name.substr(1));
  auto it =
      std::lower_bound(std::begin(kNamed), std::end(kNamed), name,
                       [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it == std::end(kNamed) || it->first != name) return std::nullopt;
  return EncodeUtf8(it->second);
}

}  // namespace qa
