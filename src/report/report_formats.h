// The registry of output formats, selected with --format. Adding a format
// is one reporter file plus one line in report_formats.cc.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "report/reporter.h"

namespace qa {

struct ReportFormat {
  std::string_view name;         // the --format value
  std::string_view description;  // one line, for --help
  std::unique_ptr<Reporter> (*make)(std::ostream& out, const ReportOptions& options);
};

// In the order --help lists them.
const std::vector<ReportFormat>& ReportFormats();

// nullptr when no format has that name.
const ReportFormat* FindReportFormat(std::string_view name);

}  // namespace qa
