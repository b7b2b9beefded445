// Machine-readable output: one JSON document for the whole run, streamed
// file by file. The contract (field names, types, meanings) is documented in
// docs/output-formats.md; change both together and bump "version" when a
// change is not backward compatible.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "report/reporter.h"

namespace qa {

class JsonReporter : public Reporter {
 public:
  JsonReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  void Start();

  std::ostream& out_;
  ReportOptions options_;
  bool started_ = false;
  bool first_file_ = true;
};

// Writes the "files" entry for one file, one quote or finding at a time;
// with `show_suppressed`, also its "suppressed" array.
void WriteFileReportJson(const FileReport& file, std::ostream& out, bool show_suppressed = false);

}  // namespace qa
