// The `line` format: one line per finding and nothing else, the shape
// compilers print, for editors' quickfix lists, grep and problem matchers:
//
//   news/harbour.txt:7:1: error: quote has no source [unattributed-quote]
//
// No excerpt, notes or summary. Input problems print in the same shape with
// rule id "input": at the problem's position in a file that was audited, at
// 1:1 in one that could not be.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "core/line_index.h"
#include "report/reporter.h"

namespace qa {

class LineReporter : public Reporter {
 public:
  LineReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
};

// "path:line:col: severity: message [rule]" without a line break. Control
// characters in the path and message (line breaks included) become spaces,
// so the result is always one line.
std::string CompilerStyleLine(std::string_view path, LineColumn at, std::string_view severity,
                              std::string_view message, std::string_view rule);

}  // namespace qa
