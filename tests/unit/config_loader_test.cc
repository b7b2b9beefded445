// Reading .quoteaudit.json: what each key becomes, and that every mistake is
// reported with the config file's name and the JSON pointer of the key.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/config.h"
#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

const fs::path kConfigDir = "/tmp/newsroom";

ConfigResult Parse(const std::string& text) {
  return ParseConfig(text, "site/.quoteaudit.json", kConfigDir);
}

std::vector<std::string> Messages(const std::string& text) {
  std::vector<std::string> out;
  for (const RuleError& error : Parse(text).errors) out.push_back(error.ToString());
  return out;
}

// The one error `text` gives, as printed.
std::string OnlyError(const std::string& text) {
  std::vector<std::string> messages = Messages(text);
  EXPECT_EQ(messages.size(), 1u) << ::testing::PrintToString(messages);
  return messages.empty() ? "" : messages[0];
}

TEST(ConfigLoaderTest, EmptyObjectIsAValidConfig) {
  ConfigResult result = Parse("{}");
  EXPECT_TRUE(result.ok());
  EXPECT_EQ(result.config.path, "site/.quoteaudit.json");
  EXPECT_TRUE(result.config.rules.empty());
  EXPECT_FALSE(result.config.has_fail_level);
  EXPECT_FALSE(result.config.min_level.has_value());
  ASSERT_NE(result.config.ignore_rules, nullptr);
  EXPECT_TRUE(result.config.ignore_rules->empty());
}

TEST(ConfigLoaderTest, ReadsEveryKey) {
  ConfigResult result = Parse(R"({
    // comments are allowed, as in rule files
    "$schema": "https://example.org/config.schema.json",
    "rules": {
      "vague-source": "error",
      "unbalanced-quote": "off",
      "unattributed-quote": { "severity": "warning", "options": { "min_words": 3 } },
      "duplicate-text": { "enabled": false }
    },
    "lexicons": { "vague-sources": { "add": ["gossips"], "remove": ["people"] } },
    "fail_level": "warning",
    "min_level": "warning",
    "ignore": ["*.draft.txt", "!keep.draft.txt"]
  })");
  ASSERT_TRUE(result.ok()) << result.errors[0].ToString();
  const Config& config = result.config;
  ASSERT_EQ(config.rules.size(), 4u);
  // nlohmann keeps object keys sorted.
  EXPECT_EQ(config.rules[0].id, "duplicate-text");
  EXPECT_EQ(config.rules[0].enabled, false);
  EXPECT_FALSE(config.rules[0].severity.has_value());
  EXPECT_EQ(config.rules[1].id, "unattributed-quote");
  EXPECT_EQ(config.rules[1].severity, Severity::kWarning);
  EXPECT_EQ((*config.rules[1].options)["min_words"], 3);
  EXPECT_EQ(config.rules[2].id, "unbalanced-quote");
  EXPECT_EQ(config.rules[2].enabled, false);
  EXPECT_EQ(config.rules[3].id, "vague-source");
  EXPECT_EQ(config.rules[3].enabled, true);
  EXPECT_EQ(config.rules[3].severity, Severity::kError);
  EXPECT_EQ(config.rules[3].pointer, "/rules/vague-source");

  ASSERT_EQ(config.lexicons.size(), 1u);
  EXPECT_EQ(config.lexicons[0].add, std::vector<std::string>{"gossips"});
  EXPECT_EQ(config.lexicons[0].remove, std::vector<std::string>{"people"});

  EXPECT_TRUE(config.has_fail_level);
  EXPECT_EQ(config.fail_level, Severity::kWarning);
  EXPECT_EQ(config.min_level, Severity::kWarning);
  EXPECT_EQ(config.ignore_rules->patterns(),
            (std::vector<std::string>{"*.draft.txt", "!keep.draft.txt"}));
}

