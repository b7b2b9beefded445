// The `quotes` output: for each file, a header line with its path and an
// aligned table with one row per quote (where, what kind, who said it and
// how we know). With ReportOptions::explain, each row is followed by the
// attributor's explanation.
#pragma once

#include <ostream>

#include "report/reporter.h"

namespace qa {

class QuoteTableReporter : public Reporter {
 public:
  QuoteTableReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  ReportOptions options_;
  bool first_file_ = true;
};

}  // namespace qa
