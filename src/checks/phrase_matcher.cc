#include "checks/phrase_matcher.h"

#include <algorithm>

namespace qa {

void PhraseMatcher::Add(std::string_view phrase, int tag) {
  const std::vector<Word> words = SplitWords(phrase);
  if (words.empty()) return;
  Entry entry;
  entry.tag = tag;
  for (const Word& word : words) entry.words.push_back(word.hash);
  const size_t bit = FirstWordBit(entry.words.front());
  first_word_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  std::vector<Entry>& entries = by_first_word_[entry.words.front()];
  for (const Entry& existing : entries) {
    if (existing.words == entry.words) return;  // the first tag wins
  }
  entries.push_back(std::move(entry));
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

bool PhraseMatcher::MatchAt(std::span<const Word> words, size_t at, Hit* hit) const {
  if (at >= words.size()) return false;
  const size_t bit = FirstWordBit(words[at].hash);
  if ((first_word_bits_[bit / 64] >> (bit % 64) & 1) == 0) return false;
  auto it = by_first_word_.find(words[at].hash);
  if (it == by_first_word_.end()) return false;
  for (const Entry& entry : it->second) {
    if (at + entry.words.size() > words.size()) continue;
    bool same = true;
    for (size_t k = 1; k < entry.words.size() && same; ++k) {
      same = words[at + k].hash == entry.words[k];
    }
    if (same) {
      *hit = Hit{at, entry.words.size(), entry.tag};
      return true;
    }
  }
  return false;
}

std::vector<PhraseMatcher::Hit> PhraseMatcher::FindAll(std::span<const Word> words) const {
  std::vector<Hit> hits;
  Hit hit;
  for (size_t i = 0; i < words.size(); ++i) {
    // The first word's bit here, in the loop: most words open no phrase,
    // and this runs for every word of every short paragraph.
    const size_t bit = FirstWordBit(words[i].hash);
    if ((first_word_bits_[bit / 64] >> (bit % 64) & 1) == 0) continue;
    if (MatchAt(words, i, &hit)) hits.push_back(hit);
  }
  return hits;
}

}  // namespace qa
