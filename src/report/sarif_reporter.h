// The `sarif` format: one SARIF 2.1.0 log with one run, as GitHub code
// scanning (github/codeql-action/upload-sarif), Azure DevOps, VS Code's SARIF
// viewer and other tools read it. The run holds:
//
//   - tool.driver: name, version, informationUri (the project page) and one
//     reportingDescriptor per rule of the run (report/sarif_json.h), with
//     the rule's page (docs/rules/<id>.md) as help;
//   - columnKind "unicodeCodePoints": columns count code points, as in
//     every other format;
//   - results, one per finding: ruleId, ruleIndex, level (error, warning,
//     note), message (with [text](id) links to the related locations),
//     the location (path under %SRCROOT%, the directory quoteaudit ran in;
//     region with 1-based lines and columns, end column exclusive, byte
//     offset and length, snippet), relatedLocations and partialFingerprints
//     {"quoteauditContent/v1": the finding's content fingerprint};
//     with --show-suppressed also the suppressed findings, each with an
//     inSource suppression;
//   - invocations[0]: executionSuccessful (false when an input could not be
//     audited) and a toolExecutionNotification per input problem.
//
// Streamed: the run's header is written before the first file, each result
// as its file is audited, the invocation at the end.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "report/reporter.h"

namespace qa {

class SarifReporter : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;
  bool UsesFingerprints() const override { return true; }  // partialFingerprints

 private:
  void Start();
  void WriteResult(const std::string& result);

  std::ostream& out_;
  ReportOptions options_;
  std::map<std::string, size_t, std::less<>> rule_index_;
  bool started_ = false;
  bool first_result_ = true;
  // Dumped toolExecutionNotifications (one per input problem: a few lines).
  std::vector<std::string> notifications_;
};

}  // namespace qa
