#include "report/checkstyle_reporter.h"

#include <optional>
#include <string>

#include "report/located_finding.h"
#include "report/xml_escape.h"

namespace qa {
namespace {

// Checkstyle's own format version, which readers check.
constexpr std::string_view kCheckstyleVersion = "4.3";

void PrintError(std::ostream& out, std::optional<LineColumn> at, std::string_view severity,
                std::string_view message, std::string_view rule) {
  out << "<error";
  // A file that could not be read has no position; line 1 keeps readers
  // that require the attribute happy.
  out << " line=\"" << (at ? at->line : 1) << '"';
  if (at) out << " column=\"" << at->column << '"';
  out << " severity=\"" << severity << "\" message=\"" << XmlAttribute(message)
      << "\" source=\"quoteaudit." << XmlAttribute(rule) << "\"/>\n";
}

}  // namespace

CheckstyleReporter::CheckstyleReporter(std::ostream& out, const ReportOptions&) : out_(out) {}

void CheckstyleReporter::Start() {
  if (started_) return;
  started_ = true;
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"" << kCheckstyleVersion
       << "\">\n";
}

void CheckstyleReporter::AddFile(const FileReport& file) {
  Start();
  out_ << "<file name=\"" << XmlAttribute(file.path) << "\">\n";
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      PrintError(out_, std::nullopt, "error", problem.message, "input");
    }
  } else {
    LineIndex lines(file.document->original());
    for (const InputProblem& problem : file.problems) {
      PrintError(out_, lines.At(problem.offset), "warning", problem.message, "input");
    }
    for (const Finding& finding : file.findings) {
      LocatedFinding located = Locate(file, lines, finding);
      PrintError(out_, located.place.start, SeverityName(finding.severity), finding.message,
                 finding.rule);
    }
  }
  out_ << "</file>\n";
}

void CheckstyleReporter::Finish(const RunSummary&) {
  Start();
  out_ << "</checkstyle>\n";
  out_.flush();
}

}  // namespace qa
