#include "scan/quote_marks.h"

#include <algorithm>
#include <array>

#include "core/byte_search.h"
#include "core/text.h"
#include "core/utf8.h"

namespace qa {
namespace {

constexpr char32_t kInvalid = 0xFFFD;

struct CodePoint {
  char32_t value = kInvalid;
  size_t length = 1;
};

// Decodes the code point starting at `pos` (< end). A malformed sequence
// decodes as one invalid byte, which later counts as a word character.
CodePoint DecodeAt(std::string_view text, size_t pos, size_t end) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1};
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > end) return {};
  char32_t value = lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return {};
    value = (value << 6) | (byte(pos + i) & 0x3F);
  }
  return {value, length};
}

// Decodes the code point that ends at `end` (> begin).
CodePoint DecodeBefore(std::string_view text, size_t begin, size_t end) {
  size_t pos = end - 1;
  // Step back over at most three continuation bytes to the lead byte.
  while (pos > begin && end - pos < 4 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  CodePoint cp = DecodeAt(text, pos, end);
  if (pos + cp.length != end) return {};
  return cp;
}

// Zero-width characters count as blank beside a quote mark too.
bool IsSpace(char32_t c) { return IsUnicodeSpace(c) || c == 0x200B || c == 0xFEFF; }

CharKind Classify(char32_t c) {
  if (IsSpace(c)) return CharKind::kSpace;
  switch (c) {
    case '(':
    case '[':
    case '{':
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
      return CharKind::kOpenPunct;
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case 0x2026:  // …
    case 0x3001:  // 、
    case 0x3002:  // 。
    case 0xFF0C:  // ，
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
      return CharKind::kClosePunct;
    case '-':
      return CharKind::kDash;
    default:
      if (c >= 0x2010 && c <= 0x2015) return CharKind::kDash;  // ‐ ‑ ‒ – — ―
      return CharKind::kWord;
  }
}

// What a recognised glyph is.
struct Glyph {
  size_t length = 0;  // 0: not a quote mark
  MarkFamily family = MarkFamily::kDouble;
  MarkGlyph glyph = MarkGlyph::kEither;
  bool apostrophe_like = false;
  bool doubled_single = false;
};

Glyph Make(size_t length, MarkFamily family, MarkGlyph glyph = MarkGlyph::kEither) {
  Glyph g;
  g.length = length;
  g.family = family;
  g.glyph = glyph;
  return g;
}

Glyph SingleOrDoubled(std::string_view text, size_t pos, size_t end, std::string_view mark) {
  // Two single marks in a row stand for a double mark (''Hello'' in some
  // archives, ‘‘ from OCR); a lone one is a single quote or an apostrophe.
  // Three after a word close a single quote inside a doubled one
  // (''the word 'old-school,''' he said): the single comes first.
  const size_t n = mark.size();
  bool closes_inner = pos > 0 && !IsAsciiSpace(text[pos - 1]) && pos + 3 * n <= end &&
                      text.substr(pos + n, n) == mark && text.substr(pos + 2 * n, n) == mark;
  if (!closes_inner && pos + 2 * n <= end && text.substr(pos + n, n) == mark) {
    Glyph g = Make(2 * mark.size(), MarkFamily::kDouble);
    g.doubled_single = true;
    return g;
  }
  Glyph g = Make(mark.size(), MarkFamily::kSingle);
  g.apostrophe_like = true;
  return g;
}

Glyph Recognize(std::string_view text, size_t pos, size_t end) {
  const auto b = static_cast<unsigned char>(text[pos]);
  switch (b) {
    case '"':
      return Make(1, MarkFamily::kDouble);
    case '\'':
      return SingleOrDoubled(text, pos, end, "'");
    case '`':
      // Only the TeX/Penn Treebank `` is a mark; a lone backtick is not.
      if (pos + 1 < end && text[pos + 1] == '`') {
        return Make(2, MarkFamily::kDouble, MarkGlyph::kOpening);
      }
      return {};
    case 0xC2:
    case 0xE2:
    case 0xE3:
    case 0xEF:
      break;
    default:
      return {};
  }
  const CodePoint cp = DecodeAt(text, pos, end);
  switch (cp.value) {
    case 0x00AB:  // «
    case 0x00BB:  // »
      return Make(2, MarkFamily::kGuillemet);
    case 0x2018:  // ‘
      return SingleOrDoubled(text, pos, end, "\u2018");
    case 0x2019:  // ’
      return SingleOrDoubled(text, pos, end, "\u2019");
    case 0x201B: {  // ‛
      Glyph g = Make(3, MarkFamily::kSingle);
      g.apostrophe_like = true;
      return g;
    }
    case 0x201A:  // ‚ low single: an opening mark, unless it is a comma look-alike
      if (pos + 3 < end && IsSpace(DecodeAt(text, pos + 3, end).value)) return {};
      return Make(3, MarkFamily::kSingle, MarkGlyph::kOpening);
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201F:  // ‟
    case 0xFF02:  // ＂
      return Make(3, MarkFamily::kDouble);
    case 0x201E:  // „
    case 0x301D:  // 〝
      return Make(3, MarkFamily::kDouble, MarkGlyph::kOpening);
    case 0x301E:  // 〞
    case 0x301F:  // 〟
      return Make(3, MarkFamily::kDouble, MarkGlyph::kClosing);
    case 0x2039:  // ‹
    case 0x203A:  // ›
      return Make(3, MarkFamily::kSingleGuillemet);
    case 0x300C:  // 「
      return Make(3, MarkFamily::kCorner, MarkGlyph::kOpening);
    case 0x300D:  // 」
      return Make(3, MarkFamily::kCorner, MarkGlyph::kClosing);
    case 0x300E:  // 『
      return Make(3, MarkFamily::kWhiteCorner, MarkGlyph::kOpening);
    case 0x300F:  // 』
      return Make(3, MarkFamily::kWhiteCorner, MarkGlyph::kClosing);
    default:
      return {};
  }
}

MarkFlank FlankOf(CharKind left, CharKind right) {
  const bool open_left = left == CharKind::kEdge || left == CharKind::kSpace ||
                         left == CharKind::kOpenPunct || left == CharKind::kDash;
  const bool close_right = right == CharKind::kEdge || right == CharKind::kSpace ||
                           right == CharKind::kClosePunct || right == CharKind::kDash;
  if (open_left && close_right) return MarkFlank::kFree;
  if (open_left) return MarkFlank::kOpening;
  if (close_right) return MarkFlank::kClosing;
  return MarkFlank::kInner;
}

// Fills left, right and flank for marks[first..]: each run of adjacent marks
// takes the characters just outside the run as its context.
void FillContext(std::string_view text, Span paragraph, size_t first,
                 std::vector<QuoteMark>* marks) {
  std::vector<QuoteMark>& m = *marks;
  for (size_t i = first; i < m.size(); ++i) {
    const bool run_start = i == first || m[i - 1].span.end != m[i].span.begin;
    if (!run_start) {
      m[i].left = m[i - 1].left;
    } else if (m[i].span.begin == paragraph.begin) {
      m[i].left = CharKind::kEdge;
    } else {
      m[i].left = Classify(DecodeBefore(text, paragraph.begin, m[i].span.begin).value);
    }
  }
  for (size_t i = m.size(); i-- > first;) {
    const bool run_end = i + 1 == m.size() || m[i].span.end != m[i + 1].span.begin;
    if (!run_end) {
      m[i].right = m[i + 1].right;
    } else if (m[i].span.end >= paragraph.end) {
      m[i].right = CharKind::kEdge;
    } else {
      m[i].right = Classify(DecodeAt(text, m[i].span.end, paragraph.end).value);
    }
    m[i].flank = FlankOf(m[i].left, m[i].right);
  }
}

}  // namespace

