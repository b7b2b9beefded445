// Step 3 of the scan: the document's words and punctuation marks, tokenized
// once, with their byte spans. Every later step (names, attribution windows,
// classification) reads slices of this list instead of tokenizing again.
#pragma once

#include <cstddef>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "core/span.h"
#include "scan/text_layout.h"
#include "scan/text_tokens.h"

namespace qa {

class DocumentTokens {
 public:
  // A run of tokens inside one sentence. Very long sentences (a 50 MB line
  // with no full stop) are cut into slices at spaces, so that no name or
  // phrase reading ever walks more than a slice.
  struct Slice {
    size_t sentence;
    size_t first;  // index into tokens()
    size_t last;   // one past the end
    Span span;     // the bytes the slice covers
  };

  DocumentTokens(const Document& document, const TextLayout& layout, const Tokenizer& tokenizer);

  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Slice>& slices() const { return slices_; }

  // The tokens lying wholly inside `span`, in order.
  std::vector<Token> In(Span span) const;
  // The same, leaving out every token inside one of `quotes` (in document
  // order): the words around quotes, where attribution and names are read.
  std::vector<Token> OutsideQuotes(Span span, const std::vector<Quote>& quotes) const;

 private:
  std::vector<Token> tokens_;
  std::vector<Slice> slices_;
};

}  // namespace qa
