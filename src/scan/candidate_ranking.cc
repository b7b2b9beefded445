#include "scan/candidate_ranking.h"

#include <algorithm>

namespace qa {

std::optional<AttributionCandidate> FirstCandidate(const CompiledAttributionPattern& pattern,
                                                   size_t order, std::string_view searched,
                                                   size_t base) {
  // No yes/no test first: RE2 runs its DFA before reading groups anyway,
  // so on a window that matches the test would only repeat that pass.
  std::optional<PatternMatch> match = pattern.pattern->Find(searched, base);
  if (!match) return std::nullopt;
  return AttributionCandidate{&pattern, std::move(*match), order};
}

std::vector<AttributionCandidate> FindCandidates(
    const std::vector<CompiledAttributionPattern>& patterns, std::string_view searched, size_t base,
    bool all_matches) {
  std::vector<AttributionCandidate> candidates;
  for (size_t order = 0; order < patterns.size(); ++order) {
    const CompiledAttributionPattern& pattern = patterns[order];
    if (!all_matches) {
      if (auto candidate = FirstCandidate(pattern, order, searched, base)) {
        candidates.push_back(std::move(*candidate));
      }
      continue;
    }
    for (auto& match : pattern.pattern->FindAll(searched, base)) {
      candidates.push_back({&pattern, std::move(match), order});
    }
  }
  return candidates;
}

void RankByNearestCue(std::vector<AttributionCandidate>* candidates) {
  auto& all = *candidates;
  std::stable_sort(all.begin(), all.end(),
                   [](const AttributionCandidate& a, const AttributionCandidate& b) {
                     size_t a_end = a.CueOrWhole().end;
                     size_t b_end = b.CueOrWhole().end;
                     if (a_end != b_end) return a_end > b_end;
                     return a.order < b.order;
                   });
  for (size_t i = 1; i < all.size(); ++i) {
    const AttributionCandidate& first = all.front();
    const AttributionCandidate& other = all[i];
    if (other.pattern->confidence <= first.pattern->confidence) continue;
    if (other.CueOrWhole().end <= first.CueOrWhole().begin) {
      std::rotate(all.begin(), all.begin() + static_cast<long>(i),
                  all.begin() + static_cast<long>(i) + 1);
      break;
    }
  }
}

}  // namespace qa
