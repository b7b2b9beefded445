#include "report/github_reporter.h"

#include "report/line_reporter.h"
#include "report/located_finding.h"

namespace qa {
namespace {

constexpr std::string_view kCommandNames[] = {"error", "warning", "notice"};

std::string Escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// "file=...,line=...": columns only when the place is on one line, which is
// all GitHub accepts them for.
std::string Properties(std::string_view path, const LocatedPlace* place, std::string_view title) {
  std::string properties = "file=" + GithubProperty(path);
  if (place != nullptr) {
    properties += ",line=" + std::to_string(place->start.line);
    if (place->start.line == place->end.line) {
      properties += ",col=" + std::to_string(place->start.column);
    }
    properties += ",endLine=" + std::to_string(place->end.line);
    if (place->start.line == place->end.line) {
      properties += ",endColumn=" + std::to_string(place->end.column);
    }
  }
  return properties + ",title=" + GithubProperty(title);
}

// The annotation's text: the message, the excerpt (unless the message
// already quotes it) and one line per related place, as the text format
// prints them.
std::string FindingMessage(const LocatedFinding& located) {
  const std::string& message = located.finding->message;
  bool quoted = !located.excerpt.empty() && message.find(located.excerpt) != std::string::npos;
  return message + ExcerptAndNotes(located, /*with_excerpt=*/!quoted);
}

// A plain log line never starts with "::", so an odd file name cannot
// become a workflow command.
std::string Defused(std::string line) {
  size_t first = line.find_first_not_of(" \t");
  if (first != std::string::npos && line.compare(first, 2, "::") == 0) line.insert(0, "./");
  return line;
}

}  // namespace

std::string GithubData(std::string_view text) { return Escape(text, /*property=*/false); }

std::string GithubProperty(std::string_view text) { return Escape(text, /*property=*/true); }

GithubReporter::GithubReporter(std::ostream& out, const ReportOptions&) : out_(out) {}

void GithubReporter::Emit(Kind kind, const std::string& properties, std::string_view message,
                          const std::string& fallback) {
  size_t limit = kind == kNotice ? kAnnotationsPerKind - 1 : kAnnotationsPerKind;
  if (annotated_[kind] >= limit) {
    ++not_annotated_;
    out_ << Defused(fallback) << '\n';
    return;
  }
  ++annotated_[kind];
  out_ << "::" << kCommandNames[kind] << ' ' << properties << "::" << GithubData(message) << '\n';
}

void GithubReporter::AddFile(const FileReport& file) {
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      Emit(kError, Properties(file.path, nullptr, "input"), problem.message,
           CompilerStyleLine(file.path, {}, "error", problem.message, "input"));
    }
    return;
  }
  LineIndex lines(file.document->original());
  for (const InputProblem& problem : file.problems) {
    LocatedPlace place;
    place.start = place.end = lines.At(problem.offset);
    Emit(kWarning, Properties(file.path, &place, "input"), problem.message,
         CompilerStyleLine(file.path, place.start, "warning", problem.message, "input"));
  }
  for (const Finding& finding : file.findings) {
    LocatedFinding located = Locate(file, lines, finding);
    Kind kind = finding.severity == Severity::kError     ? kError
                : finding.severity == Severity::kWarning ? kWarning
                                                         : kNotice;
    Emit(kind, Properties(file.path, &located.place, finding.rule), FindingMessage(located),
         CompilerStyleLine(file.path, located.place.start, SeverityName(finding.severity),
                           finding.message, finding.rule));
  }
}

void GithubReporter::Finish(const RunSummary&) {
  if (not_annotated_ > 0) {
    out_ << "::notice title=quoteaudit::"
         << GithubData(std::to_string(not_annotated_) +
                       (not_annotated_ == 1 ? " finding was" : " findings were") +
                       " not shown as annotations (GitHub shows at most " +
                       std::to_string(kAnnotationsPerKind) +
                       " errors, warnings and notices each per step); every finding is in "
                       "this step's log, and a SARIF report (--format sarif:FILE) uploaded "
                       "to code scanning shows them all")
         << '\n';
  }
  out_.flush();
}

}  // namespace qa
