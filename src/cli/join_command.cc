#include "cli/join_command.h"

#include <fstream>
#include <iostream>
#include <memory>

#include "checks/registry.h"
#include "cli/fingerprint_join.h"
#include "cli/fingerprint_json.h"
#include "report/output_file.h"

namespace qa {
namespace {

// Reads every record of `path` ("-": standard input) into *records; bad
// lines are reported on `err` and counted in *bad.
void ReadRecords(const std::string& path, std::vector<FingerprintRecord>* records, size_t* bad,
                 std::ostream& err) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      err << "quoteaudit: join: cannot read " << path << '\n';
      ++*bad;
      return;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string why;
    std::optional<FingerprintRecord> record = RecordFromJson(line, &why);
    if (!record) {
      err << "quoteaudit: join: " << path << ":" << number << ": not a fingerprint record: " << why
          << '\n';
      ++*bad;
      continue;
    }
    records->push_back(std::move(*record));
  }
  if (in.bad()) {
    err << "quoteaudit: join: read error in " << path << '\n';
    ++*bad;
  }
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
  for (const Resolution& resolution : resolutions) sink << ResolutionToJson(resolution) << '\n';
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
        << resolutions.size() << " resolutions";
    if (bad > 0) err << "; " << bad << " bad " << (bad == 1 ? "line" : "lines") << " left out";
    err << '\n';
  }
  return bad > 0 || !joined.unknown.empty() ? 2 : 0;
}

}  // namespace qa
