#include "io/paragraph_splitter.h"

#include "core/text.h"

namespace qa {
namespace {

// The trimmed content of one line, and whether a blank line came between it
// and the previous content line.
struct ContentLine {
  Span span;
  bool after_blank = false;
};

std::vector<ContentLine> ContentLines(std::string_view text) {
  std::vector<ContentLine> lines;
  bool seen_blank = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    size_t first = start, last = end;
    while (first < last && IsAsciiBlank(text[first])) ++first;
    while (last > first && IsAsciiBlank(text[last - 1])) --last;
    if (first < last) {
      lines.push_back({{first, last}, seen_blank && !lines.empty()});
      seen_blank = false;
    } else if (end < text.size()) {
      seen_blank = true;  // a whitespace-only line, not the empty tail after a final newline
    }
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::vector<Span> SplitParagraphs(std::string_view text) {
  std::vector<ContentLine> lines = ContentLines(text);
  bool has_blank_separator = false;
  for (const ContentLine& line : lines) has_blank_separator |= line.after_blank;
  std::vector<Span> paragraphs;
  for (const ContentLine& line : lines) {
    if (has_blank_separator && !line.after_blank && !paragraphs.empty()) {
      paragraphs.back().end = line.span.end;  // a wrapped line of the same paragraph
    } else {
      paragraphs.push_back(line.span);
    }
  }
  return paragraphs;
}

}  // namespace qa
