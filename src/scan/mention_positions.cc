#include "scan/mention_positions.h"

#include <algorithm>
#include <iterator>

namespace qa {

void MentionPositions::Insert(size_t position) {
  if (large_ == nullptr && small_.size() >= kSmall) {
    large_ = std::make_unique<absl::btree_set<size_t>>(small_.begin(), small_.end());
    small_.clear();
  }
  if (large_ != nullptr) {
    large_->insert(position);
    return;
  }
  // Mostly in text order: the place is usually the end.
  if (small_.empty() || small_.back() < position) {
    small_.push_back(position);
    return;
  }
  auto* const it = std::lower_bound(small_.begin(), small_.end(), position);
  if (it == small_.end() || *it != position) small_.insert(it, position);
}

MentionPositions::Around MentionPositions::Near(size_t at) const {
  Around around;
  if (large_ != nullptr) {
    const auto it = large_->upper_bound(at);
    if (it != large_->begin()) around.before = *std::prev(it);
    if (it != large_->end()) around.after = *it;
    return around;
  }
  const auto* const it = std::upper_bound(small_.begin(), small_.end(), at);
  if (it != small_.begin()) around.before = *std::prev(it);
  if (it != small_.end()) around.after = *it;
  return around;
}

}  // namespace qa
