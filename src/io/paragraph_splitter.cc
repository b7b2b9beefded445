#include "io/paragraph_splitter.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "core/utf8.h"

namespace qa {
namespace {

// Lines longer than this (in code points) are not hard-wrapped: no wrapping
// tool wraps prose wider, so the newline after such a line is deliberate.
constexpr size_t kWrapLimit = 100;

// The trimmed content of one line, and whether a blank line came between it
// and the previous content line.
struct ContentLine {
  Span span;
  bool after_blank = false;
  size_t width = 0;  // code points: set only where compared (WidthOf)
};

// ASCII blanks and the no-break space (C2 A0) that CMS exports leave on
// otherwise empty lines.
size_t SkipBlanksForward(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    if (IsAsciiBlank(text[i])) {
      ++i;
    } else if (i + 1 < end && text[i] == '\xC2' && text[i + 1] == '\xA0') {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

size_t SkipBlanksBackward(std::string_view text, size_t begin, size_t i) {
  while (i > begin) {
    if (IsAsciiBlank(text[i - 1])) {
      --i;
    } else if (i >= begin + 2 && text[i - 2] == '\xC2' && text[i - 1] == '\xA0') {
      i -= 2;
    } else {
      break;
    }
  }
  return i;
}

// A line's width in code points. A line of more than four bytes a code point
// past the wrap limit is wider than it however its bytes decode: its exact
// width is never compared, only that it is over the limit.
size_t WidthOf(std::string_view text, Span line) {
  const size_t bytes = line.size();
  return bytes > 4 * kWrapLimit ? bytes : CodePointStarts(text.substr(line.begin, bytes));
}

std::vector<ContentLine> ContentLines(std::string_view text) {
  std::vector<ContentLine> lines;
  lines.reserve(text.size() / 64 + 2);  // as LineIndex's
  bool seen_blank = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (SkipBlanksForward(text, start, end) < end) {
      // Spans stay trimmed of ASCII blanks only, as before; a no-break space
      // is text.
      size_t first = start, last = end;
      while (first < last && IsAsciiBlank(text[first])) ++first;
      while (last > first && IsAsciiBlank(text[last - 1])) --last;
      lines.push_back({{first, last}, seen_blank && !lines.empty()});
      seen_blank = false;
    } else if (end < text.size()) {
      seen_blank = true;  // a whitespace-only line, not the empty tail after a final newline
    }
    start = end + 1;
  }
  return lines;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// A line that ends a sentence: . ? ! or an ellipsis, or a closing quote mark.
bool EndsSentence(std::string_view line) {
  if (line.empty()) return false;
  char last = line.back();
  if (last == '.' || last == '?' || last == '!' || last == '"') return true;
  for (std::string_view mark : {"\xE2\x80\xA6", "\xE2\x80\x9D", "\xC2\xBB"})  // … ” »
    if (EndsWith(line, mark)) return true;
  return false;
}

bool OpensQuote(std::string_view line) {
  if (!line.empty() && line[0] == '"') return true;
  for (std::string_view mark : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\xE2\x80\x9E"})
    if (StartsWith(line, mark)) return true;  // “ ‘ « „
  return false;
}

// A line that opens a new unit whatever came before: a quote mark, a dash or
// a bullet.
bool OpensUnit(std::string_view line) {
  if (OpensQuote(line)) return true;
  if (StartsWith(line, "- ") || StartsWith(line, "* ")) return true;
  for (std::string_view mark : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "\xE2\x80\xA2"})
    if (StartsWith(line, mark)) return true;  // — – ― •
  return false;
}

// Double quote marks seen so far in a paragraph: whether one is still open.
// Single marks are left out: they are mostly apostrophes.
struct QuoteBalance {
  bool straight_open = false;
  int curly_depth = 0;

  void Add(std::string_view line) {
    for (size_t i = 0; i < line.size(); ++i) {
      i = SkipPlainAscii(line, i, '"');
      if (i >= line.size()) break;
      char c = line[i];
      if (c == '"') {
        straight_open = !straight_open;
      } else if (c == '\xE2' && i + 2 < line.size() && line[i + 1] == '\x80') {
        if (line[i + 2] == '\x9C' || line[i + 2] == '\x9E') ++curly_depth;  // “ „
        if (line[i + 2] == '\x9D' && curly_depth > 0) --curly_depth;        // ”
      } else if (c == '\xC2' && i + 1 < line.size()) {
        if (line[i + 1] == '\xAB') ++curly_depth;                     // «
        if (line[i + 1] == '\xBB' && curly_depth > 0) --curly_depth;  // »
      }
    }
  }
  bool Open() const { return straight_open || curly_depth > 0; }

  // Whether `line` closes the quote left open: a straight mark left open and
  // an odd number of them in the line, or a ” or » before any new opening.
  bool ClosedBy(std::string_view line) const {
    QuoteBalance next;
    next.Add(line);
    if (straight_open && next.straight_open) return true;
    if (curly_depth == 0) return false;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
      if (line[i] == '\xC2' && line[i + 1] == '\xBB') return true;
      if (line[i] == '\xC2' && line[i + 1] == '\xAB') return false;
      if (line[i] == '\xE2' && i + 2 < line.size() && line[i + 1] == '\x80') {
        if (line[i + 2] == '\x9D') return true;
        if (line[i + 2] == '\x9C' || line[i + 2] == '\x9E') return false;
      }
    }
    return false;
  }
};

size_t FirstWordWidth(std::string_view line) {
  size_t end = 0;
  while (end < line.size() && !IsAsciiBlank(line[end])) ++end;
  return CodePointStarts(line.substr(0, end));
}

// Whether the newline between `prev` and `next` (lines of one blank-line
// block) starts a new paragraph. A mid-sentence wrap never does (the next
// line starts in lower case, or the previous one does not end a sentence and
// the next does not open a quote). A break after a sentence is a paragraph
// break unless the block is hard-wrapped and the previous line is full: a
// greedy wrapper would have put the next word on it had it fitted, so a
// short line before a word that fits was ended on purpose. A quote left open
// by the paragraph so far keeps the next line when that line closes it.
bool StartsParagraph(std::string_view text, const ContentLine& prev, const ContentLine& next,
                     const QuoteBalance& balance, bool block_wrapped, size_t wrap_width) {
  std::string_view before = text.substr(prev.span.begin, prev.span.size());
  before = before.substr(0, SkipBlanksBackward(before, 0, before.size()));
  std::string_view after = text.substr(next.span.begin, next.span.size());
  after = after.substr(SkipBlanksForward(after, 0, after.size()));
  if (after.empty() || (after[0] >= 'a' && after[0] <= 'z')) return false;
  if (!EndsSentence(before) && !OpensUnit(after)) return false;
  // An HTML-like tag left open (<tweet date="..." then a newline) goes on.
  const size_t angle = before.rfind('<');
  if (angle != std::string_view::npos && angle + 1 < before.size() &&
      std::isalpha(static_cast<unsigned char>(before[angle + 1])) != 0 &&
      before.find('>', angle) == std::string_view::npos) {
    return false;
  }
  // A quote still open that the next line closes goes on there (a pull
  // quote with its speaker's name on the last line).
  if (!OpensQuote(after) && balance.ClosedBy(after)) return false;
  if (!block_wrapped || prev.width > kWrapLimit) return true;
  return prev.width + 1 + FirstWordWidth(after) <= wrap_width;
}

}  // namespace

std::vector<Span> SplitParagraphs(std::string_view text) {
  std::vector<ContentLine> lines = ContentLines(text);
  bool has_blank_separator = false;
  for (const ContentLine& line : lines) has_blank_separator |= line.after_blank;
  std::vector<Span> paragraphs;
  paragraphs.reserve(lines.size());
  bool block_wrapped = true;  // every line of the current block fits a wrap width
  size_t wrap_width = 0;      // the current block's widest line
  QuoteBalance balance;       // of the current paragraph
  for (size_t i = 0; i < lines.size(); ++i) {
    const ContentLine& line = lines[i];
    if (i == 0 || line.after_blank) {
      // The widths are compared only between lines of one block (a line
      // after a blank one starts a paragraph whatever they are): a block of
      // one line, most paragraphs of most articles, is not measured.
      size_t block_end = i + 1;
      while (block_end < lines.size() && !lines[block_end].after_blank) ++block_end;
      wrap_width = 0;
      if (has_blank_separator && block_end - i > 1) {
        for (size_t j = i; j < block_end; ++j) {
          lines[j].width = WidthOf(text, lines[j].span);
          wrap_width = std::max(wrap_width, lines[j].width);
        }
      }
      block_wrapped = wrap_width <= kWrapLimit;
    }
    bool joins = has_blank_separator && !line.after_blank && !paragraphs.empty() &&
                 !StartsParagraph(text, lines[i - 1], line, balance, block_wrapped, wrap_width);
    if (joins) {
      paragraphs.back().end = line.span.end;  // a wrapped line of the same paragraph
    } else {
      paragraphs.push_back(line.span);
      balance = QuoteBalance{};
    }
    // The balance is read only for the next line of the same block: a block
    // always starts a paragraph, with a balance of its own.
    if (has_blank_separator && i + 1 < lines.size() && !lines[i + 1].after_blank) {
      balance.Add(text.substr(line.span.begin, line.span.size()));
    }
  }
  return paragraphs;
}

}  // namespace qa
