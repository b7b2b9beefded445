// Text helpers shared by the phrase checks (vague-source, unsourced-claim):
// which spans to search, which spans lie inside quotes, the words next to a
// match, and short excerpts for messages. Offsets are bytes into
// Document::text (and so into the original file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "core/span.h"

namespace qa {

// The units a phrase check searches one at a time: the scan's sentences when
// the attributor filled them, else the document's paragraphs, else the whole
// text. A match never crosses a unit boundary.
std::vector<Span> SearchUnits(const Document& document, const ScanResult& scan);

// Answers "does any member overlap / cover this span?" in O(log n). Members
// may overlap each other.
class SpanSet {
 public:
  SpanSet() = default;
  explicit SpanSet(std::vector<Span> spans);
  bool Overlaps(Span span) const;
  bool Covers(Span span) const;  // one member contains all of `span`
  bool empty() const { return spans_.empty(); }

 private:
  std::vector<Span> spans_;      // sorted by begin
  std::vector<size_t> max_end_;  // max end over spans_[0..i]
};

// Whether a quote is one whose words belong to a speaker (direct or
// partial), as opposed to scare quotes and titles.
bool IsSpokenQuote(const Quote& quote);

// The spans of the spoken quotes: words an editor cannot reword.
SpanSet SpokenQuoteSpans(const ScanResult& scan);

// Word helpers, in their own namespace because scan/ has its own versions
// of such small functions under the same names.
namespace check_text {

// The word ending right before `pos`, separated from it only by spaces,
// tabs or line breaks, starting at or after `floor`. Empty when punctuation
// (other than an apostrophe, hyphen or dot inside the word) intervenes or no
// word is there. Words are runs of letters, digits, ' ’ - and .
Span WordBefore(std::string_view text, size_t pos, size_t floor);
// The word starting after `pos` past whitespace only, ending before `limit`.
Span WordAfter(std::string_view text, size_t pos, size_t limit);

bool StartsWithCapital(std::string_view word);  // ASCII A-Z

// `text` with whitespace runs collapsed to one space, cut after about
// `max_code_points` code points (never inside a UTF-8 sequence) with "…".
std::string ShortExcerpt(std::string_view text, size_t max_code_points);

}  // namespace check_text

}  // namespace qa
