#include "checks/shingle_index.h"

namespace qa {

size_t ShingleIndex::SlotOf(uint64_t shingle) const {
  // Shingle hashes are mixed (text_fingerprint.cc): their high bits index.
  const size_t mask = lists_.size() - 1;
  for (size_t slot = static_cast<size_t>(shingle >> 24) & mask;; slot = (slot + 1) & mask) {
    if (lists_[slot].head < 0 || lists_[slot].shingle == shingle) return slot;
  }
}

void ShingleIndex::Rehash(size_t slots) {
  std::vector<List> old = std::move(lists_);
  lists_.assign(slots, List{});
  for (const List& list : old) {
    if (list.head >= 0) lists_[SlotOf(list.shingle)] = list;
  }
}

void ShingleIndex::CountUnits(size_t slot) {
  for (int p = lists_[slot].head; p >= 0; p = postings_[static_cast<size_t>(p)].next) {
    const auto unit = static_cast<size_t>(postings_[static_cast<size_t>(p)].unit);
    if (shared_[unit]++ == 0) touched_.push_back(static_cast<int>(unit));
  }
}

ShingleIndex::Match ShingleIndex::TakeBest(size_t query_shingles) {
  Match best;
  uint32_t best_count = 0;
  for (int unit : touched_) {
    const uint32_t count = shared_[static_cast<size_t>(unit)];
    if (count > best_count || (count == best_count && unit < best.unit)) {
      best.unit = unit;
      best_count = count;
    }
    shared_[static_cast<size_t>(unit)] = 0;
  }
  touched_.clear();
  if (best.unit >= 0) {
    best.containment = static_cast<double>(best_count) / static_cast<double>(query_shingles);
  }
  return best;
}

ShingleIndex::Match ShingleIndex::BestMatch(const std::vector<uint64_t>& shingles) {
  if (shingles.empty() || lists_.empty()) return {};
  for (uint64_t shingle : shingles) {
    const size_t slot = SlotOf(shingle);
    if (lists_[slot].head >= 0) CountUnits(slot);
  }
  return TakeBest(shingles.size());
}

ShingleIndex::Match ShingleIndex::MatchThenAdd(int unit, const std::vector<uint64_t>& shingles,
                                               bool match) {
  if (static_cast<size_t>(unit) >= shared_.size()) shared_.resize(static_cast<size_t>(unit) + 1);
  match = match && !shingles.empty() && !lists_.empty();
  for (uint64_t shingle : shingles) {
    size_t slot = lists_.empty() ? 0 : SlotOf(shingle);
    // Counted before this unit is listed: shingles are distinct, so no list
    // is read after the unit joined it.
    if (match && lists_[slot].head >= 0) CountUnits(slot);
    if (!AddAt(slot, unit, shingle)) {
      Rehash(lists_.empty() ? 16 : 2 * lists_.size());
      AddAt(SlotOf(shingle), unit, shingle);
    }
  }
  return match ? TakeBest(shingles.size()) : Match{};
}

bool ShingleIndex::AddAt(size_t slot, int unit, uint64_t shingle) {
  if (4 * (used_ + 1) > 3 * lists_.size()) return false;
  List& list = lists_[slot];
  if (list.head < 0) {
    list.shingle = shingle;
    ++used_;
  } else if (list.size >= max_postings_) {
    return true;
  }
  postings_.push_back(Posting{unit, list.head});
  list.head = static_cast<int>(postings_.size() - 1);
  ++list.size;
  return true;
}

void ShingleIndex::Reserve(size_t shingles) {
  size_t slots = 16;
  while (3 * slots < 4 * shingles) slots *= 2;
  if (slots > lists_.size()) Rehash(slots);
  postings_.reserve(shingles);
}

void ShingleIndex::Add(int unit, const std::vector<uint64_t>& shingles) {
  MatchThenAdd(unit, shingles, /*match=*/false);
}

}  // namespace qa
