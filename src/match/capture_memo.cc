#include "match/capture_memo.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>

namespace qa {
namespace {

// The context a side contributes: the byte beyond the match, or a value no
// byte has when the match touches the text's edge.
constexpr uint16_t kEdge = 0x100;

void AppendUint(std::string* out, uint64_t value, size_t bytes) {
  for (size_t i = 0; i < bytes; ++i) out->push_back(static_cast<char>(value >> (8 * i)));
}

}  // namespace

CaptureMemo& CaptureMemo::OfThisThread() {
  thread_local CaptureMemo memo;
  return memo;
}

uint64_t CaptureMemo::NewProgramNumber() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

uint64_t CaptureMemo::Encode(const Key& key) {
  const uint16_t before =
      key.begin == 0 ? kEdge : static_cast<unsigned char>(key.text[key.begin - 1]);
  const uint16_t after =
      key.end >= key.text.size() ? kEdge : static_cast<unsigned char>(key.text[key.end]);
  scratch_.clear();
  AppendUint(&scratch_, key.program, 8);
  AppendUint(&scratch_, before, 2);
  AppendUint(&scratch_, after, 2);
  scratch_.append(key.text.substr(key.begin, key.end - key.begin));
  return std::hash<std::string_view>{}(scratch_);
}

size_t CaptureMemo::Find(uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.key_size == 0) return i;
    if (slot.hash == hash && slot.key_size == scratch_.size() &&
        std::memcmp(keys_.data() + slot.key_offset, scratch_.data(), scratch_.size()) == 0) {
      return i;
    }
  }
}

std::optional<std::span<const CaptureMemo::GroupPlace>> CaptureMemo::Recall(const Key& key) {
  if (key.end - key.begin > kMaxMatchBytes || used_ == 0) return std::nullopt;
  const Slot& slot = slots_[Find(Encode(key))];
  if (slot.key_size == 0) return std::nullopt;
  return std::span<const GroupPlace>(groups_.data() + slot.groups_offset, slot.group_count);
}

void CaptureMemo::Remember(const Key& key, std::span<const GroupPlace> groups) {
  if (key.end - key.begin > kMaxMatchBytes) return;
  const uint64_t hash = Encode(key);
  const size_t bytes = keys_.size() + scratch_.size() + (groups_.size() + groups.size()) * 8;
  if (2 * (used_ + 1) > slots_.size() || bytes > kMaxBytes) Clear();
  Slot& slot = slots_[Find(hash)];
  if (slot.key_size != 0) return;  // already here
  slot.hash = hash;
  slot.key_offset = static_cast<uint32_t>(keys_.size());
  slot.key_size = static_cast<uint32_t>(scratch_.size());
  slot.groups_offset = static_cast<uint32_t>(groups_.size());
  slot.group_count = static_cast<uint32_t>(groups.size());
  keys_ += scratch_;
  groups_.insert(groups_.end(), groups.begin(), groups.end());
  ++used_;
}

void CaptureMemo::Clear() {
  std::fill(slots_.begin(), slots_.end(), Slot{});
  keys_.clear();
  groups_.clear();
  used_ = 0;
}

}  // namespace qa
