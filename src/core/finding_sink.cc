#include "core/finding_sink.h"

#include <algorithm>
#include <utility>

namespace qa {

bool ComesBefore(const Finding& a, const Finding& b) {
  if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
  return a.rule < b.rule;
}

void SortFindings(std::vector<Finding>* findings) {
  std::stable_sort(findings->begin(), findings->end(), ComesBefore);
}

void FindingSink::push_back(Finding finding) const {
  findings_->push_back(std::move(finding));
  if (cap_ == nullptr) return;
  // Cutting when the list has doubled since the last cut keeps the work per
  // finding a logarithm, and the list within about twice what is listed.
  if (left_out_->cut_at == 0) left_out_->cut_at = 2 * (cap_->listed + 1);
  if (findings_->size() >= left_out_->cut_at) CutToCap(*cap_, findings_, left_out_);
}

void CutToCap(const FindingCap& cap, std::vector<Finding>* findings, LeftOutFindings* left_out) {
  // A stable sort of a list whose equal findings are in the order they were
  // found leaves them so: cutting again after more arrive stays exact.
  SortFindings(findings);
  size_t listed = 0;
  size_t keep = findings->size();
  for (size_t i = 0; i < findings->size(); ++i) {
    if ((*findings)[i].severity >= cap.min_level && ++listed == cap.listed + 1) {
      keep = i + 1;
      break;
    }
  }
  for (size_t i = keep; i < findings->size(); ++i) {
    const Severity severity = (*findings)[i].severity;
    const bool fails = cap.fail_level.has_value() && severity >= *cap.fail_level;
    left_out->fails |= fails;
    if (severity >= cap.min_level) {
      ++left_out->listed_later;
    } else if (fails) {
      ++left_out->hidden_failing;
    }
  }
  findings->resize(keep);
  left_out->cut_at = 2 * keep + cap.listed + 1;
}

}  // namespace qa
