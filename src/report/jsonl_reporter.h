// The `jsonl` format: one compact JSON object per line for every article (or
// input that could not be audited), in input order, each written and flushed
// as soon as it is reported, so a consumer (a pipeline, a cluster worker) can
// read results while the run goes on. Each line is the object the json format
// writes for one file (report/json_reporter.h: path, quotes with speaker and
// attribution rule, findings with rule, severity, byte range, line, column
// and excerpt, errors); an article of a JSON Lines archive also has
// "archive", "line" and "id" after "path". No totals line: every line is one
// input. docs/output-formats.md#jsonl.
#pragma once

#include <ostream>

#include "report/reporter.h"

namespace qa {

class JsonlReporter : public Reporter {
 public:
  JsonlReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  bool show_suppressed_ = false;
};

}  // namespace qa
