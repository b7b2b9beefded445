#include "scan/document_tokens.h"

#include <algorithm>

namespace qa {
namespace {

// Sentences longer than this are tokenized in slices of about this size.
constexpr size_t kSliceBytes = 64 * 1024;

}  // namespace

DocumentTokens::DocumentTokens(const Document& document, const TextLayout& layout,
                               const Tokenizer& tokenizer)
    : text_(document.text) {
  std::string_view text = document.text;
  for (size_t s = 0; s < layout.sentences.size(); ++s) {
    const Span& whole = layout.sentences[s];
    for (size_t begin = whole.begin; begin < whole.end;) {
      size_t end = std::min(whole.end, begin + kSliceBytes);
      while (end < whole.end && text[end] != ' ' && end - begin < 2 * kSliceBytes) ++end;
      while (end < whole.end && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      std::vector<Token> slice = tokenizer.Tokenize(text.substr(begin, end - begin), begin);
      slices_.push_back({s, tokens_.size(), tokens_.size() + slice.size(), {begin, end}});
      for (const Token& token : slice) {
        // A slice is at most 128 KiB, so a token's size fits in 32 bits.
        tokens_.push_back({token.span.begin, static_cast<uint32_t>(token.span.size()), token.word,
                           token.capitalized});
      }
      begin = end;
    }
  }
}

Token DocumentTokens::Expand(const StoredToken& stored) const {
  return {{stored.begin, stored.begin + stored.size},
          text_.substr(stored.begin, stored.size),
          stored.word,
          stored.capitalized};
}

std::vector<Token> DocumentTokens::In(Span span) const {
  // The first token that ends after span.begin; tokens do not overlap.
  auto first =
      std::upper_bound(tokens_.begin(), tokens_.end(), span.begin,
                       [](size_t pos, const StoredToken& t) { return pos < t.begin + t.size; });
  std::vector<Token> out;
  for (auto it = first; it != tokens_.end() && it->begin < span.end; ++it) {
    Token token = Expand(*it);
    // A token cut by the span's edge (a pattern group that ends before
    // "'s", a window capped inside a word) keeps only its part inside.
    if (token.span.begin < span.begin || token.span.end > span.end) {
      size_t begin = std::max(token.span.begin, span.begin);
      size_t end = std::min(token.span.end, span.end);
      token.text = token.text.substr(begin - token.span.begin, end - begin);
      token.span = {begin, end};
      if (token.word) token.capitalized = IsUpperStart(token.text, 0);
      token.word = token.word && IsWordStart(token.text, 0);
    }
    out.push_back(token);
  }
  return out;
}

std::vector<Token> DocumentTokens::OutsideQuotes(Span span,
                                                 const std::vector<Quote>& quotes) const {
  std::vector<Token> all = In(span);
  auto q = std::lower_bound(quotes.begin(), quotes.end(), span.begin,
                            [](const Quote& quote, size_t pos) { return quote.span.end <= pos; });
  std::vector<Token> out;
  out.reserve(all.size());
  for (const Token& token : all) {
    while (q != quotes.end() && q->span.end <= token.span.begin) ++q;
    bool inside = q != quotes.end() && q->span.begin <= token.span.begin;
    if (!inside) out.push_back(token);
  }
  return out;
}

}  // namespace qa
