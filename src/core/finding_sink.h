// Where checks put their findings: every one, or only what a report lists
// (Limits::max_findings_per_file), so a file with a million findings never
// holds them all (docs/performance.md).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/finding.h"
#include "core/severity.h"

namespace qa {

// Report order: by start byte, then rule id; equal findings keep the order
// they were found in (SortFindings is a stable sort).
bool ComesBefore(const Finding& a, const Finding& b);
void SortFindings(std::vector<Finding>* findings);

// What one file's report lists: `listed` findings at or above `min_level`
// in report order, then one line counting the rest. A capped sink keeps the
// first listed + 1 of those (the extra one says where the rest begin) and
// every finding before it below the level, so their fingerprints and
// the report are what they would be with every finding kept.
struct FindingCap {
  size_t listed = 0;
  Severity min_level = Severity::kInfo;
  std::optional<Severity> fail_level;  // none: no finding fails the run
};

// What a capped sink let go, so the run still counts and fails on it.
struct LeftOutFindings {
  size_t listed_later = 0;    // at or above min_level: never listed
  size_t hidden_failing = 0;  // at or above fail_level, below min_level
  bool fails = false;         // any at or above fail_level
  size_t cut_at = 0;          // the list's size that triggers the next cut
};

class FindingSink {
 public:
  // Keeps every finding. Implicit, so a caller with a plain list passes it.
  FindingSink(std::vector<Finding>* findings) : findings_(findings) {}  // NOLINT
  FindingSink(std::vector<Finding>* findings, const FindingCap* cap, LeftOutFindings* left_out)
      : findings_(findings), cap_(cap), left_out_(left_out) {}

  void push_back(Finding finding) const;

 private:
  std::vector<Finding>* findings_;
  const FindingCap* cap_ = nullptr;
  LeftOutFindings* left_out_ = nullptr;
};

// Sorts *findings into report order and keeps what `cap` lists (see
// FindingCap), counting the rest in *left_out. A sink calls it as the list
// grows; the auditor once more when the checks are done.
void CutToCap(const FindingCap& cap, std::vector<Finding>* findings, LeftOutFindings* left_out);

}  // namespace qa
