#include "cli/join_command.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "checks/registry.h"
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
  std::map<std::string, const Check*, std::less<>> by_id;
  for (const std::unique_ptr<Check>& check : checks)
    by_id.emplace(std::string(check->id()), check.get());

  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back("-");
  std::vector<FingerprintRecord> records;
  size_t bad = 0;
  for (const std::string& path : paths) ReadRecords(path, &records, &bad, err);

  // Each key's records in the order a single run meets them.
  std::vector<const FingerprintRecord*> order;
  order.reserve(records.size());
  for (const FingerprintRecord& record : records) order.push_back(&record);
  std::sort(order.begin(), order.end(), [](const FingerprintRecord* a, const FingerprintRecord* b) {
    if (a->key != b->key) return a->key < b->key;
    if (!(a->article == b->article)) return a->article < b->article;
    return a->item < b->item;
  });
  std::vector<Resolution> resolutions;
  size_t keys = 0;
  std::map<std::string, size_t> unknown;  // records of checks not enabled here
  for (size_t begin = 0; begin < order.size();) {
    size_t end = begin + 1;
    while (end < order.size() && order[end]->key == order[begin]->key) ++end;
    ++keys;
    auto check = by_id.find(order[begin]->check);
    if (check == by_id.end()) {
      unknown[order[begin]->check] += end - begin;
    } else {
      check->second->JoinKey(std::span(order).subspan(begin, end - begin), &resolutions);
    }
    begin = end;
  }
  for (const auto& [id, count] : unknown) {
    err << "quoteaudit: join: " << count << " records of \"" << id
        << "\", which is not an enabled cross-article check here, not joined\n";
  }
  std::stable_sort(resolutions.begin(), resolutions.end(),
                   [](const Resolution& a, const Resolution& b) {
                     if (!(a.article == b.article)) return a.article < b.article;
                     if (a.check != b.check) return a.check < b.check;
                     return a.item < b.item;
                   });

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
    err << "quoteaudit: join: " << records.size() << " records, " << keys << " keys, "
        << resolutions.size() << " resolutions";
    if (bad > 0) err << "; " << bad << " bad " << (bad == 1 ? "line" : "lines") << " left out";
    err << '\n';
  }
  return bad > 0 || !unknown.empty() ? 2 : 0;
}

}  // namespace qa
