#include "report/excerpt.h"

#include <algorithm>

#include "core/utf8.h"

namespace qa {
namespace {

constexpr std::string_view kEllipsis = "\u2026";
constexpr std::string_view kReplacement = "\uFFFD";
// A cut moves back to the last space when that loses at most this many
// code points.
constexpr size_t kWordBoundarySlack = 20;

// True for the valid sequence bytes[i, i+length) when it is whitespace or a
// control character: ASCII blanks and controls, NBSP, the U+2000..U+200A
// spaces, line and paragraph separators, narrow NBSP, ideographic space.
bool IsBlank(std::string_view bytes, size_t i, size_t length) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
  if (length == 1) return b(0) <= 0x20 || b(0) == 0x7F;
  if (length == 2) return b(0) == 0xC2 && b(1) == 0xA0;
  if (length == 3 && b(0) == 0xE2 && b(1) == 0x80) {
    return b(2) <= 0x8A || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF;
  }
  return length == 3 && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80;
}

// Printable ASCII other than the space: one code point, never blank.
bool IsPlainAscii(char c) { return c > 0x20 && c < 0x7F; }

}  // namespace

std::string Excerpt(std::string_view bytes, Span span, size_t max_code_points) {
  size_t end = std::min(span.end, bytes.size());
  size_t begin = std::min(span.begin, end);
  // Sequences must not run past the span's end.
  std::string_view view = bytes.substr(0, end);
  std::string out;
  // At most the budget's code points of four bytes and an ellipsis: room at
  // once, not a doubling series for every finding.
  out.reserve(std::min(end - begin, 4 * max_code_points) + kEllipsis.size());
  size_t count = 0;  // code points in `out`
  bool pending_space = false;
  size_t last_space = std::string::npos, count_at_last_space = 0;
  bool truncated = false;
  for (size_t i = begin; i < end;) {
    if (view[i] == ' ') {  // the blank between most words, without decoding it
      pending_space = !out.empty();
      ++i;
      continue;
    }
    const bool plain = IsPlainAscii(view[i]);
    const size_t length = plain ? 1 : ValidUtf8Length(view, i);
    if (!plain && length > 0 && IsBlank(view, i, length)) {
      pending_space = !out.empty();
      i += length;
      continue;
    }
    if (count + (pending_space ? 2 : 1) > max_code_points) {
      truncated = true;
      break;
    }
    if (pending_space) {
      last_space = out.size();
      count_at_last_space = count;
      out += ' ';
      ++count;
      pending_space = false;
    }
    if (plain) {
      // A run of printable ASCII, a code point a byte: appended at once, as
      // far as the budget allows.
      size_t run_end = i + 1;
      while (run_end < end && count + 1 + (run_end - i) <= max_code_points &&
             IsPlainAscii(view[run_end])) {
        ++run_end;
      }
      out.append(view.data() + i, run_end - i);
      count += run_end - i;
      i = run_end;
      continue;
    }
    if (length == 0) {
      out += kReplacement;
      for (++i; i < end && ValidUtf8Length(view, i) == 0;) ++i;
    } else {
      out.append(view.substr(i, length));
      i += length;
    }
    ++count;
  }
  if (truncated) {
    if (last_space != std::string::npos && count_at_last_space + kWordBoundarySlack >= count) {
      out.resize(last_space);
    }
    out += kEllipsis;
  }
  return out;
}

size_t DisplayWidth(std::string_view utf8) { return CodePointStarts(utf8); }

}  // namespace qa
