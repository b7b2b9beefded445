// The html report: one self-contained page (inline CSS, no script, nothing
// loaded from anywhere; a Content-Security-Policy says so to the browser)
// for editors to read in a browser. Each article's text is shown as written,
// quotes highlighted by speaker and findings underlined in place, with its
// speakers, findings and quotes listed beside it; a summary (per file, per
// rule, input errors) heads the page. Streamed: each file's section is
// written when the file has been audited, and only its counts are kept for
// the summary, which Finish() writes last and CSS shows first. The page's
// classes and data attributes are documented in docs/output-formats.md#html.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "report/reporter.h"

namespace qa {

class HtmlReporter : public Reporter {
 public:
  HtmlReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  // A summary row: one file's counts, or why it was not audited.
  struct FileRow {
    std::string path;
    RunSummary counts;
    std::string error;  // set when the file was not audited
  };
  struct RuleCounts {
    size_t by_severity[3] = {0, 0, 0};  // indexed by Severity
  };

  void Start();
  void WriteSummary(const RunSummary& summary);
  void WriteFileTable(const RunSummary& summary);
  void WriteRuleTable();
  void WriteInputErrors();

  std::ostream& out_;
  ReportOptions options_;
  bool started_ = false;
  std::vector<FileRow> files_;
  std::map<std::string, RuleCounts> rules_;
};

}  // namespace qa
