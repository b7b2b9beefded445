#include "report/gitlab_reporter.h"

#include <nlohmann/json.hpp>

#include "report/located_finding.h"

namespace qa {
namespace {

using json = nlohmann::ordered_json;

// FNV-1a, 64 bit: the same input gives the same fingerprint on every
// machine and run, which std::hash does not promise.
uint64_t Fnv1a(std::string_view bytes, uint64_t hash = 0xcbf29ce484222325ULL) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string Hex(uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[i] = kDigits[value & 0xF];
  return out;
}

std::string_view CodeQualitySeverity(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "critical";
    case Severity::kWarning:
      return "major";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

}  // namespace

GitlabReporter::GitlabReporter(std::ostream& out, const ReportOptions&) : out_(out) {}

void GitlabReporter::Issue(std::string_view description, std::string_view check_name,
                           std::string_view identity, std::string_view severity,
                           std::string_view path, size_t begin_line, size_t end_line) {
  uint64_t hash = Fnv1a(identity, Fnv1a(std::string(path) + '\0'));
  // The same file given twice would repeat its issues; each copy still gets
  // a fingerprint of its own.
  while (!fingerprints_.insert(hash).second) hash = Fnv1a("+", hash);
  json issue = {
      {"description", description},
      {"check_name", check_name},
      {"fingerprint", Hex(hash)},
      {"severity", severity},
      {"location", {{"path", path}, {"lines", {{"begin", begin_line}, {"end", end_line}}}}},
  };
  out_ << (first_ ? "[\n" : ",\n") << issue.dump(-1, ' ', false, json::error_handler_t::replace);
  first_ = false;
}

void GitlabReporter::AddFile(const FileReport& file) {
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      Issue(problem.message, "input", "input\n" + problem.message, "critical", file.path, 1, 1);
    }
    return;
  }
  LineIndex lines(file.document->original());
  for (const InputProblem& problem : file.problems) {
    size_t line = lines.At(problem.offset).line;
    Issue(problem.message, "input", "input\n" + problem.message,
          CodeQualitySeverity(Severity::kWarning), file.path, line, line);
  }
  for (const Finding& finding : file.findings) {
    LocatedFinding located = Locate(file, lines, finding);
    // Without a content fingerprint (never so from the auditor), the rule
    // and position still identify the finding within this run.
    std::string identity = !finding.fingerprint.empty()
                               ? finding.fingerprint
                               : finding.rule + ':' + std::to_string(located.place.bytes.begin);
    Issue(finding.message, finding.rule, identity, CodeQualitySeverity(finding.severity), file.path,
          located.place.start.line, located.place.end.line);
  }
}

void GitlabReporter::Finish(const RunSummary&) {
  out_ << (first_ ? "[]\n" : "\n]\n");
  out_.flush();
}

}  // namespace qa
