#include "checks/shingle_index.h"

namespace qa {

ShingleIndex::Match ShingleIndex::BestMatch(const std::vector<uint64_t>& shingles) {
  Match best;
  if (shingles.empty()) return best;
  for (uint64_t shingle : shingles) {
    auto it = lists_.find(shingle);
    if (it == lists_.end()) continue;
    for (int p = it->second.head; p >= 0; p = postings_[static_cast<size_t>(p)].next) {
      const auto unit = static_cast<size_t>(postings_[static_cast<size_t>(p)].unit);
      if (shared_[unit]++ == 0) touched_.push_back(static_cast<int>(unit));
    }
  }
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
    best.containment = static_cast<double>(best_count) / static_cast<double>(shingles.size());
  }
  return best;
}

void ShingleIndex::Add(int unit, const std::vector<uint64_t>& shingles) {
  if (static_cast<size_t>(unit) >= shared_.size()) shared_.resize(static_cast<size_t>(unit) + 1);
  for (uint64_t shingle : shingles) {
    List& list = lists_[shingle];
    if (list.size >= max_postings_) continue;
    postings_.push_back(Posting{unit, list.head});
    list.head = static_cast<int>(postings_.size() - 1);
    ++list.size;
  }
}

}  // namespace qa
