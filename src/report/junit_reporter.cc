#include "report/junit_reporter.h"

#include "report/line_reporter.h"
#include "report/located_finding.h"
#include "report/xml_escape.h"

namespace qa {
namespace {

// The failure's text: what the text format prints for the finding (the
// position line, the excerpt, one note per related place).
std::string FindingDetails(const LocatedFinding& located) {
  const Finding& finding = *located.finding;
  return CompilerStyleLine(located.place.path, located.place.start, SeverityName(finding.severity),
                           finding.message, finding.rule) +
         ExcerptAndNotes(located);
}

std::string Outcome(std::string_view element, std::string_view type, std::string_view message,
                    std::string_view details) {
  return "<" + std::string(element) + " type=\"" + XmlAttribute(type) + "\" message=\"" +
         XmlAttribute(message) + "\">" + XmlText(details) + "</" + std::string(element) + ">";
}

}  // namespace

JunitReporter::JunitReporter(std::ostream& out, const ReportOptions&) : out_(out) {}

void JunitReporter::AddTestcase(std::string_view path, const std::string& name,
                                const std::string& outcome, const std::string& output,
                                std::map<std::string, size_t>* names_used) {
  size_t uses = ++(*names_used)[name];
  std::string unique = uses == 1 ? name : name + " (" + std::to_string(uses) + ")";
  ++tests_;
  testcases_ += "<testcase classname=\"" + XmlAttribute(path) + "\" name=\"" +
                XmlAttribute(unique) + "\" file=\"" + XmlAttribute(path) + "\" time=\"0\"";
  if (outcome.empty() && output.empty()) {
    testcases_ += "/>\n";
    return;
  }
  testcases_ += ">" + outcome;
  if (!output.empty()) testcases_ += "<system-out>" + XmlText(output) + "</system-out>";
  testcases_ += "</testcase>\n";
}

void JunitReporter::AddFile(const FileReport& file) {
  std::map<std::string, size_t> names_used;
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      ++errors_;
      AddTestcase(file.path, "input",
                  Outcome("error", "input", problem.message,
                          CompilerStyleLine(file.path, {}, "error", problem.message, "input")),
                  "", &names_used);
    }
    return;
  }
  LineIndex lines(file.document->original());
  // Bytes the reader ignored are no test of their own; they go with the
  // file's first testcase, so the counts stay those of the findings.
  std::string input_warnings;
  for (const InputProblem& problem : file.problems) {
    input_warnings += CompilerStyleLine(file.path, lines.At(problem.offset), "warning",
                                        problem.message, "input") +
                      "\n";
  }
  if (file.findings.empty()) {
    AddTestcase(file.path, "no findings", "", input_warnings, &names_used);
    return;
  }
  for (const Finding& finding : file.findings) {
    LocatedFinding located = Locate(file, lines, finding);
    ++failures_;
    AddTestcase(file.path,
                finding.rule + " at line " + std::to_string(located.place.start.line) +
                    ", column " + std::to_string(located.place.start.column),
                Outcome("failure", finding.rule, finding.message, FindingDetails(located)),
                input_warnings, &names_used);
    input_warnings.clear();
  }
}

void JunitReporter::Finish(const RunSummary&) {
  std::string counts = " tests=\"" + std::to_string(tests_) + "\" failures=\"" +
                       std::to_string(failures_) + "\" errors=\"" + std::to_string(errors_) + "\"";
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<testsuites name=\"quoteaudit\"" << counts << ">\n"
       << "<testsuite name=\"quoteaudit\"" << counts << " skipped=\"0\" time=\"0\">\n"
       << testcases_ << "</testsuite>\n</testsuites>\n";
  out_.flush();
}

}  // namespace qa
