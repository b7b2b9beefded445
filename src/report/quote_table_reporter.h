// The `quotes` output: for each file, a header line with its path and an
// aligned table with one row per quote (where, what kind, who said it and
// how we know). With ReportOptions::explain, each row is followed by the
// attributor's explanation. With ReportOptions::by_speaker, the rows come
// in one block per speaker (its name, kind and every other form the article
// uses for it), quotes with no source last.
#pragma once

#include <array>
#include <ostream>
#include <string>

#include "report/reporter.h"

namespace qa {

class QuoteTableReporter : public Reporter {
 public:
  QuoteTableReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  bool UsesExplanations() const override { return options_.explain; }
  void Finish(const RunSummary& summary) override;

 private:
  void PrintQuote(const std::array<std::string, 9>& row, const Quote& quote,
                  const std::array<size_t, 9>& widths);

  std::ostream& out_;
  ReportOptions options_;
  bool first_file_ = true;
};

}  // namespace qa
