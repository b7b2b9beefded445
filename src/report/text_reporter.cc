#include "report/text_reporter.h"

#include "core/line_index.h"
#include "report/excerpt.h"

namespace qa {
namespace {

std::string Count(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

void PrintPosition(std::ostream& out, std::string_view path, LineColumn at) {
  out << path << ':' << at.line << ':' << at.column << ": ";
}

}  // namespace

TextReporter::TextReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), options_(options) {}

void TextReporter::AddFile(const FileReport& file) {
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      out_ << file.path << ": error: " << problem.message << " [input]\n";
    }
    return;
  }
  const Document& document = *file.document;
  LineIndex lines(document.original());
  for (const InputProblem& problem : file.problems) {
    PrintPosition(out_, file.path, lines.At(problem.offset));
    out_ << "warning: " << problem.message << " [input]\n";
  }
  // With --show-suppressed, suppressed findings are merged in document
  // order, each with a note naming the directive's line.
  std::span<const SuppressedFinding> suppressed =
      options_.show_suppressed ? file.suppressed : std::span<const SuppressedFinding>();
  size_t next = 0;
  auto print_suppressed_before = [&](const Finding* finding) {
    for (; next < suppressed.size(); ++next) {
      const Finding& hidden = suppressed[next].finding;
      if (finding != nullptr &&
          (hidden.span.begin > finding->span.begin ||
           (hidden.span.begin == finding->span.begin && hidden.rule >= finding->rule))) {
        return;
      }
      PrintFinding(file, lines, hidden,
                   " (suppressed by line " +
                       std::to_string(lines.At(suppressed[next].directive.begin).line) + ")");
    }
  };
  for (const Finding& finding : file.findings) {
    print_suppressed_before(&finding);
    PrintFinding(file, lines, finding, "");
  }
  print_suppressed_before(nullptr);
}

void TextReporter::PrintFinding(const FileReport& file, const LineIndex& lines,
                                const Finding& finding, const std::string& note) {
  const Document& document = *file.document;
  PrintPosition(out_, file.path, lines.At(document.SourceOffset(finding.span.begin)));
  out_ << SeverityName(finding.severity) << ": " << finding.message << " [" << finding.rule << "]"
       << note << '\n';
  std::string excerpt = Excerpt(document.original(), document.ToSource(finding.span));
  if (!excerpt.empty()) out_ << "    " << excerpt << '\n';
  for (const RelatedLocation& related : finding.related) {
    if (related.path.empty()) {
      PrintPosition(out_, file.path, lines.At(document.SourceOffset(related.span.begin)));
    } else if (related.line > 0) {
      PrintPosition(out_, related.path, {related.line, related.column});
    } else {
      out_ << related.path << ": ";
    }
    out_ << "note: " << related.message << '\n';
  }
}

void TextReporter::Finish(const RunSummary& summary) {
  if (options_.summary) {
    out_ << FindingSummaryLine(summary) << '\n';
    // Otherwise a run that prints no error would fail with no reason shown.
    if (summary.hidden_failing > 0) {
      out_ << Count(summary.hidden_failing, "finding", "findings")
           << " below --min-level reached --fail-level and made the run fail\n";
    }
    for (const std::string& note : summary.notes) out_ << "note: " << note << '\n';
  }
  out_.flush();
}

std::string FindingSummaryLine(const RunSummary& summary) {
  std::string line = std::to_string(summary.files) + " " + std::string(summary.InputNoun()) + ", " +
                     Count(summary.quotes, "quote", "quotes") + ": " +
                     Count(summary.errors, "error", "errors") + ", " +
                     Count(summary.warnings, "warning", "warnings") + ", " +
                     std::to_string(summary.infos) + " info";
  if (summary.suppressed > 0) line += ", " + std::to_string(summary.suppressed) + " suppressed";
  if (summary.baselined > 0) line += ", " + std::to_string(summary.baselined) + " baselined";
  if (summary.input_errors > 0) {
    line += "; " + Count(summary.input_errors, "input error", "input errors");
  }
  return line;
}

}  // namespace qa
