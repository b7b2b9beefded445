#include "scan/document_tokens.h"

#include <algorithm>

namespace qa {
namespace {

// Sentences longer than this are tokenized in slices of about this size.
constexpr size_t kSliceBytes = size_t{64} * 1024;

}  // namespace

DocumentTokens::DocumentTokens(const Document& document, const TextLayout& layout,
                               const Tokenizer& tokenizer, const SliceReader& read_slice)
    : text_(document.text) {
  std::string_view text = document.text;
  // Room for the most there can be (a token per byte of the sentences; a
  // slice per sentence and per 64 KiB), so neither list is ever copied while
  // it grows: a 50 MB file would hold both copies at once. Pages that are
  // never written are never resident, so the unused room costs address
  // space, not memory.
  size_t sentence_bytes = 0;
  for (const Span& sentence : layout.sentences) sentence_bytes += sentence.size();
  tokens_.reserve(sentence_bytes);
  slices_.reserve(layout.sentences.size() + sentence_bytes / kSliceBytes + 1);
  std::vector<Token> slice;  // one list for every slice's tokens
  slice.reserve(64);         // a long sentence's, at once
  for (size_t s = 0; s < layout.sentences.size(); ++s) {
    const Span& whole = layout.sentences[s];
    for (size_t begin = whole.begin; begin < whole.end;) {
      size_t end = std::min(whole.end, begin + kSliceBytes);
      while (end < whole.end && text[end] != ' ' && end - begin < 2 * kSliceBytes) ++end;
      while (end < whole.end && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      tokenizer.TokenizeInto(text.substr(begin, end - begin), begin, &slice);
      slices_.push_back({s, tokens_.size(), tokens_.size() + slice.size(), {begin, end}});
      // Room for the slice's tokens at once (reserved above), then each
      // stored by a write through a pointer: a push_back's checks were most
      // of the cost of this loop, which sees every token of the document.
      const size_t first = tokens_.size();
      tokens_.resize(first + slice.size());
      StoredToken* stored = tokens_.data() + first;
      for (const Token& token : slice) {
        // A slice is at most 128 KiB and 3 bytes, so its offsets fit.
        const size_t whole = token.span.end - token.span.begin;
        const auto size = static_cast<uint32_t>(std::min<size_t>(whole, kLongToken));
        if (size == kLongToken) {
          long_tokens_.push_back({static_cast<size_t>(stored - tokens_.data()), whole});
        }
        *stored++ = {static_cast<uint32_t>(token.span.begin - begin), size, token.word ? 1U : 0U,
                     token.capitalized ? 1U : 0U};
      }
      if (read_slice) read_slice(slices_.back(), &slice);
      begin = end;
    }
  }
}

size_t DocumentTokens::SizeOf(const StoredToken& stored) const {
  if (stored.size != kLongToken) return stored.size;
  const size_t index = static_cast<size_t>(&stored - tokens_.data());
  auto it = std::lower_bound(long_tokens_.begin(), long_tokens_.end(), index,
                             [](const LongToken& t, size_t i) { return t.index < i; });
  return it->size;
}

Token DocumentTokens::Expand(const Slice& slice, const StoredToken& stored) const {
  const size_t begin = slice.span.begin + stored.offset;
  const size_t size = SizeOf(stored);
  // Unchecked: the offsets were taken from this text, and substr's check
  // was a measurable share of the copy loop in In.
  return {{begin, begin + size},
          std::string_view(text_.data() + begin, size),
          stored.word != 0,
          stored.capitalized != 0};
}

std::vector<Token> DocumentTokens::In(Span span) const {
  std::vector<Token> out;
  In(span, &out);
  return out;
}

void DocumentTokens::In(Span span, std::vector<Token>* into) const {
  std::vector<Token>& out = *into;
  out.clear();
  // Slices are in text order and do not overlap; tokens lie inside their
  // slice. The slices the span touches: from the first that ends after
  // span.begin to the last that starts before span.end.
  auto first = std::upper_bound(slices_.begin(), slices_.end(), span.begin,
                                [](size_t pos, const Slice& s) { return pos < s.span.end; });
  auto last = std::lower_bound(first, slices_.end(), span.end,
                               [](const Slice& s, size_t pos) { return s.span.begin < pos; });
  if (first == last) return;
  // Every slice strictly between the first and the last lies inside the
  // span, so the span's tokens are one range of tokens_: from the first
  // token of the first slice that ends after span.begin to the last token
  // of the last slice that starts before span.end. Sized once: this runs
  // for every attribution window and quote.
  const Slice& back = *(last - 1);
  const auto first_begin = tokens_.begin() + static_cast<std::ptrdiff_t>(first->first);
  const auto begin = std::upper_bound(
      first_begin, tokens_.begin() + static_cast<std::ptrdiff_t>(first->last), span.begin,
      [this, base = first->span.begin](size_t pos, const StoredToken& t) {
        return pos < base + t.offset + SizeOf(t);
      });
  const auto back_begin =
      &back == &*first ? begin : tokens_.begin() + static_cast<std::ptrdiff_t>(back.first);
  const auto end = std::lower_bound(
      back_begin, tokens_.begin() + static_cast<std::ptrdiff_t>(back.last), span.end,
      [base = back.span.begin](const StoredToken& t, size_t pos) { return base + t.offset < pos; });
  const size_t begin_index = static_cast<size_t>(begin - tokens_.begin());
  const size_t end_index = static_cast<size_t>(end - tokens_.begin());
  if (begin_index >= end_index) return;
  // Room once, then each token built in place (a resize would set every
  // token first, only for the loop to overwrite it).
  out.reserve(end_index - begin_index);
  for (auto slice = first; slice != last; ++slice) {
    const size_t from = std::max(begin_index, slice->first);
    const size_t to = std::min(end_index, slice->last);
    for (size_t i = from; i < to; ++i) out.push_back(Expand(*slice, tokens_[i]));
  }
  // A token cut by the span's edge (a pattern group that ends before "'s",
  // a window capped inside a word) keeps only its part inside: only the
  // first token can start before the span, only the last end after it.
  auto cut = [&span](Token& token) {
    if (token.span.begin >= span.begin && token.span.end <= span.end) return;
    size_t b = std::max(token.span.begin, span.begin);
    size_t e = std::min(token.span.end, span.end);
    token.text = token.text.substr(b - token.span.begin, e - b);
    token.span = {b, e};
    if (token.word) token.capitalized = IsUpperStart(token.text, 0);
    token.word = token.word && IsWordStart(token.text, 0);
  };
  cut(out.front());
  if (out.size() > 1) cut(out.back());
}

std::vector<Token> DocumentTokens::OutsideQuotes(Span span,
                                                 const std::vector<Quote>& quotes) const {
  std::vector<Token> out;
  OutsideQuotes(span, quotes, &out);
  return out;
}

void DocumentTokens::OutsideQuotes(Span span, const std::vector<Quote>& quotes,
                                   std::vector<Token>* into) const {
  In(span, into);
  DropQuoted(span, quotes, into);
}

void DocumentTokens::DropQuoted(Span span, const std::vector<Quote>& quotes,
                                std::vector<Token>* tokens) {
  std::vector<Token>& all = *tokens;
  auto q = std::lower_bound(quotes.begin(), quotes.end(), span.begin,
                            [](const Quote& quote, size_t pos) { return quote.span.end <= pos; });
  // Most sentences hold no quote: nothing to leave out.
  if (q == quotes.end() || q->span.begin >= span.end) return;
  // Kept in place: one list, not a second one.
  size_t kept = 0;
  for (const Token& token : all) {
    while (q != quotes.end() && q->span.end <= token.span.begin) ++q;
    bool inside = q != quotes.end() && q->span.begin <= token.span.begin;
    if (!inside) all[kept++] = token;
  }
  all.resize(kept);
}

}  // namespace qa
