// An inverted index from shingle hashes to the text units (paragraphs or
// sentences) of one document that contain them, used to find the earlier unit
// a later one repeats without comparing every pair of units.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace qa {

class ShingleIndex {
 public:
  // A shingle already listed under `max_postings` units is common phrasing
  // ("said in a statement"); further units are not listed under it, which
  // bounds the work per lookup and keeps the whole pass linear.
  explicit ShingleIndex(size_t max_postings = 64) : max_postings_(max_postings) {}

  struct Match {
    int unit = -1;           // -1: no earlier unit shares a shingle
    double containment = 0;  // share of the query's shingles found in `unit`
  };

  // The earlier unit holding the largest share of `shingles` (sorted,
  // distinct); ties go to the earliest unit. Not const: reuses scratch space.
  Match BestMatch(const std::vector<uint64_t>& shingles);

  // Makes room for about `shingles` distinct shingles (saves rehashing).
  void Reserve(size_t shingles) {
    lists_.reserve(shingles);
    postings_.reserve(shingles);
  }

  // Lists `unit` under each of its shingles. Units are numbered from 0 and
  // must be added in increasing order.
  void Add(int unit, const std::vector<uint64_t>& shingles);

 private:
  // Postings live in one vector as singly linked lists (newest first), so
  // the common shingle with a single unit costs no allocation of its own.
  struct Posting {
    int unit;
    int next;  // index into postings_, -1 at the end
  };
  struct List {
    int head = -1;
    uint32_t size = 0;
  };

  size_t max_postings_;
  std::unordered_map<uint64_t, List> lists_;
  std::vector<Posting> postings_;
  std::vector<uint32_t> shared_;  // per unit: shingles shared with the query
  std::vector<int> touched_;      // units with a non-zero count in shared_
};

}  // namespace qa