TEST(ConfigLoaderTest, FailLevelNoneMeansNeverFail) {
  ConfigResult result = Parse(R"({"fail_level": "none"})");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.config.has_fail_level);
  EXPECT_FALSE(result.config.fail_level.has_value());
}

TEST(ConfigLoaderTest, UnknownTopLevelKeySuggestsTheRightOne) {
  EXPECT_EQ(OnlyError(R"({"rulez": {}})"),
            "site/.quoteaudit.json: /rulez: unknown key (did you mean \"rules\"?)");
  EXPECT_EQ(OnlyError(R"({"fail-level": "error"})"),
            "site/.quoteaudit.json: /fail-level: unknown key (did you mean \"fail_level\"?)");
}

TEST(ConfigLoaderTest, BadRuleSettingsNameTheRule) {
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": "fatal"}})"),
            "site/.quoteaudit.json: /rules/vague-source: unknown setting \"fatal\"; expected "
            "\"off\", \"info\", \"warning\" or \"error\", or an object");
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": {"severity": "high"}}})"),
            "site/.quoteaudit.json: /rules/vague-source/severity: unknown severity \"high\"; "
            "expected \"error\", \"warning\" or \"info\"");
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": {"enabled": "yes"}}})"),
            "site/.quoteaudit.json: /rules/vague-source/enabled: expected true or false, got "
            "string");
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": {"option": {}}}})"),
            "site/.quoteaudit.json: /rules/vague-source/option: unknown key (did you mean "
            "\"options\"?)");
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": {"options": []}}})"),
            "site/.quoteaudit.json: /rules/vague-source/options: expected an object, got array");
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": true}})"),
            "site/.quoteaudit.json: /rules/vague-source: expected \"off\", a severity or an "
            "object, got boolean");
  EXPECT_EQ(OnlyError(R"({"rules": ["vague-source"]})"),
            "site/.quoteaudit.json: /rules: expected an object, got array");
}

TEST(ConfigLoaderTest, BadLexiconEditsNameTheEntry) {
  EXPECT_EQ(OnlyError(R"({"lexicons": {"vague-sources": {"append": ["x"]}}})"),
            "site/.quoteaudit.json: /lexicons/vague-sources/append: unknown key; expected one "
            "of \"add\", \"remove\"");
  EXPECT_EQ(OnlyError(R"({"lexicons": {"vague-sources": {"add": ["gossips", 7]}}})"),
            "site/.quoteaudit.json: /lexicons/vague-sources/add/1: expected a string, got number");
  EXPECT_EQ(OnlyError(R"({"lexicons": {"vague-sources": {"remove": "people"}}})"),
            "site/.quoteaudit.json: /lexicons/vague-sources/remove: expected an array, got "
            "string");
  EXPECT_EQ(OnlyError(R"({"lexicons": {"vague-sources": {"add": [""]}}})"),
            "site/.quoteaudit.json: /lexicons/vague-sources/add/0: must not be empty");
}

TEST(ConfigLoaderTest, BadLevelsAndIgnoreLists) {
  EXPECT_EQ(OnlyError(R"({"fail_level": "fatal"})"),
            "site/.quoteaudit.json: /fail_level: unknown level \"fatal\"; expected \"none\", "
            "\"info\", \"warning\" or \"error\"");
  EXPECT_EQ(OnlyError(R"({"min_level": "none"})"),
            "site/.quoteaudit.json: /min_level: unknown level \"none\"; expected \"info\", "
            "\"warning\" or \"error\"");
  EXPECT_EQ(OnlyError(R"({"min_level": 2})"),
            "site/.quoteaudit.json: /min_level: expected a string, got number");
  EXPECT_EQ(OnlyError(R"({"ignore": "*.draft.txt"})"),
            "site/.quoteaudit.json: /ignore: expected an array, got string");
  EXPECT_EQ(OnlyError(R"({"ignore": ["ok.txt", "[z-a].txt"]})")
                .rfind("site/.quoteaudit.json: /ignore/1: invalid pattern \"[z-a].txt\"", 0),
            0u);
}