namespace {

// Where an HTML-like tag starting at `pos` ends (one past its '>'), or 0: a
// '<' right before a letter, then no '<' up to a '>' within a few hundred
// bytes of the paragraph. Attribute values in it are not quotes.
size_t InlineTagEnd(std::string_view text, size_t pos, size_t end) {
  constexpr size_t kMaxTag = 512;
  if (text[pos] != '<' || pos + 1 >= end) return 0;
  const char c = text[pos + 1];
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
  const size_t limit = std::min(end, pos + kMaxTag);
  for (size_t i = pos + 2; i < limit; ++i) {
    if (text[i] == '>') return i + 1;
    if (text[i] == '<') return 0;
  }
  return 0;
}

// The bytes InlineTagEnd or Recognize can start at: '<', the ASCII marks
// and the lead bytes of the non-ASCII ones.
constexpr std::array<bool, 256> kMayOpenMarkOrTag = [] {
  std::array<bool, 256> may{};
  for (unsigned char b : {'<', '"', '\'', '`'}) may[b] = true;
  for (unsigned b : {0xC2u, 0xE2u, 0xE3u, 0xEFu}) may[b] = true;
  return may;
}();

// The first byte of text[pos, end) that may open a mark or a tag (end if
// none): the ASCII openers and the non-ASCII bytes found eight at a time,
// then the non-ASCII ones that open nothing (accented letters) passed.
size_t SkipToMayOpen(std::string_view text, size_t pos, size_t end) {
  while (true) {
    pos = FindFirstByte<'<', '"', '\'', '`'>(text, pos, end, /*high=*/true);
    if (pos == end || kMayOpenMarkOrTag[static_cast<unsigned char>(text[pos])]) return pos;
    ++pos;
  }
}

}  // namespace

