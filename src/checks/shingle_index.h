// An inverted index from shingle hashes to the text units (paragraphs or
// sentences) of one document that contain them, used to find the earlier unit
// a later one repeats without comparing every pair of units.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace qa {

class ShingleIndex {
 public:
  // A shingle already listed under `max_postings` units is common phrasing
  // ("said in a statement"); further units are not listed under it, which
  // bounds the work per lookup (at most max_postings per query shingle) and
  // keeps the whole pass linear. 16 is far above what real articles reach
  // and made text of few distinct words 2.4 times faster than 64, with the
  // same findings on every fixture and both tuning corpora.
  explicit ShingleIndex(size_t max_postings = 16) : max_postings_(max_postings) {}

  struct Match {
    int unit = -1;           // -1: no earlier unit shares a shingle
    double containment = 0;  // share of the query's shingles found in `unit`
  };

  // The earlier unit holding the largest share of `shingles`
  // (distinct); ties go to the earliest unit. Not const: reuses scratch space.
  Match BestMatch(std::span<const uint64_t> shingles);

  // Lists `unit` under each of its shingles. Units are numbered from 0 and
  // must be added in increasing order.
  void Add(int unit, std::span<const uint64_t> shingles);

  // BestMatch(shingles) followed by Add(unit, shingles), each shingle's list
  // found once for both; with `match` false, only the Add. Units in a
  // document are matched and added one after another, and the second probe
  // of every shingle was a cache miss of its own.
  Match MatchThenAdd(int unit, std::span<const uint64_t> shingles, bool match);

  // Makes room for about `shingles` distinct shingles, so that a document's
  // index is not rebuilt at every doubling while it fills.
  void Reserve(size_t shingles);

 private:
  // A list's first kInline units live in its own slot and the rest in
  // runs of kRun in one shared vector, oldest first: counting a full list of
  // 16 reads its slot and two runs. As one singly linked list per shingle,
  // every unit was a read of its own, and in a 17 MB one-file archive each
  // read was a cache miss (a third of that run's time).
  static constexpr size_t kInline = 2;
  static constexpr size_t kRun = 7;
  struct Run {
    int32_t units[kRun];
    int32_t next;  // index into runs_, -1 at the end
  };
  // One slot of the open-addressing table of lists: a flat array, one
  // allocation per index instead of one per shingle.
  struct List {
    uint64_t shingle = 0;
    uint32_t size = 0;  // units listed; 0: an empty slot
    int32_t runs = -1;  // the first overflow run, -1 while size <= kInline
    int32_t units[kInline] = {};
  };
  // Where `shingle`'s search for a slot starts.
  size_t HomeSlot(uint64_t shingle) const;
  // The slot of `shingle`: its list's, or the empty one where it would go.
  size_t SlotOf(uint64_t shingle) const;
  // MatchThenAdd reads ahead by kLookAhead shingles in tables of at least
  // kLookAheadSlots slots (1.5 MB).
  static constexpr size_t kLookAhead = 8;
  static constexpr size_t kLookAheadSlots = size_t{1} << 16;
  void Rehash(size_t slots);
  // Counts, in shared_, the units listed under lists_[slot].
  void CountUnits(size_t slot);
  // Lists `unit` under `shingle`, whose slot is `slot` (its list's or the
  // empty one where it goes); returns false when the table must grow first.
  bool AddAt(size_t slot, int unit, uint64_t shingle);
  // The unit sharing the most counted shingles (ties: the earliest), and
  // the counts reset.
  Match TakeBest(size_t query_shingles);

  size_t max_postings_;
  std::vector<List> lists_;  // size a power of 2, at most 3/4 full
  size_t used_ = 0;          // lists in lists_
  std::vector<Run> runs_;
  std::vector<uint32_t> shared_;  // per unit: shingles shared with the query
  std::vector<int> touched_;      // units with a non-zero count in shared_
};

}  // namespace qa
