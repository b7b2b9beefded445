// The `rdjsonl` format against reviewdog's Diagnostic message: one JSON
// object per line with message, location.path, location.range (start and
// exclusive end, columns in UTF-8 bytes from 1), severity ERROR, WARNING or
// INFO, source.name and code.value.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "report_test_data.h"

namespace qa {
namespace {

using nlohmann::json;

std::vector<json> Diagnostics(const std::string& text) {
  std::vector<json> diagnostics;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    diagnostics.push_back(json::parse(line, nullptr, false));
    EXPECT_FALSE(diagnostics.back().is_discarded()) << line;
  }
  return diagnostics;
}

TEST(RdjsonlReporterTest, OneDiagnosticPerLine) {
  testing::SampleRun run;
  std::vector<json> diagnostics = Diagnostics(testing::RunFormat("rdjsonl", run.files));
  ASSERT_EQ(diagnostics.size(), 3u);
  const json& vague = diagnostics[0];
  EXPECT_EQ(vague["message"], "vague source");
  EXPECT_EQ(vague["severity"], "WARNING");
  EXPECT_EQ(vague["source"]["name"], "quoteaudit");
  EXPECT_EQ(vague["code"]["value"], "vague-source");
  EXPECT_TRUE(vague["code"]["url"].get<std::string>().ends_with("docs/rules/vague-source.md"));
  EXPECT_EQ(vague["location"]["path"], "news/harbour.txt");
  EXPECT_EQ(diagnostics[1]["severity"], "ERROR");
  EXPECT_EQ(diagnostics[2]["location"], (json{{"path", "missing.txt"}}));
  EXPECT_EQ(diagnostics[2]["code"]["value"], "input");
}

TEST(RdjsonlReporterTest, ColumnsCountUtf8BytesAndTheEndIsExclusive) {
  testing::SampleRun run;
  std::vector<json> diagnostics = Diagnostics(testing::RunFormat("rdjsonl", run.files));
  // "Café owners": 12 bytes (é is two) from column 1, so the end is 13.
  EXPECT_EQ(diagnostics[0]["location"]["range"], (json{{"start", {{"line", 5}, {"column", 1}}},
                                                       {"end", {{"line", 5}, {"column", 13}}}}));
  // The quote opens after "Café owners were told ": code point 23, byte 24.
  EXPECT_EQ(diagnostics[1]["location"]["range"]["start"], (json{{"line", 5}, {"column", 24}}));
}

TEST(RdjsonlReporterTest, RelatedLocations) {
  testing::SampleRun run;
  std::vector<json> diagnostics = Diagnostics(testing::RunFormat("rdjsonl", run.files));
  const json& related = diagnostics[1]["related_locations"];
  ASSERT_EQ(related.size(), 2u);
  EXPECT_EQ(related[0]["message"], "nearest named person");
  EXPECT_EQ(related[0]["location"]["path"], "news/harbour.txt");
  EXPECT_EQ(related[0]["location"]["range"]["start"], (json{{"line", 3}, {"column", 38}}));
  // Another file: its line is known, its byte column is not.
  EXPECT_EQ(related[1]["location"],
            (json{{"path", "news/other.txt"}, {"range", {{"start", {{"line", 7}}}}}}));
}

}  // namespace
}  // namespace qa