void AppendQuoteMarks(std::string_view text, Span paragraph, int paragraph_index,
                      std::vector<QuoteMark>* marks) {
  const size_t first = marks->size();
  const size_t end = std::min(paragraph.end, text.size());
  for (size_t pos = paragraph.begin; pos < end;) {
    // Most bytes can open neither a tag nor a mark: pass them in a tight loop.
    pos = SkipToMayOpen(text, pos, end);
    if (pos == end) break;
    if (const size_t tag_end = InlineTagEnd(text, pos, end)) {
      pos = tag_end;  // <tweet id="..."> pasted into plain text: markup, not quotes
      continue;
    }
    const Glyph g = Recognize(text, pos, end);
    if (g.length == 0) {
      ++pos;  // continuation bytes never look like a lead byte we test for
      continue;
    }
    QuoteMark mark;
    mark.span = {pos, pos + g.length};
    mark.family = g.family;
    mark.glyph = g.glyph;
    mark.apostrophe_like = g.apostrophe_like;
    mark.doubled_single = g.doubled_single;
    mark.paragraph = paragraph_index;
    marks->push_back(mark);
    pos += g.length;
  }
  FillContext(text, {paragraph.begin, end}, first, marks);
}

bool IsBlank(std::string_view text, Span span) {
  for (size_t pos = span.begin; pos < span.end;) {
    const CodePoint cp = DecodeAt(text, pos, span.end);
    if (!IsSpace(cp.value)) return false;
    pos += cp.length;
  }
  return true;
}

size_t TrimTrailingSpaces(std::string_view text, size_t floor, size_t end) {
  while (end > floor) {
    const CodePoint cp = DecodeBefore(text, floor, end);
    if (!IsSpace(cp.value)) break;
    end -= cp.length;
  }
  return end;
}

size_t TrimTrailingClosers(std::string_view text, size_t floor, size_t end) {
  while (end > floor) {
    const CodePoint cp = DecodeBefore(text, floor, end);
    bool closer = cp.value == U'\'' || cp.value == U'"' || cp.value == U'\u2019' ||
                  cp.value == U'\u201D' || cp.value == U'\u00BB' || cp.value == U'\u203A';
    if (!closer && !IsSpace(cp.value)) break;
    end -= cp.length;
  }
  return end;
}

}  // namespace qa
