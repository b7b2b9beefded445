#include "report/jsonl_reporter.h"

#include "report/json_reporter.h"

namespace qa {

JsonlReporter::JsonlReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), show_suppressed_(options.show_suppressed) {}

void JsonlReporter::AddFile(const FileReport& file) {
  // The same object as one element of the json format's "files", on one line.
  WriteFileReportJson(file, out_, show_suppressed_);
  out_ << '\n';
  // Each article is handed on as soon as it is reported.
  out_.flush();
}

void JsonlReporter::Finish(const RunSummary&) { out_.flush(); }

}  // namespace qa
