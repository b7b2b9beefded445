// Where an article mentions one entity: byte offsets, kept sorted, each
// once. Most entities are mentioned a few times, so the offsets are held in
// place in a small sorted list; past kSmall they move to a B-tree, since a
// 50 MB document can mention one name hundreds of thousands of times, out
// of order (the attribution adds mentions after the names are collected).
// A B-tree for every entity was an allocation per node as it grew from one.
#pragma once

#include <absl/container/btree_set.h>
#include <absl/container/inlined_vector.h>

#include <cstddef>
#include <memory>
#include <optional>

namespace qa {

class MentionPositions {
 public:
  void Insert(size_t position);

  // The last position at or before `at`, and the first after it.
  struct Around {
    std::optional<size_t> before;
    std::optional<size_t> after;
  };
  Around Near(size_t at) const;

  size_t size() const { return large_ != nullptr ? large_->size() : small_.size(); }

  static constexpr size_t kSmall = 64;

 private:
  absl::InlinedVector<size_t, 4> small_;            // sorted, while there is no large_
  std::unique_ptr<absl::btree_set<size_t>> large_;  // past kSmall
};

}  // namespace qa
