// A ShingleIndex (checks/shingle_index.h) built only once some unit could
// repeat an earlier one. Most articles repeat no paragraph and no sentence,
// and listing every shingle of every unit, twice (paragraphs and sentences),
// was most of duplicate-text's time. Until then only a set of the shingles
// seen and the units' shingles in one flat list are kept: a unit fewer than
// `min_share` of whose shingles were seen before cannot share that many
// with any one earlier unit, so it is only noted. The first unit that could
// has every earlier unit listed, in order, before it is matched, and from
// then on the index answers as it would have from the start.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "checks/shingle_index.h"

namespace qa {

class DeferredShingleIndex {
 public:
  explicit DeferredShingleIndex(double min_share) : min_share_(min_share) {}

  // ShingleIndex::MatchThenAdd(unit, shingles, match) wherever its answer's
  // containment is at least min_share; elsewhere it may answer with no unit
  // (-1). `shingles` are distinct; units are numbered from 0, in order.
  ShingleIndex::Match MatchThenAdd(int unit, std::span<const uint64_t> shingles, bool match);

  // About how many shingles the document holds: room for the set, and for
  // the index when it is built.
  void Reserve(size_t shingles) { expected_ = shingles; }

  // Whether the index was built (a unit could repeat, or too many shingles
  // waited to be listed).
  bool built() const { return built_; }

  // Noted shingles beyond which the index is built anyway, so that what
  // waits is bounded whatever the document (each waits in the list and the
  // set: 24 bytes).
  static constexpr size_t kMaxWaiting = size_t{1} << 16;

  // The set of shingles seen (defined in the .cc): its slots are kept per
  // thread and reused by the next document, since clearing fresh ones for
  // every document cost more than reading them.
  struct SeenSet;

 private:
  struct ReturnSet {
    void operator()(SeenSet* set) const;
  };

  // seen_ from the sets handed back on this thread, or a new one; emptied.
  void TakeSet();
  // Counts the shingles seen before and adds the others to the set.
  size_t CountSeenAndAdd(std::span<const uint64_t> shingles);
  // Room for `shingles` more, the set at most half full, and for the
  // expected ones.
  void GrowSet(size_t shingles);
  // Lists every waiting unit in the index, in order, and drops the rest.
  void Build();

  double min_share_;
  size_t expected_ = 0;
  bool built_ = false;
  ShingleIndex index_;
  // Before Build: the waiting units' shingles, one after another, and where
  // each unit's end.
  struct Waiting {
    int unit;
    size_t end;  // in waiting_shingles_
  };
  std::vector<Waiting> waiting_;
  std::vector<uint64_t> waiting_shingles_;
  // The shingles seen, before Build (null until the first unit).
  std::unique_ptr<SeenSet, ReturnSet> seen_;
};

}  // namespace qa
