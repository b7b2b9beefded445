// Every mention of an article's entities by byte offset, for the walks back
// from a pronoun or a role ("he", "the agency") to the source it means.
// Held as a sorted list while it is short (an article mentions its sources
// a few dozen times, nearly all in text order), and as a B-tree past kSmall,
// since the attribution adds mentions out of order after the names are
// collected and a 50 MB document holds hundreds of thousands. A B-tree for
// every article was an allocation per node as it grew from one.
#pragma once

#include <absl/container/btree_map.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace qa {

class MentionLog {
 public:
  struct Mention {
    size_t position;  // byte offset of the mention
    int entity;
    size_t sentence;
  };

  // Mentions at one offset keep the order they were added in.
  void Add(const Mention& mention);

  // Calls visit(mention) for each mention at or before `position`, the
  // nearest first (of several at one offset, the last added first), until
  // it returns false.
  template <typename Visit>
  void WalkBack(size_t position, Visit visit) const {
    if (large_ != nullptr) {
      for (auto it = large_->upper_bound(position); it != large_->begin();) {
        --it;
        if (!visit(Mention{it->first, it->second.entity, it->second.sentence})) return;
      }
      return;
    }
    auto it = std::upper_bound(small_.begin(), small_.end(), position,
                               [](size_t at, const Mention& m) { return at < m.position; });
    while (it != small_.begin()) {
      --it;
      if (!visit(*it)) return;
    }
  }

  size_t size() const { return large_ != nullptr ? large_->size() : small_.size(); }

  static constexpr size_t kSmall = 4096;

 private:
  struct Place {
    int entity;
    size_t sentence;
  };
  std::vector<Mention> small_;  // by position, while there is no large_
  std::unique_ptr<absl::btree_multimap<size_t, Place>> large_;  // past kSmall
};

}  // namespace qa
