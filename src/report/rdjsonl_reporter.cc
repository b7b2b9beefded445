#include "report/rdjsonl_reporter.h"

#include <nlohmann/json.hpp>
#include <optional>

#include "report/located_finding.h"
#include "report/tool_info.h"

namespace qa {
namespace {

using json = nlohmann::ordered_json;

std::string_view RdfSeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "ERROR";
    case Severity::kWarning:
      return "WARNING";
    case Severity::kInfo:
      return "INFO";
  }
  return "INFO";
}

// A Position; the column is left out when the byte column is unknown (a
// place in another file).
json Position(LineColumn at) {
  json position = {{"line", at.line}};
  if (at.byte_column > 0) position["column"] = at.byte_column;
  return position;
}

json Location(std::string_view path, const LocatedPlace* place) {
  json location = {{"path", path}};
  if (place != nullptr && place->has_position) {
    json range = {{"start", Position(place->start)}};
    if (place->end.byte_column > 0) range["end"] = Position(place->end);
    location["range"] = std::move(range);
  }
  return location;
}

json Diagnostic(std::string_view message, json location, Severity severity, std::string_view rule) {
  json code = {{"value", rule}};
  if (rule != "input") code["url"] = RuleDocUrl(rule);
  return {
      {"message", message},
      {"location", std::move(location)},
      {"severity", RdfSeverity(severity)},
      {"source", {{"name", kToolName}, {"url", kProjectUrl}}},
      {"code", std::move(code)},
  };
}

}  // namespace

RdjsonlReporter::RdjsonlReporter(std::ostream& out, const ReportOptions&) : out_(out) {}

void RdjsonlReporter::AddFile(const FileReport& file) {
  auto print = [&](const json& diagnostic) {
    out_ << diagnostic.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  };
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      print(Diagnostic(problem.message, Location(file.path, nullptr), Severity::kError, "input"));
    }
    return;
  }
  LineIndex lines(file.document->original());
  for (const InputProblem& problem : file.problems) {
    LocatedPlace place;
    place.start = place.end = lines.At(problem.offset);
    print(Diagnostic(problem.message, Location(file.path, &place), Severity::kWarning, "input"));
  }
  for (const Finding& finding : file.findings) {
    LocatedFinding located = Locate(file, lines, finding);
    json diagnostic = Diagnostic(finding.message, Location(file.path, &located.place),
                                 finding.severity, finding.rule);
    if (!located.related.empty()) {
      json related = json::array();
      for (const LocatedPlace& place : located.related) {
        related.push_back({{"message", place.message}, {"location", Location(place.path, &place)}});
      }
      diagnostic["related_locations"] = std::move(related);
    }
    print(diagnostic);
  }
}

void RdjsonlReporter::Finish(const RunSummary&) { out_.flush(); }

}  // namespace qa
