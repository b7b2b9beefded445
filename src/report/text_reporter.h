// The default `check` output: one line per finding, compiler style, so
// editors and CI log viewers can jump to it, then the excerpt:
//
//   story.txt:12:5: warning: vague source: "experts" ... [vague-source]
//       Experts said the plan was "bold".
//   story.txt:3:1: note: first copy here
//
// Input problems print in the same shape with rule id "input"; a file that
// could not be audited prints "path: error: message [input]". With
// --show-suppressed, findings silenced by inline directives print among the
// others with " (suppressed by line N)" after the rule id. A summary line
// ends the output, followed by a line saying how many findings below
// --min-level reached --fail-level when any did.
#pragma once

#include <ostream>
#include <string>

#include "core/line_index.h"
#include "report/reporter.h"

namespace qa {

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  // The finding line (with `note` after the rule id), excerpt and notes.
  void PrintFinding(const FileReport& file, const LineIndex& lines, const Finding& finding,
                    const std::string& note);

  std::ostream& out_;
  ReportOptions options_;
};

// "3 files, 12 quotes: 1 error, 4 warnings, 0 info" (plus ", 2 suppressed"
// when directives silenced findings, ", 5 baselined" when a --baseline
// accepted findings, and "; 1 input error").
std::string FindingSummaryLine(const RunSummary& summary);

}  // namespace qa
