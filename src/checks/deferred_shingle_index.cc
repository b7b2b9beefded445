#include "checks/deferred_shingle_index.h"

#include <algorithm>

namespace qa {

bool DeferredShingleIndex::SeenElseAdd(uint64_t shingle) {
  if (shingle == 0) {
    const bool seen = seen_zero_;
    seen_zero_ = true;
    return seen;
  }
  // Shingles are mixed hashes (text_fingerprint.cc): their low bits index.
  const size_t mask = set_.size() - 1;
  size_t slot = static_cast<size_t>(shingle) & mask;
  while (set_[slot] != 0) {
    if (set_[slot] == shingle) return true;
    slot = (slot + 1) & mask;
  }
  set_[slot] = shingle;
  ++set_used_;
  return false;
}

void DeferredShingleIndex::GrowSet(size_t shingles) {
  std::vector<uint64_t> old = std::move(set_);
  size_t slots = 64;
  while (slots < std::max(4 * shingles, 2 * expected_)) slots *= 2;
  set_.assign(slots, 0);
  set_used_ = 0;
  for (uint64_t shingle : old) {
    if (shingle != 0) SeenElseAdd(shingle);
  }
}

size_t DeferredShingleIndex::CountSeenAndAdd(std::span<const uint64_t> shingles) {
  if (2 * (set_used_ + shingles.size()) > set_.size()) GrowSet(set_used_ + shingles.size());
  size_t seen = 0;
  // Distinct: a shingle added here is never met again in this unit.
  for (uint64_t shingle : shingles) seen += SeenElseAdd(shingle) ? 1 : 0;
  return seen;
}

void DeferredShingleIndex::Build() {
  built_ = true;
  index_.Reserve(std::max(expected_, waiting_shingles_.size()));
  const std::span<const uint64_t> all(waiting_shingles_);
  size_t begin = 0;
  for (const Waiting& waiting : waiting_) {
    index_.Add(waiting.unit, all.subspan(begin, waiting.end - begin));
    begin = waiting.end;
  }
  waiting_ = {};
  waiting_shingles_ = {};
  set_ = {};
}

ShingleIndex::Match DeferredShingleIndex::MatchThenAdd(int unit, std::span<const uint64_t> shingles,
                                                       bool match) {
  if (!built_) {
    const size_t seen = CountSeenAndAdd(shingles);
    // The best match's containment is the share of these shingles one
    // earlier unit holds: never more than the share seen in any of them.
    const bool could_repeat =
        match && seen > 0 &&
        static_cast<double>(seen) / static_cast<double>(shingles.size()) >= min_share_;
    if (!could_repeat && waiting_shingles_.size() + shingles.size() <= kMaxWaiting) {
      // Room for the expected shingles at once, not a doubling series.
      if (waiting_shingles_.empty()) waiting_shingles_.reserve(std::min(expected_, kMaxWaiting));
      waiting_shingles_.insert(waiting_shingles_.end(), shingles.begin(), shingles.end());
      waiting_.push_back({unit, waiting_shingles_.size()});
      return {};
    }
    Build();
  }
  return index_.MatchThenAdd(unit, shingles, match);
}

}  // namespace qa
