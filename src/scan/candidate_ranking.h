// The attribution patterns that match one window, and the order the
// attributor tries them in: file order, or, in windows that may hold several
// cues (the sentence before a quote), the cue nearest the quote first.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "match/pattern.h"
#include "scan/attribution_rules.h"

namespace qa {

struct AttributionCandidate {
  const CompiledAttributionPattern* pattern = nullptr;
  PatternMatch match;
  size_t order = 0;  // the pattern's place in its window's list

  // A capturing group's span, or nullopt when index < 0 or it took no part.
  std::optional<Span> Group(int index) const {
    return index < 0 ? std::nullopt : match.groups[static_cast<size_t>(index)];
  }
  // The cue's span, or the whole match when the pattern names no cue.
  Span CueOrWhole() const { return Group(pattern->cue_group).value_or(match.whole); }
};

// The first match of one pattern (its place `order` in the window's list) in
// `searched`, or nullopt.
std::optional<AttributionCandidate> FirstCandidate(const CompiledAttributionPattern& pattern,
                                                   size_t order, std::string_view searched,
                                                   size_t base);

// Every pattern that matches `searched` (the window's text at byte `base`):
// its first match, or each of its matches when `all_matches`.
std::vector<AttributionCandidate> FindCandidates(
    const std::vector<CompiledAttributionPattern>& patterns, std::string_view searched, size_t base,
    bool all_matches);

// Orders candidates by the nearest cue to the quote (latest cue end first,
// ties to the earlier pattern), then lets a stronger cue whose report holds
// the nearest one go first: in 'Koval said the mayor's plan was "a gamble"',
// the words belong to Koval, not to whoever the weaker cue names.
void RankByNearestCue(std::vector<AttributionCandidate>* candidates);

}  // namespace qa
