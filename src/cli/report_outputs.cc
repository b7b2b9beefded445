#include "cli/report_outputs.h"

#include <set>

#include "report/report_formats.h"

namespace qa {

bool OpenOutputs(const Options& options, const ReportOptions& report_options, std::ostream& out,
                 std::ostream& err, Outputs* outputs) {
  std::vector<OutputRequest> requests = options.outputs;
  if (requests.empty()) {
    requests.push_back({options.command == Command::kQuotes ? "table" : "text", ""});
  }
  std::set<std::string> targets;
  for (const OutputRequest& request : requests) {
    const ReportFormat* format = FindReportFormat(request.format);
    if (format == nullptr) {
      err << "quoteaudit: unknown format " << request.format << '\n';
      return false;
    }
    if (!targets.insert(request.path).second) {
      err << "quoteaudit: two --format options write to "
          << (request.path.empty() ? "standard output" : request.path)
          << "; give each its own :FILE\n";
      return false;
    }
    std::ostream* stream = &out;
    if (!request.path.empty()) {
      std::string error;
      std::unique_ptr<OutputFile> file = OutputFile::Open(request.path, &error);
      if (file == nullptr) {
        err << "quoteaudit: " << error << '\n';
        return false;
      }
      stream = &file->stream();
      outputs->files.push_back(std::move(file));
    }
    outputs->reporters.Add(format->make(*stream, report_options));
  }
  return true;
}

}  // namespace qa
