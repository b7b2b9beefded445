// The `rdjsonl` format: reviewdog's Diagnostic Format as JSON Lines, one
// Diagnostic per line, for `reviewdog -f=rdjsonl` (which posts findings as
// pull request review comments on GitHub, GitLab, Bitbucket, Gerrit):
//
//   {"message":"quote has no source","location":{"path":"news/harbour.txt",
//    "range":{"start":{"line":7,"column":1},"end":{"line":7,"column":54}}},
//    "severity":"ERROR","source":{"name":"quoteaudit","url":"..."},
//    "code":{"value":"unattributed-quote","url":".../docs/rules/unattributed-quote.md"}}
//
// Columns are UTF-8 byte counts from 1, as reviewdog's Position says (not
// code points as in the other formats); the end is exclusive. Severity
// ERROR, WARNING or INFO. Related places go to related_locations (a place
// in another file has its line only). Input problems are diagnostics with
// code "input"; a file that could not be read has no range.
#pragma once

#include <ostream>

#include "report/reporter.h"

namespace qa {

class RdjsonlReporter : public Reporter {
 public:
  RdjsonlReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
};

}  // namespace qa
