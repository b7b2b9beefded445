// SARIF reports of real runs validate against the SARIF 2.1.0 schema
// (../shared/schemas/sarif-schema-2.1.0.json) with python3's jsonschema.
// The structural checks that need no schema are in report_sarif_test.cc.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_run.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using test_files::RunCommand;
using test_files::ShellQuote;

class SarifSchemaTest : public test_files::QuoteauditTest {
 protected:
  // Runs quoteaudit in dir_ writing `report`; returns its exit status.
  int Audit(const std::string& arguments) { return Run(arguments).exit_code; }
  // Validates dir_/report against the schema; "" when valid.
  std::string SchemaProblems(const fs::path& schema, const std::string& report) {
    std::string output;
    int status = RunCommand(
        "python3 " + ShellQuote(std::string(QA_SOURCE_DIR) + "/tests/tools/validate_json.py") +
            " " + ShellQuote(schema.string()) + " " + ShellQuote((dir_ / report).string()),
        &output);
    return status == 0 ? "" : "exit " + std::to_string(status) + ": " + output;
  }
};

TEST_F(SarifSchemaTest, RealRunsValidate) {
  fs::path schema = test_files::SharedDir() / "schemas" / "sarif-schema-2.1.0.json";
  QA_SHARED_PATH_OR_SKIP(schema);
  std::string probe;
  ASSERT_EQ(RunCommand("python3 -c 'import jsonschema'", &probe), 0)
      << "python3's jsonschema module is missing (scripts/install-deps installs "
         "python3-jsonschema):\n"
      << probe;
  // Invented articles: multi-byte characters, a byte that is not UTF-8, a
  // control byte, a path with a comma and a colon, a paragraph repeated
  // across files, an inline directive, a missing file.
  Write("harbour, draft: 1.txt",
        "Caf\xC3\xA9 owners were told \"the pier stays\x01 shut\" on Monday.\n\n"
        "Experts said the repairs would take two years \xFF or more.\n\n"
        "The ferry to Lunholm will run twice a day from March, the harbour office announced.\n");
  Write("ferry.md",
        "# Ferry\n\n<!-- quoteaudit-ignore vague-source -- named in the sidebar -->\n"
        "Critics argue the timetable will hurt commuters.\n\n"
        "The ferry to Lunholm will run twice a day from March, the harbour office announced.\n");
  EXPECT_EQ(Audit("check --show-suppressed --format sarif:full.sarif 'harbour, draft: 1.txt' "
                  "ferry.md missing.txt"),
            2);
  EXPECT_EQ(SchemaProblems(schema, "full.sarif"), "");
  Write("clean.txt", "The library opens at nine on weekdays.\n");
  EXPECT_EQ(Audit("check --format sarif:clean.sarif clean.txt"), 0);
  EXPECT_EQ(SchemaProblems(schema, "clean.sarif"), "");
}

}  // namespace
}  // namespace qa