TEST(ConfigLoaderTest, SyntaxErrorsGiveLineAndColumn) {
  EXPECT_EQ(OnlyError("{\n  \"rules\": {,}\n}").rfind("site/.quoteaudit.json:2:13: ", 0), 0u);
}

TEST(ConfigLoaderTest, DuplicateKeysAreErrors) {
  EXPECT_EQ(OnlyError(R"({"rules": {"vague-source": "off", "vague-source": "error"}})"),
            "site/.quoteaudit.json: /rules/vague-source: duplicate key; only the last of its "
            "values would be used");
}

TEST(ConfigLoaderTest, AllErrorsAreReportedAtOnce) {
  EXPECT_EQ(Messages(R"({"rulez": {}, "fail_level": "x", "ignore": [1]})").size(), 3u);
}

TEST(ConfigLoaderTest, FrontMatterFields) {
  EXPECT_FALSE(Parse("{}").config.front_matter_fields.has_value());
  ConfigResult result = Parse(R"({"front_matter_fields": ["title", "dek"]})");
  ASSERT_TRUE(result.ok()) << result.errors[0].ToString();
  EXPECT_EQ(result.config.front_matter_fields, (std::vector<std::string>{"title", "dek"}));
  // An empty list audits no field at all.
  result = Parse(R"({"front_matter_fields": []})");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.config.front_matter_fields, std::vector<std::string>{});
  EXPECT_EQ(OnlyError(R"({"front_matter_fields": "title"})"),
            "site/.quoteaudit.json: /front_matter_fields: expected an array, got string");
  EXPECT_EQ(OnlyError(R"({"front_matter_fields": ["title", " "]})"),
            "site/.quoteaudit.json: /front_matter_fields/1: must not be blank");
}

TEST(ConfigLoaderTest, TopLevelMustBeAnObject) {
  EXPECT_EQ(OnlyError("[]"),
            "site/.quoteaudit.json: expected an object at the top level, got array");
}

class ConfigFileTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(dir_ / "house-rules"); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
    return (dir_ / name).string();
  }
  test_files::TestFolder folder_{"qa_config_file_"};
  fs::path dir_ = folder_.path();
};

TEST_F(ConfigFileTest, RulesDirsAreRelativeToTheConfigFile) {
  Write("house-rules/words.json", "{}");
  std::string path =
      Write(".quoteaudit.json", R"({"rules_dirs": ["house-rules", "house-rules/words.json"]})");
  ConfigResult result = LoadConfig(path, "newsroom/.quoteaudit.json");
  ASSERT_TRUE(result.ok()) << result.errors[0].ToString();
  EXPECT_EQ(result.config.path, "newsroom/.quoteaudit.json");
  EXPECT_EQ(result.config.directory, dir_);
  EXPECT_EQ(result.config.rules_dirs,
            (std::vector<std::string>{(dir_ / "house-rules").string(),
                                      (dir_ / "house-rules/words.json").string()}));
}

TEST_F(ConfigFileTest, MissingRulesDirIsAnErrorAtItsPointer) {
  std::string path = Write(".quoteaudit.json", R"({"rules_dirs": ["house-rules", "nowhere"]})");
  ConfigResult result = LoadConfig(path, "newsroom/.quoteaudit.json");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].ToString(),
            "newsroom/.quoteaudit.json: /rules_dirs/1: no such directory \"nowhere\" (looked for " +
                (dir_ / "nowhere").string() + ")");
}

TEST_F(ConfigFileTest, MissingFileIsAnError) {
  ConfigResult result = LoadConfig((dir_ / "absent.json").string(), "absent.json");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].ToString(), "absent.json: no such config file");
}

TEST_F(ConfigFileTest, DirectoryIsNotAConfig) {
  ConfigResult result = LoadConfig(dir_.string(), "newsroom");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].ToString(), "newsroom: is a directory, not a config file");
}

}  // namespace
}  // namespace qa
