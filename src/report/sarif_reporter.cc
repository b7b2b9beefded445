#include "report/sarif_reporter.h"

#include "report/located_finding.h"
#include "report/sarif_json.h"
#include "report/tool_info.h"

namespace qa {
namespace {

constexpr std::string_view kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kFingerprintKey = "quoteauditContent/v1";

// Every string goes through dump() with the "replace" handler, so invalid
// UTF-8 from the original bytes becomes U+FFFD instead of an exception.
std::string Dump(const SarifJson& value) {
  return value.dump(-1, ' ', false, SarifJson::error_handler_t::replace);
}

// SARIF messages read "[text](id)" as a link to a related location, so
// literal brackets around it are escaped.
std::string EscapeBrackets(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// "message (see [note](1), [note](2))" when there are related places.
std::string MessageText(const LocatedFinding& located) {
  const std::string& message = located.finding->message;
  if (located.related.empty()) return message;
  std::string text = EscapeBrackets(message) + " (see ";
  for (size_t i = 0; i < located.related.size(); ++i) {
    if (i > 0) text += ", ";
    const std::string& note = located.related[i].message;
    text += "[" + EscapeBrackets(note.empty() ? "here" : note) + "](" + std::to_string(i + 1) + ")";
  }
  return text + ")";
}

SarifJson PhysicalLocation(const LocatedPlace& place, std::string_view source) {
  return {{"artifactLocation", ArtifactLocation(place.path)}, {"region", Region(place, source)}};
}

SarifJson Notification(std::string_view path, std::string_view level, std::string_view message,
                       const LocatedPlace* place) {
  SarifJson physical = {{"artifactLocation", ArtifactLocation(path)}};
  if (place != nullptr) {
    physical["region"] = {{"startLine", place->start.line},
                          {"startColumn", place->start.column},
                          {"byteOffset", place->bytes.begin}};
  }
  return {{"level", level},
          {"message", {{"text", message}}},
          {"locations", {{{"physicalLocation", std::move(physical)}}}},
          {"descriptor", {{"id", "input"}}}};
}

}  // namespace

SarifReporter::SarifReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), options_(options) {
  for (size_t i = 0; i < options_.rules.size(); ++i) rule_index_[options_.rules[i].id] = i;
}

void SarifReporter::Start() {
  if (started_) return;
  started_ = true;
  SarifJson rules = SarifJson::array();
  for (const RuleDescription& rule : options_.rules) rules.push_back(RuleDescriptor(rule));
  SarifJson driver = {{"name", kToolName}};
  if (!options_.tool_version.empty()) {
    driver["version"] = options_.tool_version;
    driver["semanticVersion"] = options_.tool_version;
  }
  driver["informationUri"] = kProjectUrl;
  driver["rules"] = std::move(rules);
  SarifJson base_ids = {
      {"%SRCROOT%",
       {{"description",
         {{"text", "The directory quoteaudit ran in; in CI, the repository root."}}}}}};
  // Written by hand up to "results" so each result can follow as its file is
  // audited; one result per line.
  out_ << "{\"$schema\":" << Dump(kSchemaUri)
       << ",\"version\":\"2.1.0\",\"runs\":[{\"tool\":" << Dump({{"driver", std::move(driver)}})
       << ",\"originalUriBaseIds\":" << Dump(base_ids)
       << ",\"columnKind\":\"unicodeCodePoints\",\"results\":[";
}

void SarifReporter::WriteResult(const std::string& result) {
  out_ << (first_result_ ? "\n" : ",\n") << result;
  first_result_ = false;
}

void SarifReporter::AddFile(const FileReport& file) {
  Start();
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      notifications_.push_back(Dump(Notification(file.path, "error", problem.message, nullptr)));
    }
    return;
  }
  const std::string_view source = file.document->original();
  LineIndex lines(source);
  for (const InputProblem& problem : file.problems) {
    LocatedPlace place;
    place.bytes = {problem.offset, problem.offset};
    place.start = lines.At(problem.offset);
    notifications_.push_back(Dump(Notification(file.path, "warning", problem.message, &place)));
  }
  auto result_json = [&](const Finding& finding) {
    LocatedFinding located = Locate(file, lines, finding);
    SarifJson result = {{"ruleId", finding.rule}};
    if (auto it = rule_index_.find(finding.rule); it != rule_index_.end()) {
      result["ruleIndex"] = it->second;
    }
    result["level"] = SarifLevel(finding.severity);
    result["message"] = {{"text", MessageText(located)}};
    result["locations"] = {{{"physicalLocation", PhysicalLocation(located.place, source)}}};
    if (!finding.fingerprint.empty()) {
      result["partialFingerprints"] = {{kFingerprintKey, finding.fingerprint}};
    }
    if (!located.related.empty()) {
      SarifJson related = SarifJson::array();
      for (size_t i = 0; i < located.related.size(); ++i) {
        const LocatedPlace& place = located.related[i];
        bool same_file = place.path == located.place.path && place.start.byte_column > 0;
        related.push_back({{"id", i + 1},
                           {"physicalLocation", PhysicalLocation(place, same_file ? source : "")},
                           {"message", {{"text", place.message}}}});
      }
      result["relatedLocations"] = std::move(related);
    }
    return result;
  };
  // Suppressed findings (only with --show-suppressed) are merged in document
  // order, as the text format does.
  std::span<const SuppressedFinding> suppressed =
      options_.show_suppressed ? file.suppressed : std::span<const SuppressedFinding>();
  size_t next = 0;
  auto write_suppressed_before = [&](const Finding* finding) {
    for (; next < suppressed.size(); ++next) {
      const Finding& hidden = suppressed[next].finding;
      if (finding != nullptr && hidden.span.begin > finding->span.begin) return;
      SarifJson result = result_json(hidden);
      LocatedPlace directive;
      directive.path = std::string(file.path);
      directive.bytes = suppressed[next].directive;
      directive.start = lines.At(directive.bytes.begin);
      directive.end = lines.At(directive.bytes.end);
      result["suppressions"] = {
          {{"kind", "inSource"},
           {"location", {{"physicalLocation", PhysicalLocation(directive, source)}}}}};
      WriteResult(Dump(result));
    }
  };
  for (const Finding& finding : file.findings) {
    write_suppressed_before(&finding);
    WriteResult(Dump(result_json(finding)));
  }
  write_suppressed_before(nullptr);
}

void SarifReporter::Finish(const RunSummary& summary) {
  Start();
  out_ << (first_result_ ? "" : "\n") << "],\"invocations\":[{\"executionSuccessful\":"
       << (summary.input_errors == 0 ? "true" : "false") << ",\"toolExecutionNotifications\":[";
  for (size_t i = 0; i < notifications_.size(); ++i) {
    out_ << (i > 0 ? "," : "") << notifications_[i];
  }
  out_ << "]}]}]}\n";
  out_.flush();
}

}  // namespace qa
