// Step 3 of the scan: the document's words and punctuation marks, tokenized
// once, with their byte spans. Every later step (names, attribution windows,
// classification) reads slices of this list instead of tokenizing again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
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

  // Each slice's tokens as they are made, in text order: a step that reads
  // every token once (the names) takes them here instead of expanding them
  // again from the stored ones. It may change the list; it is not kept.
  using SliceReader = std::function<void(const Slice& slice, std::vector<Token>* tokens)>;

  DocumentTokens(const Document& document, const TextLayout& layout, const Tokenizer& tokenizer,
                 const SliceReader& read_slice = nullptr);

  size_t size() const { return tokens_.size(); }
  const std::vector<Slice>& slices() const { return slices_; }

  // The tokens lying wholly inside `span`, in order.
  std::vector<Token> In(Span span) const;
  // The same, leaving out every token inside one of `quotes` (in document
  // order): the words around quotes, where attribution and names are read.
  std::vector<Token> OutsideQuotes(Span span, const std::vector<Quote>& quotes) const;
  // The same two into *out, which keeps its room between calls.
  void In(Span span, std::vector<Token>* out) const;
  void OutsideQuotes(Span span, const std::vector<Quote>& quotes, std::vector<Token>* out) const;
  // Drops from *tokens (in order, all inside `span`) every one inside one
  // of `quotes`: what OutsideQuotes leaves out.
  static void DropQuoted(Span span, const std::vector<Quote>& quotes, std::vector<Token>* tokens);

 private:
  // A token as kept for the whole document: 4 bytes instead of a Token's
  // 40, since every word of a 50 MB file is held at once. Its text is the
  // document's bytes at [slice begin + offset, ... + size), where the slice
  // is the one whose tokens it is among.
  struct StoredToken {
    uint32_t offset : 18;      // from its slice's span.begin (a slice is under 2^18 bytes)
    uint32_t size : 12;        // bytes; kLongToken: the size is in long_tokens_
    uint32_t word : 1;         // Token::word
    uint32_t capitalized : 1;  // Token::capitalized
  };
  static constexpr uint32_t kLongToken = (1u << 12) - 1;
  // The size of a token longer than a StoredToken holds (a URL, a run of
  // letters with no space), by its index in tokens_.
  struct LongToken {
    size_t index;
    size_t size;
  };
  size_t SizeOf(const StoredToken& stored) const;
  Token Expand(const Slice& slice, const StoredToken& stored) const;

  std::string_view text_;
  std::vector<StoredToken> tokens_;
  std::vector<LongToken> long_tokens_;  // by index, ascending
  std::vector<Slice> slices_;
};

}  // namespace qa
