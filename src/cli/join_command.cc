#include "cli/join_command.h"

#include <memory>
#include <nlohmann/json.hpp>

#include "checks/registry.h"
#include "cli/fingerprint_join.h"
#include "cli/fingerprint_json.h"
#include "cli/json_lines_file.h"
#include "core/severity.h"
#include "report/output_file.h"

namespace qa {
namespace {

// Reads every record of `path` ("-": standard input) into *records; bad
// lines are reported on `err` and counted in *bad.
void ReadRecords(const std::string& path, std::vector<FingerprintRecord>* records, size_t* bad,
                 std::ostream& err) {
  std::string error;
  bool read = ForEachJsonLine(
      path,
      [&](size_t number, std::string_view line) {
        std::string why;
        std::optional<FingerprintRecord> record = RecordFromJson(line, &why);
        if (record) {
          records->push_back(std::move(*record));
        } else {
          err << "quoteaudit: join: " << path << ":" << number
              << ": not a fingerprint record: " << why << '\n';
          ++*bad;
        }
        return true;
      },
      &error);
  if (!read) {
    err << "quoteaudit: join: " << error << '\n';
    ++*bad;
  }
}

// join --findings: one article's line, shaped like the jsonl format's
// (report/jsonl_reporter.h) but for the cross-article findings alone.
std::string FindingsJson(const ArticleFindings& article) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (size_t i = 0; i < article.findings.size(); ++i) {
    const Finding& finding = article.findings[i];
    const RecordPlace& place = article.places[i];
    nlohmann::ordered_json related = nlohmann::ordered_json::array();
    for (const RelatedLocation& location : finding.related) {
      related.push_back({{"path", location.path},
                         {"start", location.span.begin},
                         {"end", location.span.end},
                         {"line", location.line},
                         {"column", location.column},
                         {"message", location.message}});
    }
    findings.push_back({{"rule", finding.rule},
                        {"severity", std::string(SeverityName(finding.severity))},
                        {"message", finding.message},
                        {"start", place.source.begin},
                        {"end", place.source.end},
                        {"line", place.line},
                        {"column", place.column},
                        {"related", std::move(related)}});
  }
  nlohmann::ordered_json line = {{"path", article.article.path},
                                 {"archive", article.article.archive},
                                 {"line", article.article.line},
                                 {"findings", std::move(findings)}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

int RunJoin(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err) {
  // The cross-article checks as the rules configure them (their options
  // decide the join: report budgets, per-file limits).
  Engine* engine = engines->For("-", /*build_auditor=*/false);
  std::vector<RuleError> errors = engines->errors();
  std::vector<std::unique_ptr<Check>> checks;
  if (engine != nullptr && errors.empty()) checks = MakeChecks(engine->rules, &errors);
  if (engine == nullptr || !errors.empty()) {
    for (const RuleError& error : errors) err << "quoteaudit: " << error.ToString() << '\n';
    return 2;
  }
  std::vector<const Check*> cross_checks;
  for (const std::unique_ptr<Check>& check : checks) cross_checks.push_back(check.get());

  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("-");
  std::vector<FingerprintRecord> records;
  size_t bad = 0;
  for (const std::string& path : paths) ReadRecords(path, &records, &bad, err);
  const JoinResult joined = JoinRecords(records, cross_checks);
  const std::vector<Resolution>& resolutions = joined.resolutions;
  for (const auto& [id, count] : joined.unknown) {
    err << "quoteaudit: join: " << count << " records of \"" << id
        << "\", which is not an enabled cross-article check here, not joined\n";
  }

  std::unique_ptr<OutputFile> file;
  if (!options.output_file.empty()) {
    std::string error;
    file = OutputFile::Open(options.output_file, &error);
    if (file == nullptr) {
      err << "quoteaudit: join: " << error << '\n';
      return 2;
    }
  }
  std::ostream& sink = file ? file->stream() : out;
  size_t written = resolutions.size();
  if (options.join_findings) {
    const std::vector<ArticleFindings> found = FindingsOf(records, resolutions, cross_checks);
    written = 0;
    for (const ArticleFindings& article : found) {
      sink << FindingsJson(article) << '\n';
      written += article.findings.size();
    }
  } else {
    for (const Resolution& resolution : resolutions) sink << ResolutionToJson(resolution) << '\n';
  }
  if (file) {
    std::string error;
    if (!file->Commit(&error)) {
      err << "quoteaudit: join: " << error << '\n';
      return 2;
    }
  } else {
    out.flush();
  }
  if (!options.quiet) {
    err << "quoteaudit: join: " << records.size() << " records, " << joined.keys << " keys, "
        << written << (options.join_findings ? " findings" : " resolutions");
    if (bad > 0) err << "; " << bad << " bad " << (bad == 1 ? "line" : "lines") << " left out";
    err << '\n';
  }
  return bad > 0 || !joined.unknown.empty() ? 2 : 0;
}

}  // namespace qa
