#include "report/line_reporter.h"

#include "report/located_finding.h"

namespace qa {
namespace {

void AppendOneLine(std::string* out, std::string_view text) {
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    *out += byte < 0x20 || byte == 0x7F ? ' ' : c;
  }
}

}  // namespace

std::string CompilerStyleLine(std::string_view path, LineColumn at, std::string_view severity,
                              std::string_view message, std::string_view rule) {
  std::string line;
  AppendOneLine(&line, path);
  line += ':' + std::to_string(at.line) + ':' + std::to_string(at.column) + ": ";
  line.append(severity);
  line += ": ";
  AppendOneLine(&line, message);
  line += " [";
  line.append(rule);
  line += ']';
  return line;
}

LineReporter::LineReporter(std::ostream& out, const ReportOptions&) : out_(out) {}

void LineReporter::AddFile(const FileReport& file) {
  if (file.document == nullptr) {
    // A line of a JSON Lines archive that held no article is named by that
    // line, so an editor jumps to it.
    bool archive_line = file.origin != nullptr && file.origin->line > 0;
    std::string_view path = archive_line ? std::string_view(file.origin->archive) : file.path;
    LineColumn at = archive_line ? LineColumn{file.origin->line, 1, 1} : LineColumn{};
    for (const InputProblem& problem : file.problems) {
      out_ << CompilerStyleLine(path, at, "error", problem.message, "input") << '\n';
    }
    return;
  }
  LineIndex lines(file.document->original());
  for (const InputProblem& problem : file.problems) {
    out_ << CompilerStyleLine(file.path, lines.At(problem.offset), "warning", problem.message,
                              "input")
         << '\n';
  }
  for (const Finding& finding : file.findings) {
    LocatedFinding located = Locate(file, lines, finding);
    out_ << CompilerStyleLine(file.path, located.place.start, SeverityName(finding.severity),
                              finding.message, finding.rule)
         << '\n';
  }
}

void LineReporter::Finish(const RunSummary&) { out_.flush(); }

}  // namespace qa
