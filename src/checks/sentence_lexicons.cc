#include "checks/sentence_lexicons.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

#include "checks/check_text.h"

namespace qa {

void SentenceLexicons::Read(const LexiconGate& gate) const {
  gate_ = &gate;
  units_ = SearchUnits(document_, scan_);
  hits_.clear();
  // A filed word per 16 bytes or so: room at once for most documents.
  hits_.reserve(document_.text.size() / 16 + 8);
  first_.reserve(units_.size() + 1);
  first_.assign(1, 0);
  readable_.assign(units_.size(), true);
  const std::string_view text = document_.text;
  const bool by_words = words_ != nullptr && words_->held();
  size_t paragraph = 0;
  for (size_t u = 0; u < units_.size(); ++u) {
    const Span unit = units_[u];
    if (unit.begin <= unit.end && unit.end <= text.size() &&
        !(by_words && ReadFromWords(gate, u, &paragraph))) {
      readable_[u] = gate.ReadHits(text.substr(unit.begin, unit.size()), &hits_);
    }
    first_.push_back(static_cast<uint32_t>(hits_.size()));
  }
}

bool SentenceLexicons::ReadFromWords(const LexiconGate& gate, size_t u, size_t* paragraph) const {
  // The paragraph words read for the text-comparing checks are the gate's
  // words where they are plain (ASCII letters and digits, which end where
  // RE2's \w does) and have no '_' beside them: each is looked up as it
  // is, and only the bytes between them (spaces and punctuation, and the
  // rare word that is not plain) are read again. Reading every byte of
  // every sentence once more was a tenth of the checks' time.
  const Span unit = units_[u];
  const std::vector<Span>& paragraphs = document_.paragraphs;
  size_t& p = *paragraph;
  while (p < paragraphs.size() && paragraphs[p].end <= unit.begin) ++p;
  if (p == paragraphs.size() || unit.begin < paragraphs[p].begin || unit.end > paragraphs[p].end) {
    return false;
  }
  std::vector<Word> unused;  // held: Of reads nothing into it
  const std::span<const Word> words = words_->Of(p, &unused);
  auto it = std::lower_bound(words.begin(), words.end(), unit.begin,
                             [](const Word& word, size_t pos) { return word.span.end <= pos; });
  if (it != words.end() && it->span.begin < unit.begin) return false;  // across its start
  const size_t hits_before = hits_.size();
  const std::string_view text = document_.text;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // The bytes between plain words are mostly a space, or a comma and a
  // space: nothing the gate reads, and nothing to read them for.
  auto read_gap = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (LexiconGate::ReadsByte(bytes[i])) {
        return gate.ReadHits(text.substr(from, to - from), &hits_,
                             static_cast<uint32_t>(from - unit.begin));
      }
    }
    return true;
  };
  size_t read_to = unit.begin;  // the bytes before it are read
  bool readable = true;
  for (; it != words.end() && it->span.begin < unit.end; ++it) {
    const size_t begin = it->span.begin;
    const size_t end = it->span.end;
    if (end > unit.end) {  // across its end
      hits_.resize(hits_before);
      return false;
    }
    if (!it->plain || (begin > 0 && bytes[begin - 1] == '_') ||
        (end < text.size() && bytes[end] == '_')) {
      continue;  // read with the bytes around it
    }
    readable = read_gap(read_to, begin);
    if (!readable) break;
    gate.ReadPlainWord(text, begin, end, it->hash, unit.begin, &hits_);
    read_to = end;
  }
  if (readable) readable = read_gap(read_to, unit.end);
  readable_[u] = readable;
  return true;
}

uint32_t SentenceLexicons::MayOccur(const LexiconGate& gate, size_t index, Span unit,
                                    LexiconGate::Places* places) const {
  const std::string_view text = document_.text;
  const bool held = text.size() <= kHeldBytes;
  if (held && gate_ != &gate) Read(gate);
  if (!held || index >= units_.size() || units_[index] != unit) {
    const std::string_view unit_text = text.substr(unit.begin, unit.size());
    return places != nullptr ? gate.MayOccur(unit_text, places) : gate.MayOccur(unit_text);
  }
  const std::span<const LexiconGate::Hit> hits(hits_.data() + first_[index],
                                               first_[index + 1] - first_[index]);
  return gate.MayOccur(hits, readable_[index], places);
}

std::optional<std::span<const LexiconGate::Hit>> SentenceLexicons::Hits(const LexiconGate& gate,
                                                                        size_t index,
                                                                        Span unit) const {
  if (gate_ != &gate || index >= units_.size() || units_[index] != unit || !readable_[index]) {
    return std::nullopt;
  }
  return std::span<const LexiconGate::Hit>(hits_.data() + first_[index],
                                           first_[index + 1] - first_[index]);
}

}  // namespace qa
