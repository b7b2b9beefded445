#include "checks/shingle_index.h"

namespace qa {

size_t ShingleIndex::HomeSlot(uint64_t shingle) const {
  // Shingle hashes are mixed (text_fingerprint.cc): their high bits index.
  return static_cast<size_t>(shingle >> 24) & (lists_.size() - 1);
}

size_t ShingleIndex::SlotOf(uint64_t shingle) const {
  const size_t mask = lists_.size() - 1;
  for (size_t slot = HomeSlot(shingle);; slot = (slot + 1) & mask) {
    if (lists_[slot].size == 0 || lists_[slot].shingle == shingle) return slot;
  }
}

void ShingleIndex::Rehash(size_t slots) {
  std::vector<List> old = std::move(lists_);
  lists_.assign(slots, List{});
  for (const List& list : old) {
    if (list.size > 0) lists_[SlotOf(list.shingle)] = list;
  }
}

void ShingleIndex::CountUnits(size_t slot) {
  const List& list = lists_[slot];
  const auto count = [this](int32_t unit) {
    if (shared_[static_cast<size_t>(unit)]++ == 0) touched_.push_back(unit);
  };
  size_t left = list.size;
  for (size_t i = 0; i < kInline && left > 0; ++i, --left) count(list.units[i]);
  for (int32_t r = list.runs; left > 0; r = runs_[static_cast<size_t>(r)].next) {
    const Run& run = runs_[static_cast<size_t>(r)];
    for (size_t i = 0; i < kRun && left > 0; ++i, --left) count(run.units[i]);
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

ShingleIndex::Match ShingleIndex::BestMatch(std::span<const uint64_t> shingles) {
  if (shingles.empty() || lists_.empty()) return {};
  for (uint64_t shingle : shingles) {
    const size_t slot = SlotOf(shingle);
    if (lists_[slot].size > 0) CountUnits(slot);
  }
  return TakeBest(shingles.size());
}

ShingleIndex::Match ShingleIndex::MatchThenAdd(int unit, std::span<const uint64_t> shingles,
                                               bool match) {
  if (static_cast<size_t>(unit) >= shared_.size()) shared_.resize(static_cast<size_t>(unit) + 1);
  match = match && !shingles.empty() && !lists_.empty();
  // A big document's table is far larger than the cache and each read of a
  // slot, a run or a unit's count was a miss of its own (a third of the time
  // of a 17 MB one-file archive): the slot of a shingle a few ahead is asked
  // for early, and halfway there what its list will make this loop read.
  // An article's table fits the cache, where this would only add work.
  const bool look_ahead = lists_.size() >= kLookAheadSlots;
  for (size_t i = 0; i < shingles.size(); ++i) {
    const uint64_t shingle = shingles[i];
    if (look_ahead && i + kLookAhead < shingles.size()) {
      __builtin_prefetch(&lists_[HomeSlot(shingles[i + kLookAhead])]);
    }
    if (look_ahead && match && i + kLookAhead / 2 < shingles.size()) {
      const List& ahead = lists_[SlotOf(shingles[i + kLookAhead / 2])];
      if (ahead.size > 0) __builtin_prefetch(&shared_[static_cast<size_t>(ahead.units[0])]);
      if (ahead.size > 1) __builtin_prefetch(&shared_[static_cast<size_t>(ahead.units[1])]);
      if (ahead.runs >= 0) __builtin_prefetch(&runs_[static_cast<size_t>(ahead.runs)]);
    }
    size_t slot = lists_.empty() ? 0 : SlotOf(shingle);
    // Counted before this unit is listed: shingles are distinct, so no list
    // is read after the unit joined it.
    if (match && lists_[slot].size > 0) CountUnits(slot);
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
  if (list.size == 0) {
    list.shingle = shingle;
    ++used_;
  } else if (list.size >= max_postings_) {
    return true;
  }
  if (list.size < kInline) {
    list.units[list.size++] = unit;
    return true;
  }
  const size_t place = list.size++ - kInline;  // among the overflow units
  int32_t* link = &list.runs;
  for (size_t run = 0; run < place / kRun; ++run) link = &runs_[static_cast<size_t>(*link)].next;
  if (place % kRun == 0) {
    *link = static_cast<int32_t>(runs_.size());
    runs_.push_back(Run{{}, -1});  // moves runs_: `link` is not read again
    runs_.back().units[0] = unit;
    return true;
  }
  runs_[static_cast<size_t>(*link)].units[place % kRun] = unit;
  return true;
}

void ShingleIndex::Reserve(size_t shingles) {
  size_t slots = 16;
  while (3 * slots < 4 * shingles) slots *= 2;
  if (slots > lists_.size()) Rehash(slots);
}

void ShingleIndex::Add(int unit, std::span<const uint64_t> shingles) {
  MatchThenAdd(unit, shingles, /*match=*/false);
}

}  // namespace qa
