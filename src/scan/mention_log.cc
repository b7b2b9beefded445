#include "scan/mention_log.h"

namespace qa {

void MentionLog::Add(const Mention& mention) {
  if (large_ == nullptr && small_.size() >= kSmall) {
    // A multimap inserts after the equal keys it holds, so the order of
    // mentions at one offset carries over.
    large_ = std::make_unique<absl::btree_multimap<size_t, Place>>();
    for (const Mention& m : small_) large_->emplace(m.position, Place{m.entity, m.sentence});
    small_ = {};
  }
  if (large_ != nullptr) {
    large_->emplace(mention.position, Place{mention.entity, mention.sentence});
    return;
  }
  if (small_.empty() || small_.back().position <= mention.position) {
    small_.push_back(mention);  // text order, the usual case
    return;
  }
  const auto it = std::upper_bound(small_.begin(), small_.end(), mention.position,
                                   [](size_t at, const Mention& m) { return at < m.position; });
  small_.insert(it, mention);
}

}  // namespace qa
