#include "match/pattern_focus.h"

#include <cstdint>

namespace qa {
namespace {

constexpr size_t kHeldMinBytes = 64;

}  // namespace

void PatternFocus::Offer(std::string_view text) {
  std::call_once(offered_, [&] {
    owned_ = std::make_unique<LetterRuns>(LetterRuns::Of(text));
    // A short string's bytes may live inside the string object itself, which
    // moves with it: only a text that must be on the heap is held by address.
    if (text.size() >= kHeldMinBytes) {
      begin_.store(text.data(), std::memory_order_relaxed);
      end_.store(text.data() + text.size(), std::memory_order_relaxed);
    }
    runs_.store(owned_.get(), std::memory_order_release);
  });
}

void PatternFocus::Retire() {
  begin_.store(nullptr, std::memory_order_relaxed);
  end_.store(nullptr, std::memory_order_relaxed);
}

bool PatternFocus::Holds(std::string_view text) const {
  // Compared as addresses: the document's windows and sentences are views of
  // its bytes, and each search would otherwise read them again.
  const auto begin = reinterpret_cast<uintptr_t>(begin_.load(std::memory_order_relaxed));
  const auto end = reinterpret_cast<uintptr_t>(end_.load(std::memory_order_relaxed));
  const auto at = reinterpret_cast<uintptr_t>(text.data());
  return begin != 0 && at >= begin && at <= end && text.size() <= end - at;
}

}  // namespace qa
