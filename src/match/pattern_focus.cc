#include "match/pattern_focus.h"

namespace qa {

void PatternFocus::Offer(std::string_view text) {
  std::call_once(offered_, [&] {
    owned_ = std::make_unique<LetterRuns>(LetterRuns::Of(text));
    runs_.store(owned_.get(), std::memory_order_release);
  });
}

}  // namespace qa
