// The `gitlab` format: a GitLab Code Quality report (artifacts:reports:
// codequality), a JSON array of issues that GitLab shows in the merge
// request widget and, on higher tiers, beside the changed lines:
//
//   [{"description":"quote has no source","check_name":"unattributed-quote",
//     "fingerprint":"5c0d3b6e9a1f2e47","severity":"critical",
//     "location":{"path":"news/harbour.txt","lines":{"begin":7,"end":7}}}]
//
// Severity: error -> critical, warning -> major, info -> info. A
// fingerprint is a hash of the path and the finding's content fingerprint
// (core/finding_fingerprint.h), so an issue keeps its identity when lines
// move and GitLab can tell new issues from old ones; no two issues of a run
// share one. Input problems are issues with check_name "input". Streamed,
// one issue per line.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>

#include "report/reporter.h"

namespace qa {

class GitlabReporter : public Reporter {
 public:
  GitlabReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;
  bool UsesFingerprints() const override { return true; }  // each issue's identity

 private:
  void Issue(std::string_view description, std::string_view check_name, std::string_view identity,
             std::string_view severity, std::string_view path, size_t begin_line, size_t end_line);

  std::ostream& out_;
  bool first_ = true;
  std::unordered_set<uint64_t> fingerprints_;  // 8 bytes per issue, to keep them unique
};

}  // namespace qa
