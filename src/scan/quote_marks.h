// Recognises quote-mark glyphs in a paragraph and describes what surrounds
// each one. Knows nothing of pairing: it only says which family a mark belongs
// to, which way its glyph faces (if it has a fixed face at all) and whether it
// stands where an opening or a closing mark would stand.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace qa {

// Marks of one family can pair with each other: a straight " opens and a
// curly ” closes, a low „ opens and “ closes. Marks of different families
// never pair; they nest.
enum class MarkFamily : uint8_t {
  kDouble,           // " “ ” „ ‟ ＂ 〝 〞 〟 and the doubled '' ‘‘ ’’ ``
  kSingle,           // ' ‘ ’ ‚ ‛
  kGuillemet,        // « »
  kSingleGuillemet,  // ‹ ›
  kCorner,           // 「 」
  kWhiteCorner,      // 『 』
};
inline constexpr int kMarkFamilyCount = 6;

// Which way a glyph faces regardless of context. Most marks are kEither:
// “ opens in English but closes in German, » closes in French but opens in
// Danish, and typists put curly marks the wrong way round.
enum class MarkGlyph : uint8_t { kEither, kOpening, kClosing };

// What a character next to a mark is, for deciding its direction.
enum class CharKind : uint8_t {
  kEdge,        // start or end of the paragraph
  kSpace,       // any Unicode space, including no-break spaces
  kOpenPunct,   // ( [ { ¿ ¡
  kClosePunct,  // . , ; : ! ? ) ] } … and CJK full stops and commas
  kDash,        // hyphen and dashes: may stand on either side of a quote
  kWord,        // letters, digits and everything else
};

// Where a mark stands, from the characters on either side of it. A run of
// adjacent marks ("' or ,'") shares one context: the characters outside the
// run, so an outer and an inner mark written together face the same way.
enum class MarkFlank : uint8_t {
  kOpening,  // space or start on the left, text on the right: “word
  kClosing,  // text on the left, space, punctuation or end on the right: word”
  kFree,     // space on both sides: « word » or a lone " between spaces
  kInner,    // text on both sides: don't, said“Hello
};

struct QuoteMark {
  Span span;  // the mark's bytes in Document::text
  MarkFamily family = MarkFamily::kDouble;
  MarkGlyph glyph = MarkGlyph::kEither;
  MarkFlank flank = MarkFlank::kFree;
  CharKind left = CharKind::kEdge;   // outside the run of adjacent marks
  CharKind right = CharKind::kEdge;  // outside the run of adjacent marks
  bool apostrophe_like = false;      // ' ‘ ’ ‛: may well be an apostrophe
  bool doubled_single = false;       // '' ‘‘ ’’ written for a double mark
  int paragraph = 0;                 // index into Document::paragraphs
};

// Appends the quote marks inside `paragraph` of `text`, in order, with their
// context filled in. Reads only the paragraph's bytes; linear in its size.
void AppendQuoteMarks(std::string_view text, Span paragraph, int paragraph_index,
                      std::vector<QuoteMark>* marks);

// True when `span` of `text` holds nothing but Unicode spaces (or nothing).
bool IsBlank(std::string_view text, Span span);

// Moves `end` back over Unicode spaces, never below `floor`.
size_t TrimTrailingSpaces(std::string_view text, size_t floor, size_t end);

// Moves `end` back over Unicode spaces and closing quote marks (' ’ " ” » ›),
// never below `floor`: the punctuation a quote ends on may sit inside a
// nested quote ("It feels like, 'not yet,'").
size_t TrimTrailingClosers(std::string_view text, size_t floor, size_t end);

}  // namespace qa
