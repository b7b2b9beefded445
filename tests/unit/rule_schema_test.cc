// docs/rule-file.schema.json must accept every shipped rule file, reject the
// bad examples in tests/data/rules/invalid/, and agree with the loader.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "rules/attribution_where.h"
#include "rules/rule_loader.h"
#include "test_files.h"

namespace qa {
namespace {

using test_files::ReadFile;
using test_files::RunCommand;
using test_files::ShellQuote;

namespace fs = std::filesystem;

const fs::path kSource = QA_SOURCE_DIR;

std::vector<std::string> JsonFilesIn(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json" && !name.starts_with(".")) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

nlohmann::json Schema() {
  return nlohmann::json::parse(ReadFile(kSource / "docs/rule-file.schema.json"), nullptr, false);
}

TEST(RuleSchemaTest, ShippedFilesPassAndBadExamplesFail) {
  std::string command = "python3 " +
                        ShellQuote((kSource / "tests/tools/check_rule_schema.py").string()) + " " +
                        ShellQuote((kSource / "docs/rule-file.schema.json").string()) + " --valid";
  for (const fs::path& dir : {kSource / "rules", kSource / "tests/data/rules/user"}) {
    for (const std::string& file : JsonFilesIn(dir)) command += " " + ShellQuote(file);
  }
  command += " --invalid";
  for (const std::string& file : JsonFilesIn(kSource / "tests/data/rules/invalid")) {
    command += " " + ShellQuote(file);
  }
  std::string output;
  int status = RunCommand(command, &output);
  ASSERT_NE(status, 127) << "python3 is not installed; run scripts/install-deps\n" << output;
  ASSERT_NE(status, 3) << output;  // the script names the missing python3-jsonschema package
  EXPECT_EQ(status, 0) << "rule files do not match docs/rule-file.schema.json:\n" << output;
}

// The loader must reject what the schema rejects, so the two stay in step.
TEST(RuleSchemaTest, LoaderRejectsEveryBadExample) {
  for (const std::string& file : JsonFilesIn(kSource / "tests/data/rules/invalid")) {
    RuleSetBuilder rules;
    Lexicon& verbs = rules.lexicons()["speech-verbs"];
    verbs.name = "speech-verbs";
    verbs.entries = {"said"};
    std::vector<RuleError> errors;
    MergeRuleFile(file, ReadFile(file), &rules, &errors);
    EXPECT_FALSE(errors.empty()) << file << " loads without errors";
  }
}

TEST(RuleSchemaTest, AttributionPlacesMatchTheLoader) {
  nlohmann::json schema = Schema();
  ASSERT_FALSE(schema.is_discarded());
  std::vector<std::string> in_schema =
      schema["$defs"]["attributionPattern"]["properties"]["where"]["enum"];
  std::vector<std::string> in_code(kAttributionPlaces.begin(), kAttributionPlaces.end());
  EXPECT_EQ(in_schema, in_code)
      << "update the \"where\" enum in docs/rule-file.schema.json to kAttributionPlaces";
}

TEST(RuleSchemaTest, SeveritiesMatchTheLoader) {
  nlohmann::json schema = Schema();
  ASSERT_FALSE(schema.is_discarded());
  for (const auto& name : schema["$defs"]["rule"]["properties"]["severity"]["enum"]) {
    EXPECT_TRUE(ParseSeverity(name.get<std::string>()).has_value()) << name;
  }
  EXPECT_EQ(schema["$defs"]["rule"]["properties"]["severity"]["enum"].size(), 3u);
}

}  // namespace
}  // namespace qa
