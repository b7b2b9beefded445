#include "core/finding_fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace qa {
namespace {

constexpr size_t kContextWords = 3;

// FNV-1a, 64 bit: stable across compilers and runs, which std::hash is not.
class Hash {
 public:
  void Byte(unsigned char byte) {
    value_ ^= byte;
    value_ *= 0x100000001b3ULL;
  }
  // Normalised: ASCII lower-cased, whitespace runs as one space, leading and
  // trailing whitespace dropped.
  void Text(std::string_view text) {
    bool pending_space = false;
    bool any = false;
    for (char c : text) {
      if (IsAsciiSpace(c) || c == '\0') {
        pending_space = any;
        continue;
      }
      if (pending_space) Byte(' ');
      pending_space = false;
      any = true;
      Byte(static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    Byte(0);  // field separator
  }
  uint64_t value() const { return value_; }

 private:
  uint64_t value_ = 0xcbf29ce484222325ULL;
};

// The paragraph that holds `offset` (or the whole text when none does).
// Paragraphs are in order, so this is a binary search: a 50 MB document with
// many findings stays linear.
Span ParagraphAround(const Document& document, size_t offset) {
  const std::vector<Span>& paragraphs = document.paragraphs;
  auto after = std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                                [](size_t at, Span paragraph) { return at < paragraph.begin; });
  if (after != paragraphs.begin() && offset <= std::prev(after)->end) return *std::prev(after);
  return {0, document.text.size()};
}

// Up to `words` whitespace-separated words before `at`, not before `limit`.
std::string_view WordsBefore(std::string_view text, size_t at, size_t limit, size_t words) {
  size_t begin = at;
  size_t seen = 0;
  while (begin > limit && seen < words) {
    while (begin > limit && IsAsciiSpace(text[begin - 1])) --begin;
    if (begin == limit) break;
    while (begin > limit && !IsAsciiSpace(text[begin - 1])) --begin;
    ++seen;
  }
  return text.substr(begin, at - begin);
}

std::string_view WordsAfter(std::string_view text, size_t at, size_t limit, size_t words) {
  size_t end = at;
  size_t seen = 0;
  while (end < limit && seen < words) {
    while (end < limit && IsAsciiSpace(text[end])) ++end;
    if (end == limit) break;
    while (end < limit && !IsAsciiSpace(text[end])) ++end;
    ++seen;
  }
  return text.substr(at, end - at);
}

std::string Hex(uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<size_t>(i)] = kDigits[value & 15];
  return out;
}

}  // namespace

void FingerprintFindings(const Document& document, std::span<Finding> findings) {
  std::string_view text = document.text;
  std::map<uint64_t, size_t> seen;
  for (Finding& finding : findings) {
    Span span{std::min(finding.span.begin, text.size()), std::min(finding.span.end, text.size())};
    if (span.end < span.begin) span.end = span.begin;
    Span paragraph = ParagraphAround(document, span.begin);
    size_t context_begin = std::min(paragraph.begin, span.begin);
    size_t context_end = std::max(paragraph.end, span.end);
    Hash hash;
    hash.Text(finding.rule);
    hash.Text(text.substr(span.begin, span.size()));
    hash.Text(WordsBefore(text, span.begin, context_begin, kContextWords));
    hash.Text(WordsAfter(text, span.end, context_end, kContextWords));
    size_t occurrence = ++seen[hash.value()];
    finding.fingerprint = Hex(hash.value()) + ":" + std::to_string(occurrence);
  }
}

}  // namespace qa
