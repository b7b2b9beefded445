// The reporters of a run's --format options (check, quotes, verify).
#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "cli/options.h"
#include "report/output_file.h"
#include "report/reporter_group.h"

namespace qa {

// The reporters of every --format, each writing to standard output or to
// its own file (written whole or not at all).
struct Outputs {
  ReporterGroup reporters;
  std::vector<std::unique_ptr<OutputFile>> files;
};

// False with a message on `err` when a format is unknown, two formats would
// share standard output or a file, or a file cannot be created. Without a
// --format: the command's default (table for quotes, text otherwise).
bool OpenOutputs(const Options& options, const ReportOptions& report_options, std::ostream& out,
                 std::ostream& err, Outputs* outputs);

}  // namespace qa
