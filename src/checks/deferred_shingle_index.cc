#include "checks/deferred_shingle_index.h"

#include <algorithm>

namespace qa {

// Open addressing: a slot holds a shingle only when stamped with the set's
// current use, so a set handed to the next document needs no clearing.
struct DeferredShingleIndex::SeenSet {
  struct Slot {
    uint64_t shingle = 0;
    uint32_t stamp = 0;
  };
  std::vector<Slot> slots;  // a power of two, or none
  uint32_t now = 0;
  size_t used = 0;

  // Starts a new use: every slot reads as empty.
  void Begin() {
    used = 0;
    if (++now == 0) {  // wrapped around: old stamps could read as current
      for (Slot& slot : slots) slot.stamp = 0;
      now = 1;
    }
  }
  // Whether `shingle` is in the set; adds it when not.
  bool SeenElseAdd(uint64_t shingle) {
    // Shingles are mixed hashes (text_fingerprint.cc): their low bits index.
    const size_t mask = slots.size() - 1;
    size_t i = static_cast<size_t>(shingle) & mask;
    while (slots[i].stamp == now) {
      if (slots[i].shingle == shingle) return true;
      i = (i + 1) & mask;
    }
    slots[i] = {shingle, now};
    ++used;
    return false;
  }
};

namespace {

// Sets handed back on this thread, for the next document to take. A set
// grown past kKeptSlots is freed instead: one long document's set is not
// held for the rest of the run.
constexpr size_t kKeptSlots = size_t{1} << 16;
thread_local std::vector<std::unique_ptr<DeferredShingleIndex::SeenSet>> spare_sets;

}  // namespace

void DeferredShingleIndex::ReturnSet::operator()(SeenSet* set) const {
  std::unique_ptr<SeenSet> owned(set);
  if (owned->slots.size() <= kKeptSlots) spare_sets.push_back(std::move(owned));
}

void DeferredShingleIndex::TakeSet() {
  if (spare_sets.empty()) {
    seen_.reset(new SeenSet());
  } else {
    seen_.reset(spare_sets.back().release());
    spare_sets.pop_back();
  }
  seen_->Begin();
}

void DeferredShingleIndex::GrowSet(size_t shingles) {
  SeenSet& seen = *seen_;
  const size_t needed = seen.used + shingles;
  if (2 * needed <= seen.slots.size()) return;
  size_t slots = 64;
  // The expected shingles too, up to what can wait before Build.
  while (slots < std::max(4 * needed, 2 * std::min(expected_, kMaxWaiting))) slots *= 2;
  std::vector<SeenSet::Slot> old = std::move(seen.slots);
  const uint32_t old_now = seen.now;
  seen.slots.assign(slots, {});
  seen.now = 1;
  seen.used = 0;
  for (const SeenSet::Slot& slot : old) {
    if (slot.stamp == old_now) seen.SeenElseAdd(slot.shingle);
  }
}

size_t DeferredShingleIndex::CountSeenAndAdd(std::span<const uint64_t> shingles) {
  if (seen_ == nullptr) TakeSet();
  GrowSet(shingles.size());
  size_t seen = 0;
  // Distinct: a shingle added here is never met again in this unit.
  for (uint64_t shingle : shingles) seen += seen_->SeenElseAdd(shingle) ? 1 : 0;
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
  seen_.reset();
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
      if (waiting_shingles_.empty()) {
        waiting_shingles_.reserve(std::min(expected_, kMaxWaiting));
        waiting_.reserve(std::min(expected_, kMaxWaiting) / 8 + 4);  // units of eight or more
      }
      waiting_shingles_.insert(waiting_shingles_.end(), shingles.begin(), shingles.end());
      waiting_.push_back({unit, waiting_shingles_.size()});
      return {};
    }
    Build();
  }
  return index_.MatchThenAdd(unit, shingles, match);
}

}  // namespace qa
