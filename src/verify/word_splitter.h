// Splits text into the words quotes are compared by: letters and digits,
// lower-cased, with punctuation, quote marks and dashes dropped. Apostrophes
// and hyphens inside a word join it ("don't" -> "dont", "long-term" ->
// "longterm"), as does a hyphen that breaks a word at the end of a line
// ("re-\nbuild" -> "rebuild"), so a source's line breaks and hyphenation
// never decide a match. In a quote, an ellipsis ("...", "…", "[...]") and a
// bracketed insertion ("[the council]") are gap tokens: the editor's marks
// for words cut or added.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/span.h"

namespace qa {

enum class TokenKind { kWord, kEllipsis, kInsertion };

struct TextToken {
  TokenKind kind = TokenKind::kWord;
  Span span;              // in the text given to the splitter, offset by `base`
  std::string_view word;  // normalised; valid until the next call to Next()
};

class WordSplitter {
 public:
  // `text` stays borrowed. `gaps`: read ellipses and brackets as gap tokens
  // (a quote); otherwise they are punctuation (a source). `base` is added to
  // every span.
  WordSplitter(std::string_view text, bool gaps, size_t base = 0)
      : text_(text), gaps_(gaps), base_(base) {}

  // The next token; false at the end of the text.
  bool Next(TextToken* token);

 private:
  size_t GapAt(size_t pos, TokenKind* kind) const;
  bool JoinerAt(size_t pos, size_t length, char32_t c, size_t* resume) const;

  std::string_view text_;
  bool gaps_;
  size_t base_;
  size_t pos_ = 0;
  std::string word_;  // reused: no allocation per word
};

}  // namespace qa
