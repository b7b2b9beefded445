#include "checks/word_gap.h"

#include <algorithm>
#include <array>

namespace qa {
namespace {

bool IsWordByte(char c) { return LexiconGate::IsWordByte(static_cast<unsigned char>(c)); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

WordGap::WordGap(const LexiconGate& gate, const Shape& shape)
    : gate_(gate),
      opens_(shape.opens),
      closes_(shape.closes),
      ly_words_(shape.ly_words),
      most_words_(shape.most_words) {
  usable_ = opens_ != 0 && closes_ != 0 && !gate_.MayOccurAnywhere(opens_ | closes_);
  for (const std::vector<std::string>* phrases : shape.between) {
    for (const std::string& phrase : *phrases) {
      for (size_t i = 0; i < phrase.size();) {
        if (!IsWordByte(phrase[i])) {
          ++i;
          continue;
        }
        std::string word;
        for (; i < phrase.size() && IsWordByte(phrase[i]); ++i) {
          word.push_back(Lower(phrase[i]));
        }
        longest_word_ = std::max(longest_word_, word.size());
        words_.insert(std::move(word));
      }
    }
  }
}

size_t WordGap::WordsBesideFiled(const std::vector<std::string>& phrases) {
  const size_t most = LexiconGate::MostWords(phrases);
  return most == 0 ? 0 : most - 1;
}

bool WordGap::Between(std::string_view word) const {
  if (ly_words_ && word.size() > 2 && Lower(word[word.size() - 2]) == 'l' &&
      Lower(word.back()) == 'y') {
    return true;
  }
  if (word.size() > longest_word_) return false;
  constexpr size_t kLongest = 64;
  std::array<char, kLongest> lower;
  if (word.size() > kLongest) return true;  // not looked up: taken as one of them
  std::transform(word.begin(), word.end(), lower.begin(), Lower);
  return words_.contains(std::string_view(lower.data(), word.size()));
}

bool WordGap::MayMatch(std::string_view text, std::span<const LexiconGate::Hit> hits) const {
  if (!usable_) return true;
  for (size_t h = 0; h < hits.size(); ++h) {
    if ((gate_.LexiconsOf(hits[h]) & opens_) == 0) continue;
    // The words after it, up to a closing hit: each must be one that may
    // stand between, and no more of them than may.
    size_t next = h + 1;  // the first hit not yet passed
    size_t pos = hits[h].end;
    for (size_t words = 0;; ++words) {
      while (pos < text.size() && !IsWordByte(text[pos])) ++pos;
      if (pos == text.size()) break;
      const size_t begin = pos;
      while (pos < text.size() && IsWordByte(text[pos])) ++pos;
      while (next < hits.size() && hits[next].begin < begin) ++next;
      if (next < hits.size() && hits[next].begin == begin &&
          (gate_.LexiconsOf(hits[next]) & closes_) != 0) {
        return true;
      }
      if (words == most_words_ || !Between(text.substr(begin, pos - begin))) break;
    }
  }
  return false;
}

}  // namespace qa
