// Fuzz target: the distributed run's records (cli/fingerprint_json.h) on any
// bytes. Each line is read as a fingerprint record and as a resolution; what
// parses must survive a round trip unchanged; the records are joined by the
// built-in cross-article checks (cli/fingerprint_join.h), and each check
// rebuilds digests from them and compares and resolves them, as check
// --reference and check --resolutions do with files from elsewhere.
#include <memory>
#include <string>
#include <vector>

#include "checks/attribution_conflict_check.h"
#include "checks/duplicate_text_check.h"
#include "checks/registry.h"
#include "cli/fingerprint_join.h"
#include "cli/fingerprint_json.h"
#include "fuzz_support.h"

namespace {

const std::vector<std::unique_ptr<qa::Check>>& Checks() {
  static const auto* checks = [] {
    std::vector<qa::RuleError> errors;
    auto* made = new std::vector<std::unique_ptr<qa::Check>>(
        qa::MakeChecks(qa::fuzz::BuiltinRules(), &errors));
    qa::fuzz::Require(errors.empty(), "the built-in checks do not build");
    return made;
  }();
  return *checks;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes = qa::fuzz::Bytes(data, size);
  std::vector<qa::FingerprintRecord> records;
  std::vector<qa::Resolution> resolutions;
  size_t begin = 0;
  while (begin <= bytes.size()) {
    size_t end = bytes.find('\n', begin);
    if (end == std::string::npos) end = bytes.size();
    const std::string_view line(bytes.data() + begin, end - begin);
    begin = end + 1;
    std::string error;
    if (std::optional<qa::FingerprintRecord> record = qa::RecordFromJson(line, &error)) {
      const std::string json = qa::RecordToJson(*record);
      std::optional<qa::FingerprintRecord> again = qa::RecordFromJson(json, &error);
      qa::fuzz::Require(again.has_value(), "a written record does not read back");
      qa::fuzz::Require(qa::RecordToJson(*again) == json, "a record changes on a round trip");
      records.push_back(std::move(*record));
    } else {
      qa::fuzz::Require(!error.empty(), "a record refused without a reason");
    }
    error.clear();
    if (std::optional<qa::Resolution> resolution = qa::ResolutionFromJson(line, &error)) {
      const std::string json = qa::ResolutionToJson(*resolution);
      std::optional<qa::Resolution> again = qa::ResolutionFromJson(json, &error);
      qa::fuzz::Require(again.has_value(), "a written resolution does not read back");
      qa::fuzz::Require(qa::ResolutionToJson(*again) == json,
                        "a resolution changes on a round trip");
      resolutions.push_back(std::move(*resolution));
    }
  }
  std::vector<const qa::Check*> checks;
  for (const auto& check : Checks()) checks.push_back(check.get());
  qa::JoinResult joined = qa::JoinRecords(records, checks);
  resolutions.insert(resolutions.end(), joined.resolutions.begin(), joined.resolutions.end());
  std::vector<const qa::Resolution*> all;
  for (const qa::Resolution& resolution : resolutions) all.push_back(&resolution);
  // Fresh checks (their memory starts empty): digests rebuilt from the
  // records, compared as references are and resolved as pass 2 does.
  // Built directly (they compile no patterns), so each input is quick.
  std::vector<qa::RuleError> errors;
  const qa::RuleSet& rules = qa::fuzz::BuiltinRules();
  std::vector<std::unique_ptr<qa::Check>> fresh;
  fresh.push_back(
      qa::DuplicateTextCheck::Create(*rules.FindRule("duplicate-text"), rules, &errors));
  fresh.push_back(qa::AttributionConflictCheck::Create(*rules.FindRule("attribution-conflict"),
                                                       rules, &errors));
  qa::fuzz::Require(errors.empty() && fresh[0] && fresh[1],
                    "the cross-article checks do not build");
  std::vector<qa::Finding> findings;
  for (const auto& check : fresh) {
    if (std::unique_ptr<qa::CrossFileDigest> digest = check->FromRecords(records)) {
      check->Resolve(*digest, all, &findings);
      check->Compare(*digest, &findings);
      check->Compare(*digest, &findings);
    }
  }
  return 0;
}
