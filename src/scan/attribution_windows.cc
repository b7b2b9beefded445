#include "scan/attribution_windows.h"

#include <algorithm>

#include "core/text.h"
#include "scan/quote_marks.h"

namespace qa {
namespace {

// Windows never reach further than this from the quote: attribution is
// local, and the cap keeps a 50 MB one-sentence file linear.
constexpr size_t kWindowBytes = 480;

bool IsClausePunctuation(char c) {
  return c == ',' || c == '.' || c == '?' || c == '!' || c == ';';
}

bool EndsClause(std::string_view text, const Quote& quote, Span after) {
  size_t i = TrimTrailingClosers(text, quote.inner.begin, quote.inner.end);
  if (i > quote.inner.begin && IsClausePunctuation(text[i - 1])) return true;
  size_t j = after.begin;
  while (j < after.end && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r')) ++j;
  if (j >= after.end) return true;
  if (IsClausePunctuation(text[j]) || text[j] == '-') return true;
  return j + 3 <= after.end && DashLengthAt(text, j) > 0;
}

}  // namespace

Span CapBefore(std::string_view text, Span window) {
  if (window.size() <= kWindowBytes) return window;
  size_t begin = window.end - kWindowBytes;
  while (begin < window.end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  return {begin, window.end};
}

Span CapAfter(std::string_view text, Span window) {
  if (window.size() <= kWindowBytes) return window;
  size_t end = window.begin + kWindowBytes;
  while (end > window.begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return {window.begin, end};
}

size_t LeadInBegin(const TextLayout& layout, const std::vector<Quote>& quotes, size_t q) {
  const Span& sentence = layout.sentences[layout.quote_sentence[q]];
  if (q > 0 && quotes[q - 1].span.end > sentence.begin &&
      quotes[q - 1].span.end <= quotes[q].span.begin) {
    return quotes[q - 1].span.end;
  }
  return sentence.begin;
}

QuoteWindows WindowsAround(std::string_view text, const TextLayout& layout,
                           const std::vector<Quote>& quotes, size_t q) {
  const Quote& quote = quotes[q];
  size_t s = layout.quote_sentence[q];
  const Span& sentence = layout.sentences[s];
  const Span& end_sentence = layout.sentences[layout.quote_end_sentence[q]];
  size_t tail_end = end_sentence.end;
  if (q + 1 < quotes.size() && quotes[q + 1].span.begin < tail_end) {
    tail_end = quotes[q + 1].span.begin;
  }
  QuoteWindows w;
  w.after = CapAfter(text, {quote.span.end, std::max(quote.span.end, tail_end)});
  w.before = CapBefore(text, {LeadInBegin(layout, quotes, q), quote.span.begin});
  w.sentence_before = CapBefore(text, {sentence.begin, quote.span.begin});
  w.sentence_after = CapAfter(text, {quote.span.end, std::max(quote.span.end, end_sentence.end)});
  w.opens_sentence =
      sentence.begin >= quote.span.begin ||
      OnlySpaceOrPunctuation(text.substr(sentence.begin, quote.span.begin - sentence.begin));
  w.closes_sentence = OnlySpaceOrPunctuation(
      text.substr(quote.span.end, std::max(quote.span.end, end_sentence.end) - quote.span.end));
  w.opens_paragraph = w.opens_sentence && layout.OpensParagraph(s);
  size_t e = layout.quote_end_sentence[q];
  w.closes_paragraph =
      w.closes_sentence && (e + 1 >= layout.sentences.size() || layout.OpensParagraph(e + 1));
  // A quote that stops mid-sentence ("it was "a blunder" to close") has no
  // cue right after it.
  w.ends_clause = EndsClause(text, quote, w.after);
  return w;
}

}  // namespace qa
