#include "verify/source_index.h"

#include <algorithm>

#include "verify/word_splitter.h"

namespace qa {
namespace {

// A word pair seen more often than this says nothing about where a quote
// is ("of the"); it is not used to seed candidates.
constexpr size_t kMaxPairPostings = 4000;

uint64_t PairKey(uint32_t first, uint32_t second) {
  return (static_cast<uint64_t>(first) << 32) | second;
}

}  // namespace

void SourceIndex::Add(Document document) {
  IndexedSource& source = documents_.emplace_back();
  source.document = std::move(document);
  source.labels = FindSpeakerLabels(source.document.text);
  uint32_t index = static_cast<uint32_t>(documents_.size() - 1);
  if (!words_.empty()) words_.push_back({kDocumentBreak, index, 0, 0, -1});
  source.first_word = words_.size();
  WordSplitter splitter(source.document.text, /*gaps=*/false);
  TextToken token;
  size_t next_label = 0;
  int32_t label = -1;
  while (splitter.Next(&token)) {
    while (next_label < source.labels.size() &&
           source.labels[next_label].span.begin <= token.span.begin) {
      label = static_cast<int32_t>(next_label++);
    }
    // The label's own words are not words of the record.
    if (label >= 0 && source.labels[label].span.Contains(token.span.begin)) continue;
    words_.push_back({interner_.Intern(token.word), index, static_cast<uint32_t>(token.span.begin),
                      static_cast<uint32_t>(token.span.end), label});
  }
  source.end_word = words_.size();
}

void SourceIndex::Build() {
  ids_.clear();
  ids_.reserve(words_.size());
  for (const SourceWord& word : words_) ids_.push_back(word.id);
  lines_.clear();
  for (const IndexedSource& source : documents_) lines_.emplace_back(source.document.original());
  pairs_.clear();
  pairs_.reserve(words_.size());
  for (size_t i = 0; i + 1 < words_.size(); ++i) {
    if (words_[i].id == kDocumentBreak || words_[i + 1].id == kDocumentBreak) continue;
    pairs_.push_back({PairKey(words_[i].id, words_[i + 1].id), static_cast<uint32_t>(i)});
  }
  std::sort(pairs_.begin(), pairs_.end());
  // Postings per word id (counting sort).
  posting_starts_.assign(interner_.size() + 1, 0);
  for (const SourceWord& word : words_) {
    if (word.id < interner_.size()) ++posting_starts_[word.id + 1];
  }
  for (size_t i = 1; i < posting_starts_.size(); ++i) posting_starts_[i] += posting_starts_[i - 1];
  postings_.assign(posting_starts_.back(), 0);
  std::vector<uint32_t> fill(posting_starts_.begin(), posting_starts_.end() - 1);
  for (size_t i = 0; i < words_.size(); ++i) {
    uint32_t id = words_[i].id;
    if (id < interner_.size()) postings_[fill[id]++] = static_cast<uint32_t>(i);
  }
}

LineColumn SourceIndex::Position(size_t document, size_t source_offset) const {
  return lines_[document].At(source_offset);
}

void SourceIndex::AddAnchors(uint64_t key, size_t offset, size_t cap,
                             std::vector<int64_t>* anchors) const {
  auto range = std::equal_range(pairs_.begin(), pairs_.end(), std::make_pair(key, uint32_t{0}),
                                [](const auto& a, const auto& b) { return a.first < b.first; });
  if (static_cast<size_t>(range.second - range.first) > cap) return;
  for (auto it = range.first; it != range.second; ++it) {
    anchors->push_back(static_cast<int64_t>(it->second) - static_cast<int64_t>(offset));
  }
}

std::vector<SourceWindow> SourceIndex::Candidates(const std::vector<uint32_t>& words, size_t spread,
                                                  size_t slack, size_t limit) const {
  // Anchors: where the quote's first word would stand for each shared pair.
  std::vector<int64_t> anchors;
  auto add_pairs = [&](size_t cap) {
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (words[i] >= kUnknownWord || words[i + 1] >= kUnknownWord) continue;
      AddAnchors(PairKey(words[i], words[i + 1]), i, cap, &anchors);
    }
  };
  add_pairs(kMaxPairPostings);
  // A quote of common words only ("we will not do it"): every pair then,
  // however common; the place with all of them still gets the most votes.
  if (anchors.empty()) add_pairs(SIZE_MAX);
  if (anchors.empty()) {
    // No pair to go by (a one-word quote, or every pair unknown or too
    // common): the rarest known word.
    size_t best = words.size();
    size_t best_count = SIZE_MAX;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] >= interner_.size()) continue;
      size_t count = posting_starts_[words[i] + 1] - posting_starts_[words[i]];
      if (count < best_count) {
        best = i;
        best_count = count;
      }
    }
    if (best == words.size() || best_count > kMaxPairPostings) return {};
    for (uint32_t k = posting_starts_[words[best]]; k < posting_starts_[words[best] + 1]; ++k) {
      anchors.push_back(static_cast<int64_t>(postings_[k]) - static_cast<int64_t>(best));
    }
  }
  std::sort(anchors.begin(), anchors.end());
  // Clusters of anchors no further apart than `spread` words, each within
  // one document and at most `max_cluster` words long, so that a run of
  // common pairs never makes one stretch of the whole source. A cluster's
  // score is first the most pairs that agree on one start (the quote's
  // words in order, there), then all its pairs.
  struct Cluster {
    int64_t first;
    int64_t last;
    size_t votes;
    size_t diagonal;  // the most anchors with one value
  };
  const int64_t max_cluster = static_cast<int64_t>(4 * words.size() + 64);
  std::vector<Cluster> clusters;
  uint32_t document = UINT32_MAX;
  size_t run = 0;  // anchors equal to the previous one, so far
  for (size_t k = 0; k < anchors.size(); ++k) {
    int64_t anchor = anchors[k];
    int64_t last_word = words_.empty() ? 0 : static_cast<int64_t>(words_.size()) - 1;
    size_t at = static_cast<size_t>(std::clamp<int64_t>(anchor, 0, last_word));
    uint32_t here = words_.empty() ? 0 : words_[at].document;
    if (!clusters.empty() && here == document &&
        anchor - clusters.back().last <= static_cast<int64_t>(spread) &&
        anchor - clusters.back().first <= max_cluster) {
      run = anchor == clusters.back().last ? run + 1 : 1;
      clusters.back().last = anchor;
      ++clusters.back().votes;
      clusters.back().diagonal = std::max(clusters.back().diagonal, run);
    } else {
      run = 1;
      clusters.push_back({anchor, anchor, 1, 1});
    }
    document = here;
  }
  std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
    if (a.diagonal != b.diagonal) return a.diagonal > b.diagonal;
    return a.votes > b.votes;
  });
  if (clusters.size() > limit) clusters.resize(limit);
  std::vector<SourceWindow> windows;
  int64_t size = static_cast<int64_t>(words_.size());
  for (const Cluster& cluster : clusters) {
    int64_t begin = std::max<int64_t>(0, cluster.first - static_cast<int64_t>(slack));
    int64_t end =
        std::min<int64_t>(size, cluster.last + static_cast<int64_t>(words.size() + slack));
    if (begin >= end) continue;
    // Within the seed's document.
    size_t seed = static_cast<size_t>(std::clamp<int64_t>(cluster.first, begin, end - 1));
    const IndexedSource& source = documents_[words_[seed].document];
    SourceWindow window{std::max<size_t>(begin, source.first_word),
                        std::min<size_t>(end, source.end_word)};
    if (window.begin < window.end) windows.push_back(window);
  }
  return windows;
}

}  // namespace qa
