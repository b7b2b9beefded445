#include "checks/check_text.h"

#include <algorithm>

#include "core/text.h"

namespace qa {
namespace {

bool IsAsciiWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
         c == '-' || c == '.';
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Length of the UTF-8 sequence led by `lead` (1 for ASCII or a stray byte).
size_t SequenceLength(char lead) {
  unsigned char b = static_cast<unsigned char>(lead);
  if (b >= 0xF0) return 4;
  if (b >= 0xE0) return 3;
  if (b >= 0xC0) return 2;
  return 1;
}

// Non-ASCII characters that end a word: quote marks other than the
// apostrophe ’, dashes, no-break space, ellipsis, guillemets, CJK brackets.
bool IsNonWordSequence(std::string_view seq) {
  static constexpr std::string_view kBreaks[] = {
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x9E", "\xE2\x80\x93",
      "\xE2\x80\x94", "\xE2\x80\xA6", "\xE2\x80\xB9", "\xE2\x80\xBA", "\xC2\xA0",
      "\xC2\xAB",     "\xC2\xBB",     "\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8E",
      "\xE3\x80\x8F", "\xE2\x80\xAF", "\xE3\x80\x80"};
  for (std::string_view b : kBreaks) {
    if (seq == b) return true;
  }
  return false;
}

// Length of the word character at `i`, or 0 if the character there is not
// part of a word.
size_t WordCharLength(std::string_view text, size_t i) {
  char c = text[i];
  if (static_cast<unsigned char>(c) < 0x80) return IsAsciiWordChar(c) ? 1 : 0;
  size_t len = std::min(SequenceLength(c), text.size() - i);
  return IsNonWordSequence(text.substr(i, len)) ? 0 : len;
}

}  // namespace

std::vector<Span> SearchUnits(const Document& document, const ScanResult& scan) {
  if (!scan.sentences.empty()) return scan.sentences;
  if (!document.paragraphs.empty()) return document.paragraphs;
  if (document.text.empty()) return {};
  return {Span{0, document.text.size()}};
}

SpanSet::SpanSet(std::vector<Span> spans) : spans_(std::move(spans)) {
  std::sort(spans_.begin(), spans_.end(), [](Span a, Span b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
  });
  max_end_.reserve(spans_.size());
  size_t max_end = 0;
  for (Span s : spans_) {
    max_end = std::max(max_end, s.end);
    max_end_.push_back(max_end);
  }
}

bool SpanSet::Overlaps(Span span) const {
  // Members starting before span.end; one of them must end after span.begin.
  auto it = std::lower_bound(spans_.begin(), spans_.end(), span.end,
                             [](Span s, size_t pos) { return s.begin < pos; });
  size_t count = static_cast<size_t>(it - spans_.begin());
  return count > 0 && max_end_[count - 1] > span.begin;
}

bool SpanSet::Covers(Span span) const {
  auto it = std::upper_bound(spans_.begin(), spans_.end(), span.begin,
                             [](size_t pos, Span s) { return pos < s.begin; });
  size_t count = static_cast<size_t>(it - spans_.begin());
  return count > 0 && max_end_[count - 1] >= span.end;
}

bool IsSpokenQuote(const Quote& quote) {
  return quote.kind == QuoteKind::kDirect || quote.kind == QuoteKind::kPartial;
}

SpanSet SpokenQuoteSpans(const ScanResult& scan) {
  std::vector<Span> spans;
  spans.reserve(scan.quotes.size());
  for (const Quote& quote : scan.quotes) {
    if (IsSpokenQuote(quote)) spans.push_back(quote.span);
  }
  return SpanSet(std::move(spans));
}

namespace check_text {

Span WordBefore(std::string_view text, size_t pos, size_t floor) {
  pos = std::min(pos, text.size());
  size_t end = pos;
  while (end > floor && IsAsciiSpace(text[end - 1])) --end;
  size_t begin = end;
  while (begin > floor) {
    size_t start = begin - 1;
    while (start > floor && IsContinuation(text[start])) --start;
    size_t len = WordCharLength(text, start);
    if (len == 0 || start + len != begin) break;
    begin = start;
  }
  return Span{begin, end};
}

Span WordAfter(std::string_view text, size_t pos, size_t limit) {
  limit = std::min(limit, text.size());
  size_t begin = pos;
  while (begin < limit && IsAsciiSpace(text[begin])) ++begin;
  size_t end = begin;
  while (end < limit) {
    size_t len = WordCharLength(text, end);
    if (len == 0 || end + len > limit) break;
    end += len;
  }
  return Span{begin, end};
}

bool StartsWithCapital(std::string_view word) {
  return !word.empty() && word.front() >= 'A' && word.front() <= 'Z';
}

std::string ShortExcerpt(std::string_view text, size_t max_code_points) {
  // Prefer to cut at a space when one is near the limit, so no word is
  // left half-written.
  constexpr size_t kWordSlack = 20;
  std::string out;
  // Room for the excerpt as long as it can be (four bytes a code point, the
  // ellipsis), or the whole text if that is shorter: one allocation.
  out.reserve(std::min(text.size(), 4 * max_code_points) + 3);
  size_t code_points = 0;
  size_t last_space = std::string::npos;  // byte length of `out` before it
  size_t code_points_at_space = 0;
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    if (IsAsciiSpace(text[i])) {
      pending_space = !out.empty();
      ++i;
      continue;
    }
    if (code_points >= max_code_points) {
      if (last_space != std::string::npos && code_points - code_points_at_space < kWordSlack) {
        out.resize(last_space);
      }
      out += "\xE2\x80\xA6";
      return out;
    }
    if (pending_space) {
      last_space = out.size();
      code_points_at_space = code_points;
      out += ' ';
      ++code_points;
      pending_space = false;
    }
    // The run of code points up to the next space or the limit, at once.
    size_t end = i;
    while (end < text.size() && !IsAsciiSpace(text[end]) && code_points < max_code_points) {
      end += std::min(SequenceLength(text[end]), text.size() - end);
      ++code_points;
    }
    out.append(text.data() + i, end - i);
    i = end;
  }
  return out;
}

}  // namespace check_text

}  // namespace qa
