#include "scan/speaker_tag.h"

#include <algorithm>
#include <string>

namespace qa {
namespace {

constexpr size_t kVerbWords = 4;  // the verb comes early: ", said X", ", the mayor said"
constexpr size_t kMaxWords = 14;  // the whole clause, an apposition included
constexpr size_t kMaxTail = 160;  // bytes from the last comma looked at to the end

// Whether the clause [begin, end) is short, free of quote marks and has a
// speech verb among its first words.
bool IsTagClause(std::string_view text, size_t begin, size_t end, const PhraseSet& verbs) {
  size_t words = 0;
  bool has_verb = false;
  std::string word;
  for (size_t i = begin; i <= end; ++i) {
    const char c = i < end ? text[i] : ' ';
    if (c == ' ' || c == ',') {
      if (!word.empty()) {
        ++words;
        if (words <= kVerbWords) has_verb |= verbs.Contains(word);
        word.clear();
      }
      continue;
    }
    if (c == '"') return false;  // a double mark: not a bare tag (’ may be an apostrophe)
    if (c == '\xE2' && i + 2 < end && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x9C' || text[i + 2] == '\x9D')) {
      return false;
    }
    word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return has_verb && words <= kMaxWords;
}

}  // namespace

size_t SpeakerTagStart(std::string_view text, Span span, const PhraseSet& speech_verbs) {
  size_t end = std::min(span.end, text.size());
  while (end > span.begin && text[end - 1] == ' ') --end;
  if (end <= span.begin || text[end - 1] != '.') return std::string_view::npos;
  const size_t floor = end - span.begin > kMaxTail ? end - kMaxTail : span.begin;
  for (size_t comma = end - 1; comma > floor; --comma) {
    if (text[comma - 1] != ',') continue;
    if (IsTagClause(text, comma, end - 1, speech_verbs)) return comma;
  }
  return std::string_view::npos;
}

}  // namespace qa
