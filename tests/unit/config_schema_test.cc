// docs/config.schema.json must accept the example configs, reject the bad
// ones in fixtures/config/schema/invalid/, and agree with the loader.
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

#include "config/config.h"
#include "test_files.h"

namespace qa {
namespace {

using test_files::ReadFile;
using test_files::RunCommand;
using test_files::ShellQuote;

namespace fs = std::filesystem;

const fs::path kSource = QA_SOURCE_DIR;
const fs::path kSchema = kSource / "docs/config.schema.json";
const fs::path kExamples = kSource / "fixtures/config/schema";

std::vector<std::string> JsonFilesIn(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(ConfigSchemaTest, ExamplesPassAndBadExamplesFail) {
  std::string command = "python3 " +
                        ShellQuote((kSource / "tests/tools/check_rule_schema.py").string()) + " " +
                        ShellQuote(kSchema.string()) + " --valid";
  for (const std::string& file : JsonFilesIn(kExamples / "valid"))
    command += " " + ShellQuote(file);
  command += " --invalid";
  for (const std::string& file : JsonFilesIn(kExamples / "invalid")) {
    command += " " + ShellQuote(file);
  }
  std::string output;
  int status = RunCommand(command, &output);
  ASSERT_NE(status, 127) << "python3 is not installed\n" << output;
  ASSERT_NE(status, 3) << output;  // the script names the missing python3-jsonschema package
  EXPECT_EQ(status, 0) << "configs do not match docs/config.schema.json as expected:\n" << output;
}

TEST(ConfigSchemaTest, LoaderAcceptsEveryGoodExample) {
  for (const std::string& file : JsonFilesIn(kExamples / "valid")) {
    ConfigResult result = ParseConfig(ReadFile(file), file, kExamples);
    for (const RuleError& error : result.errors) ADD_FAILURE() << error.ToString();
  }
}

TEST(ConfigSchemaTest, LoaderRejectsEveryBadExample) {
  for (const std::string& file : JsonFilesIn(kExamples / "invalid")) {
    ConfigResult result = ParseConfig(ReadFile(file), file, kExamples);
    EXPECT_FALSE(result.ok()) << file << " loads without errors";
  }
}

// Each key the schema documents is one the loader knows: a value of the
// wrong type gives a type error at that key, never "unknown key".
TEST(ConfigSchemaTest, SchemaKeysAreTheLoadersKeys) {
  nlohmann::json schema = nlohmann::json::parse(ReadFile(kSchema), nullptr, false);
  ASSERT_FALSE(schema.is_discarded());
  for (const auto& [key, value] : schema["properties"].items()) {
    nlohmann::json config = {{key, nullptr}};
    ConfigResult result = ParseConfig(config.dump(), "c.json", kExamples);
    ASSERT_FALSE(result.errors.empty()) << key;
    EXPECT_EQ(result.errors[0].key, "/" + key);
    EXPECT_EQ(result.errors[0].message.find("unknown key"), std::string::npos)
        << result.errors[0].ToString();
  }
}

TEST(ConfigSchemaTest, SeveritiesMatchTheLoader) {
  nlohmann::json schema = nlohmann::json::parse(ReadFile(kSchema), nullptr, false);
  ASSERT_FALSE(schema.is_discarded());
  for (const auto& name : schema["properties"]["min_level"]["enum"]) {
    EXPECT_TRUE(ParseSeverity(name.get<std::string>()).has_value()) << name;
  }
}

}  // namespace
}  // namespace qa
