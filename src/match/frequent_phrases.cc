#include "match/frequent_phrases.h"

#include <atomic>
#include <set>

namespace qa {
namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A phrase's first word as the gate reads words (ASCII letters, digits and
// '_'), lower-cased; empty when it has none.
std::string FirstWord(std::string_view phrase) {
  size_t begin = 0;
  while (begin < phrase.size() && !IsWordByte(phrase[begin])) ++begin;
  std::string word;
  for (size_t i = begin; i < phrase.size() && IsWordByte(phrase[i]); ++i) {
    const char c = phrase[i];
    word += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return word;
}

}  // namespace

FrequentPhrases::FrequentPhrases()
    : id_([] {
        static std::atomic<uint64_t> next{1};
        return next.fetch_add(1, std::memory_order_relaxed);
      }()) {}

std::shared_ptr<const FrequentPhrases> FrequentPhrases::Of(
    const std::vector<std::string>& phrases) {
  if (!Cuts(phrases.size())) return nullptr;
  std::set<std::string> opening;
  for (size_t i = 0; i < kFrequent; ++i) opening.insert(FirstWord(phrases[i]));
  std::shared_ptr<FrequentPhrases> cut(new FrequentPhrases());
  std::vector<std::string> others;
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string first = FirstWord(phrases[i]);
    // A phrase without a word is never cut: the gate could not rule it out.
    if (i < kFrequent || first.empty() || opening.contains(first)) {
      cut->frequent_.push_back(phrases[i]);
    } else {
      others.push_back(phrases[i]);
    }
  }
  cut->others_bit_ = cut->gate_.Add(others);
  cut->all_bit_ = cut->gate_.Add(phrases);
  return cut;
}

FrequentPhrases::Answers FrequentPhrases::Read(std::string_view text) const {
  thread_local uint64_t last_cut = 0;
  thread_local std::string last_text;
  thread_local Answers last_answers;
  if (last_cut == id_ && text == last_text) return last_answers;
  const uint32_t found = gate_.MayOccur(text);
  last_answers = {(found & others_bit_) != 0, (found & all_bit_) != 0};
  last_cut = id_;
  last_text.assign(text);
  return last_answers;
}

bool FrequentPhrases::MayHoldOthers(std::string_view text) const { return Read(text).others; }

bool FrequentPhrases::MayHoldAny(std::string_view text) const { return Read(text).any; }

}  // namespace qa
