#include "scan/apostrophe.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace qa {
namespace {

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// '90s, ’05: two digits and then no third one.
bool BeforeTwoDigitYear(std::string_view text, size_t pos) {
  return pos + 2 <= text.size() && IsAsciiDigit(text[pos]) && IsAsciiDigit(text[pos + 1]) &&
         (pos + 2 == text.size() || !IsAsciiDigit(text[pos + 2]));
}

// The ASCII word starting at `pos`, lower-cased, if it is short and ends at a
// character that cannot continue it (not a letter; a multi-byte character
// counts as a possible letter unless it is the next mark).
std::string ShortWordAt(std::string_view text, size_t pos, size_t next_mark) {
  std::string word;
  size_t i = pos;
  while (i < text.size() && IsAsciiLetter(text[i]) && word.size() < 8) {
    word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
    ++i;
  }
  if (i < text.size() && i != next_mark &&
      (IsAsciiLetter(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)) {
    return "";
  }
  return word;
}

}  // namespace

std::vector<bool> FindApostrophes(std::string_view text, const std::vector<QuoteMark>& marks,
                                  const PhraseSet& elisions) {
  std::vector<bool> apostrophe(marks.size(), false);
  for (size_t i = 0; i < marks.size(); ++i) {
    const QuoteMark& m = marks[i];
    if (!m.apostrophe_like || apostrophe[i]) continue;
    if (m.left == CharKind::kWord && m.right == CharKind::kWord) {
      apostrophe[i] = true;
      continue;
    }
    if (m.flank != MarkFlank::kOpening) continue;
    const size_t after = m.span.end;
    if (BeforeTwoDigitYear(text, after)) {
      apostrophe[i] = true;
      continue;
    }
    const bool has_next = i + 1 < marks.size() && marks[i + 1].paragraph == m.paragraph;
    const size_t next_mark = has_next ? marks[i + 1].span.begin : std::string_view::npos;
    const std::string word = ShortWordAt(text, after, next_mark);
    if (word == "n") {
      // rock 'n' roll (both marks), rock 'n roll (one).
      if (next_mark == after + 1 && marks[i + 1].apostrophe_like) {
        apostrophe[i] = apostrophe[i + 1] = true;
      } else if (after + 1 < text.size() && text[after + 1] == ' ') {
        apostrophe[i] = true;
      }
    } else if (!word.empty() && elisions.Contains(word)) {
      apostrophe[i] = true;
    }
  }
  return apostrophe;
}

bool IsFirmSingleCloser(const QuoteMark& mark) {
  if (mark.family != MarkFamily::kSingle || mark.flank != MarkFlank::kClosing) return false;
  return mark.left == CharKind::kClosePunct || mark.right == CharKind::kClosePunct ||
         mark.right == CharKind::kEdge;
}

bool MayBeWordFinalApostrophe(std::string_view text, const QuoteMark& mark) {
  if (!mark.apostrophe_like || mark.flank != MarkFlank::kClosing) return false;
  const size_t b = mark.span.begin;
  const size_t e = mark.span.end;
  const bool after_s = b > 0 && (text[b - 1] == 's' || text[b - 1] == 'S');
  const bool after_in = b > 1 && text[b - 2] == 'i' && text[b - 1] == 'n';
  return (after_s || after_in) && e + 1 < text.size() && text[e] == ' ' &&
         std::islower(static_cast<unsigned char>(text[e + 1])) != 0;
}

bool IsInchMarkInHeight(std::string_view text, const QuoteMark& mark) {
  if (mark.family != MarkFamily::kDouble || mark.glyph != MarkGlyph::kEither) return false;
  size_t pos = mark.span.begin;
  size_t digits = 0;
  while (pos > 0 && digits < 3 && IsAsciiDigit(text[pos - 1])) {
    --pos;
    ++digits;
  }
  if (digits == 0 || digits > 2) return false;
  // The foot mark: ' or ’ (three bytes), right after a digit.
  size_t foot = 0;
  if (pos >= 2 && text[pos - 1] == '\'') {
    foot = 1;
  } else if (pos >= 4 && text.substr(pos - 3, 3) == "\u2019") {
    foot = 3;
  }
  return foot != 0 && IsAsciiDigit(text[pos - foot - 1]);
}

}  // namespace qa
