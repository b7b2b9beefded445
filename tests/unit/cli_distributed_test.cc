// The distributed run through the binary (docs/scale.md): check
// --emit-fingerprints per shard, quoteaudit join, check --resolutions
// --only-resolved, merged, equal a single check over the shards line for
// line; quoteaudit worker answers each request with one line; a fingerprint
// file works as --reference.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace qa {
namespace {

using nlohmann::json;
using test_files::RunResult;

// Invented wire copy: a house line in every article, a story copied whole
// into the second shard, and the same words given to two people.
const std::string kHouse =
    "Readers can reach the Harbour Ledger newsroom by letter or at the front desk on weekdays.";
const std::string kFerry =
    "\"We will reopen the ferry line before the summer season starts,\" said Mayor Ilse Brandt.";
const std::string kPier =
    "The old pier at Kessel Point lost three of its pylons in the February gales last year.";

std::string Line(const std::string& id, const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& paragraph : paragraphs) text += paragraph + "\n\n";
  return json{{"id", id}, {"text", text}}.dump() + "\n";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class CliDistributedTest : public test_files::QuoteauditTest {
 protected:
  void SetUp() override {
    QuoteauditTest::SetUp();
    Write(
        "shards/a.jsonl",
        Line("ferry", {kFerry, kPier, kHouse}) +
            Line("toll", {"Councillors kept the bridge toll at its level until the spring review.",
                          kHouse}));
    Write(
        "shards/b.jsonl",
        Line("copy", {kFerry, kPier, kHouse}) +
            Line("moll", {"\"We will reopen the ferry line before the summer season starts,\" "
                          "said Anders Moll.",
                          kHouse}) +
            Line("quiet", {"The harbour office opens at nine on weekdays and at ten on Sundays."}));
  }

  // --format jsonl lines of one check over both shards, in order.
  std::vector<std::string> SingleRun() {
    RunResult run =
        Run("check --no-config --input-format jsonl --format jsonl shards/a.jsonl shards/b.jsonl");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return Lines(run.out);
  }
};

TEST_F(CliDistributedTest, EmitJoinResolveGivesTheSingleRunsLines) {
  const std::vector<std::string> single = SingleRun();
  ASSERT_EQ(single.size(), 5u);
  EXPECT_TRUE(Contains(single[2], "whole article is a copy of shards/a.jsonl#ferry")) << single[2];
  EXPECT_TRUE(Contains(single[3], "attribution-conflict")) << single[3];

  std::map<std::string, std::string> by_path;
  std::vector<std::string> order;
  Write("parts/.keep", "");
  for (const char* shard : {"a", "b"}) {
    const std::string s(shard);
    RunResult pass1 = Run("check --no-config --input-format jsonl --format jsonl:parts/" + s +
                          ".results --emit-fingerprints parts/" + s + ".fp shards/" + s + ".jsonl");
    ASSERT_EQ(pass1.exit_code, 0) << pass1.err;
    for (const std::string& line : Lines(test_files::ReadFile(dir_ / "parts" / (s + ".results")))) {
      // No comparison between articles in pass 1.
      EXPECT_FALSE(Contains(line, "whole article")) << line;
      const std::string path = json::parse(line)["path"];
      order.push_back(path);
      by_path[path] = line;
    }
  }
  RunResult join = Run("--no-config join -o parts/resolutions parts/b.fp parts/a.fp");
  ASSERT_EQ(join.exit_code, 0) << join.err;
  EXPECT_TRUE(Contains(join.err, "resolutions")) << join.err;
  for (const char* shard : {"a", "b"}) {
    const std::string s(shard);
    RunResult pass2 =
        Run("check --no-config --input-format jsonl --resolutions parts/resolutions "
            "--only-resolved --format jsonl shards/" +
            s + ".jsonl");
    ASSERT_EQ(pass2.exit_code, 0) << pass2.err;
    for (const std::string& line : Lines(pass2.out)) by_path[json::parse(line)["path"]] = line;
    // Only the articles with a cross-article finding: the house line's
    // later copy in a; the whole copy and the conflicting quote in b.
    EXPECT_EQ(Lines(pass2.out).size(), s == "a" ? 1u : 2u) << pass2.out;
  }
  std::vector<std::string> merged;
  for (const std::string& path : order) merged.push_back(by_path[path]);
  EXPECT_EQ(merged, single);
}

TEST_F(CliDistributedTest, JoinNamesABadRecordAndJoinsTheRest) {
  ASSERT_EQ(Run("check --no-config --input-format jsonl --format jsonl:r --emit-fingerprints fp "
                "shards/a.jsonl shards/b.jsonl")
                .exit_code,
            0);
  std::string records = test_files::ReadFile(dir_ / "fp");
  Write("bad.fp", "{\"key\": 7}\n" + records);
  RunResult join = Run("--no-config join -", "bad.fp");
  EXPECT_EQ(join.exit_code, 2);
  EXPECT_TRUE(Contains(join.err, "-:1: not a fingerprint record: field \"key\" is not a string"))
      << join.err;
  EXPECT_TRUE(Contains(join.out, "\"kind\":\"same-text\"")) << join.out;
}

TEST_F(CliDistributedTest, WorkerAnswersEveryRequestWithOneLine) {
  Write("requests",
        json{{"args",
              {"--emit-fingerprints", "w.fp", "--format", "jsonl:w.results", "shards/a.jsonl"}}}
                .dump() +
            "\nnot a request\n" +
            json{{"args", {"--rules", "elsewhere", "shards/b.jsonl"}}}.dump() + "\n" +
            json{{"args", {"--format", "jsonl", "shards/b.jsonl"}}}.dump() + "\n" +
            json{{"args", {"--format", "jsonl", "-"}}}.dump() + "\n");
  RunResult worker = Run("--no-config worker -- --input-format jsonl", "requests");
  EXPECT_EQ(worker.exit_code, 0) << worker.err;
  std::vector<std::string> replies = Lines(worker.out);
  ASSERT_EQ(replies.size(), 5u) << worker.out;
  // Standard input is the request stream: a request may not read it.
  EXPECT_EQ(json::parse(replies[4])["exit"], 2);
  EXPECT_TRUE(Contains(json::parse(replies[4])["stderr"], "never -")) << replies[4];
  EXPECT_EQ(json::parse(replies[0])["exit"], 0) << replies[0];
  EXPECT_EQ(json::parse(replies[1])["exit"], 2);
  EXPECT_EQ(json::parse(replies[2])["exit"], 2);
  EXPECT_TRUE(Contains(json::parse(replies[2])["stderr"], "--rules is fixed")) << replies[2];
  // A plain request's report comes back in the reply, as check writes it.
  RunResult direct = Run("check --no-config --input-format jsonl --format jsonl shards/b.jsonl");
  EXPECT_EQ(json::parse(replies[3])["stdout"], direct.out);
  RunResult pass1 =
      Run("check --no-config --input-format jsonl --format jsonl:d.results "
          "--emit-fingerprints d.fp shards/a.jsonl");
  EXPECT_EQ(test_files::ReadFile(dir_ / "w.fp"), test_files::ReadFile(dir_ / "d.fp"));
  EXPECT_EQ(test_files::ReadFile(dir_ / "w.results"), test_files::ReadFile(dir_ / "d.results"));
}

TEST_F(CliDistributedTest, AFingerprintFileIsAReference) {
  const std::vector<std::string> single = SingleRun();
  ASSERT_EQ(Run("check --no-config --input-format jsonl --format jsonl:r --emit-fingerprints a.fp "
                "shards/a.jsonl")
                .exit_code,
            0);
  RunResult checked =
      Run("check --no-config --input-format jsonl --format jsonl --reference a.fp shards/b.jsonl");
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_EQ(Lines(checked.out), std::vector<std::string>(single.begin() + 2, single.end()));
}

}  // namespace
}  // namespace qa
