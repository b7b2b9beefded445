#include "checks/sentence_lexicons.h"

#include <span>
#include <string_view>

#include "checks/check_text.h"

namespace qa {

void SentenceLexicons::Read(const LexiconGate& gate) const {
  gate_ = &gate;
  units_ = SearchUnits(document_, scan_);
  hits_.clear();
  first_.assign(1, 0);
  readable_.assign(units_.size(), true);
  const std::string_view text = document_.text;
  for (size_t u = 0; u < units_.size(); ++u) {
    const Span unit = units_[u];
    if (unit.begin <= unit.end && unit.end <= text.size()) {
      readable_[u] = gate.ReadHits(text.substr(unit.begin, unit.size()), &hits_);
    }
    first_.push_back(static_cast<uint32_t>(hits_.size()));
  }
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

}  // namespace qa
