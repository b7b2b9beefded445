// check and quotes over JSON Lines archives (--input-format jsonl) and the
// jsonl output format, end to end through the binary. The archives are the
// invented ones in fixtures/jsonl/, copied into a scratch folder so reports
// name them briefly.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace qa {
namespace {

using nlohmann::json;
using test_files::ReadFile;
using test_files::RunResult;

std::string Fixture(const std::string& name) {
  return ReadFile(std::filesystem::path(QA_SOURCE_DIR) / "fixtures" / "jsonl" / name);
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Every line of `text` parsed as JSON.
std::vector<json> JsonLines(const std::string& text) {
  std::vector<json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  return lines;
}

// The rules of the findings in a json or jsonl file object.
std::vector<std::string> Rules(const json& file) {
  std::vector<std::string> rules;
  for (const json& finding : file["findings"]) rules.push_back(finding["rule"]);
  return rules;
}

class CliJsonlTest : public test_files::QuoteauditTest {
 protected:
  void SetUp() override {
    QuoteauditTest::SetUp();
    Write("wire.jsonl", Fixture("wire.jsonl"));
  }
};

TEST_F(CliJsonlTest, FindingsAreAtArchiveAndIdWithPositionsInTheArticle) {
  RunResult run = Run("check --no-config --input-format jsonl --format line wire.jsonl");
  // "Experts said" opens line 7 of article a1's text.
  EXPECT_TRUE(Contains(run.out, "wire.jsonl#a1:7:1: warning:")) << run.out;
  // The unattributed quote of the article with the number id 17, line 3.
  EXPECT_TRUE(Contains(run.out, "wire.jsonl#17:3:1:")) << run.out;
}

TEST_F(CliJsonlTest, BadLinesAreInputErrorsAndLaterLinesStillAudit) {
  RunResult run = Run("check --no-config --input-format jsonl --format text wire.jsonl");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(Contains(run.out, "wire.jsonl:4: error: not valid JSON")) << run.out;
  EXPECT_TRUE(Contains(run.out, "wire.jsonl:5: error: no \"text\" field")) << run.out;
  EXPECT_TRUE(Contains(run.out, "wire.jsonl:6: error: \"text\" is a number, not a string"))
      << run.out;
  // Line 3 is blank: skipped, not an error.
  EXPECT_FALSE(Contains(run.out, "wire.jsonl:3:")) << run.out;
  // Line 7 has no id: it is named by its line number, and it is audited.
  EXPECT_TRUE(Contains(run.out, "wire.jsonl#7:")) << run.out;
  // The totals count articles (and the lines that held none).
  EXPECT_TRUE(Contains(run.out, "\n6 articles, 2 quotes: ")) << run.out;
}

TEST_F(CliJsonlTest, ANumberPastADoublesRangeIsThatLinesErrorAndTheRestIsAudited) {
  // Valid JSON syntax nlohmann cannot hold: it once stopped the whole run.
  Write("huge.jsonl",
        "{\"id\": \"a\", \"text\": \"Experts said the pier is unsafe.\", \"views\": 8e8888}\n"
        "{\"id\": " +
            std::string(300, '9') +
            "e999, \"text\": \"Critics said so too.\"}\n"
            "{\"id\": \"c\", \"text\": \"Observers said the ferry was late.\"}\n");
  RunResult run = Run("check --no-config --input-format jsonl --format text huge.jsonl");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_FALSE(Contains(run.err, "internal error")) << run.err;
  EXPECT_TRUE(Contains(run.out, "huge.jsonl:1: error: not valid JSON: number overflow parsing"))
      << run.out;
  EXPECT_TRUE(Contains(run.out, "huge.jsonl:2: error: not valid JSON: number overflow parsing"))
      << run.out;
  EXPECT_FALSE(Contains(run.out, std::string(100, '9'))) << "the long number is cut";
  EXPECT_TRUE(Contains(run.out, "huge.jsonl#c:1:1: warning: vague source")) << run.out;
}

TEST_F(CliJsonlTest, DuplicateParagraphAcrossLinesIsFoundInLineOrder) {
  RunResult run = Run("check --no-config --input-format jsonl --format json wire.jsonl");
  json report = json::parse(run.out);
  const json* later = nullptr;
  for (const json& file : report["files"]) {
    if (file["path"] == "wire.jsonl#7") later = &file;
    if (file["path"] == "wire.jsonl#a1") {
      for (const json& finding : file["findings"]) EXPECT_NE(finding["rule"], "duplicate-text");
    }
  }
  ASSERT_NE(later, nullptr) << run.out;
  bool found = false;
  for (const json& finding : (*later)["findings"]) {
    if (finding["rule"] != "duplicate-text") continue;
    found = true;
    EXPECT_EQ(finding["line"], 3) << finding;
    ASSERT_FALSE(finding["related"].empty()) << finding;
    EXPECT_EQ(finding["related"][0]["path"], "wire.jsonl#a1") << finding;
  }
  EXPECT_TRUE(found) << later->dump();
}

TEST_F(CliJsonlTest, JsonlFormatIsOneObjectPerArticleInLineOrder) {
  RunResult run = Run("check --no-config --input-format jsonl --format jsonl wire.jsonl");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  std::vector<json> lines = JsonLines(run.out);
  // Six non-blank lines: three articles and three lines that hold none.
  ASSERT_EQ(lines.size(), 6u) << run.out;
  std::vector<size_t> line_numbers;
  for (const json& line : lines) line_numbers.push_back(line["line"]);
  EXPECT_EQ(line_numbers, (std::vector<size_t>{1, 2, 4, 5, 6, 7}));
  const json& first = lines[0];
  EXPECT_EQ(first["path"], "wire.jsonl#a1");
  EXPECT_EQ(first["archive"], "wire.jsonl");
  EXPECT_EQ(first["id"], "a1");
  ASSERT_FALSE(first["quotes"].empty());
  const json& quote = first["quotes"][0];
  EXPECT_EQ(quote["speaker"], "Ines Halloran") << quote;
  EXPECT_FALSE(quote["rule"].get<std::string>().empty()) << quote;
  EXPECT_EQ(quote["line"], 5) << quote;
  std::vector<std::string> rules = Rules(first);
  EXPECT_NE(std::find(rules.begin(), rules.end(), "vague-source"), rules.end()) << first;
  for (const json& finding : first["findings"]) {
    for (const char* key :
         {"rule", "severity", "message", "start", "end", "line", "column", "excerpt"}) {
      EXPECT_TRUE(finding.contains(key)) << key << " in " << finding;
    }
  }
  EXPECT_EQ(lines[1]["id"], "17");
  EXPECT_EQ(lines[2]["path"], "wire.jsonl:4");
  EXPECT_TRUE(lines[2]["id"].is_null());
  EXPECT_FALSE(lines[2]["errors"].empty());
  EXPECT_EQ(lines[5]["id"], "7");
}

TEST_F(CliJsonlTest, ByteRangesAreIntoTheDecodedArticleText) {
  RunResult run = Run("check --no-config --input-format jsonl --format jsonl wire.jsonl");
  std::vector<json> lines = JsonLines(run.out);
  ASSERT_FALSE(lines.empty());
  std::string text =
      json::parse(Fixture("wire.jsonl").substr(0, Fixture("wire.jsonl").find('\n')))["text"];
  for (const json& finding : lines[0]["findings"]) {
    size_t start = finding["start"];
    EXPECT_EQ(text.compare(start, 7, "Experts") == 0, finding["rule"] == "vague-source") << finding;
  }
}

TEST_F(CliJsonlTest, ReadsGzipArchives) {
  std::string plain = Fixture("wire.jsonl");
  std::string path = (dir_ / "wire-copy.jsonl.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  ASSERT_EQ(gzwrite(gz, plain.data(), static_cast<unsigned>(plain.size())),
            static_cast<int>(plain.size()));
  ASSERT_EQ(gzclose(gz), Z_OK);
  RunResult compressed =
      Run("check --no-config --input-format jsonl --format jsonl wire-copy.jsonl.gz");
  RunResult uncompressed = Run("check --no-config --input-format jsonl --format jsonl wire.jsonl");
  ASSERT_FALSE(compressed.out.empty()) << compressed.err;
  std::string expected = uncompressed.out;
  for (size_t at; (at = expected.find("wire.jsonl")) != std::string::npos;) {
    expected.replace(at, 10, "wire-copy.jsonl.gz");
  }
  EXPECT_EQ(compressed.out, expected);
}

TEST_F(CliJsonlTest, TruncatedGzipIsAReadErrorAfterTheLastWholeLine) {
  std::string plain = Fixture("wire.jsonl");
  std::string path = (dir_ / "cut.jsonl.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  gzwrite(gz, plain.data(), static_cast<unsigned>(plain.size()));
  gzclose(gz);
  std::string compressed = ReadFile(path);
  Write("cut.jsonl.gz", compressed.substr(0, compressed.size() - 12));  // no trailer
  RunResult run = Run("check --no-config --input-format jsonl --format text cut.jsonl.gz");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.out, "cut.jsonl.gz#a1:")) << run.out;
  EXPECT_TRUE(Contains(run.out, "unexpected end of file")) << run.out;
}

TEST_F(CliJsonlTest, WalksFoldersForArchives) {
  Write("archive/a.jsonl", "{\"id\":1,\"text\":\"Experts said the pier would close.\"}\n");
  Write("archive/b.jsonl.gz.txt", "not an archive");
  std::string path = (dir_ / "archive" / "c.jsonl.gz").string();
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  gzputs(gz, "{\"id\":2,\"text\":\"Officials said the pier would open.\"}\n");
  gzclose(gz);
  RunResult run = Run("check --no-config --input-format jsonl --format line archive");
  EXPECT_TRUE(Contains(run.out, "archive/a.jsonl#1:1:1:")) << run.out;
  EXPECT_TRUE(Contains(run.out, "archive/c.jsonl.gz#2:1:1:")) << run.out;
  EXPECT_FALSE(Contains(run.out, "b.jsonl.gz.txt")) << run.out;
}

TEST_F(CliJsonlTest, ReadsStandardInput) {
  RunResult run =
      Run("check --no-config --input-format jsonl --format line -", (dir_ / "wire.jsonl").string());
  EXPECT_TRUE(Contains(run.out, "-#a1:7:1: warning:")) << run.out;
  // A line that holds no article is named by the archive and that line.
  EXPECT_TRUE(Contains(run.out, "-:4:1: error: not valid JSON")) << run.out;
}

TEST_F(CliJsonlTest, OtherFieldsAndMarkdownText) {
  Write("markdown.jsonl", Fixture("markdown.jsonl"));
  RunResult run =
      Run("check --no-config --input-format jsonl --id-field uid --text-field body "
          "--text-format markdown --format jsonl markdown.jsonl");
  std::vector<json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u) << run.out << run.err;
  EXPECT_EQ(lines[0]["path"], "markdown.jsonl#md-1");
  EXPECT_TRUE(lines[0]["errors"].empty()) << lines[0];
  std::string text = json::parse(Fixture("markdown.jsonl"))["body"];
  bool vague = false;
  for (const json& finding : lines[0]["findings"]) {
    if (finding["rule"] != "vague-source") continue;
    vague = true;
    // Positions are into the Markdown source of the article.
    size_t start = finding["start"];
    EXPECT_EQ(text.compare(start, 9, "Officials"), 0) << finding;
    EXPECT_EQ(finding["line"], 7) << finding;
  }
  EXPECT_TRUE(vague) << lines[0];
  // The quote inside the block quote, its speaker from the emphasised name.
  ASSERT_FALSE(lines[0]["quotes"].empty()) << lines[0];
  EXPECT_EQ(lines[0]["quotes"][0]["speaker"], "Oskar Brandt") << lines[0];

  // Markdown leaves the code block out; read as plain text, its quote is
  // audited too.
  EXPECT_EQ(Rules(lines[0]), std::vector<std::string>{"vague-source"});
  RunResult plain =
      Run("check --no-config --input-format jsonl --id-field uid --text-field body "
          "--format jsonl markdown.jsonl");
  std::vector<json> plain_lines = JsonLines(plain.out);
  ASSERT_EQ(plain_lines.size(), 1u) << plain.out << plain.err;
  std::vector<std::string> plain_rules = Rules(plain_lines[0]);
  EXPECT_NE(std::find(plain_rules.begin(), plain_rules.end(), "unattributed-quote"),
            plain_rules.end())
      << plain_lines[0];
}

TEST_F(CliJsonlTest, AnArticleIsAuditedExactlyAsTheSameFileWouldBe) {
  for (const char* format : {"text", "markdown"}) {
    std::string archive = Fixture(std::string(format) == "text" ? "wire.jsonl" : "markdown.jsonl");
    json line = json::parse(archive.substr(0, archive.find('\n')));
    std::string text = line.contains("text") ? line["text"] : line["body"];
    std::string field = line.contains("text") ? "text" : "body";
    Write("one.jsonl", archive.substr(0, archive.find('\n') + 1));
    Write("story.txt", text);
    std::string flags = std::string("--no-config --format jsonl --input-format ");
    RunResult as_file = Run("check " + flags + format + " story.txt");
    RunResult as_article = Run("check " + flags + "jsonl --text-field " + field +
                               " --id-field none --text-format " + format + " one.jsonl");
    std::vector<json> file_lines = JsonLines(as_file.out);
    std::vector<json> article_lines = JsonLines(as_article.out);
    ASSERT_EQ(file_lines.size(), 1u) << as_file.out << as_file.err;
    ASSERT_EQ(article_lines.size(), 1u) << as_article.out << as_article.err;
    EXPECT_EQ(article_lines[0]["path"], "one.jsonl#1");
    for (const char* key : {"quotes", "findings", "errors"}) {
      EXPECT_EQ(file_lines[0][key], article_lines[0][key]) << format << " " << key;
    }
  }
}

TEST_F(CliJsonlTest, QuotesReadsArchivesToo) {
  RunResult run = Run("quotes --no-config --input-format jsonl --format jsonl wire.jsonl");
  std::vector<json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 6u) << run.out;
  EXPECT_EQ(lines[0]["quotes"][0]["speaker"], "Ines Halloran") << lines[0];
}

TEST_F(CliJsonlTest, JsonlFormatForFilesToo) {
  Write("story.txt", "Experts said the pier would close.\n");
  RunResult run = Run("check --no-config --format jsonl story.txt");
  std::vector<json> lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 1u) << run.out;
  EXPECT_EQ(lines[0]["path"], "story.txt");
  EXPECT_FALSE(lines[0].contains("archive"));
  EXPECT_EQ(Rules(lines[0]), std::vector<std::string>{"vague-source"});
}

TEST_F(CliJsonlTest, JsonLinesOptionsNeedJsonLinesInput) {
  RunResult run = Run("check --no-config --text-field body wire.jsonl");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.err, "--text-field needs --input-format jsonl")) << run.err;
  RunResult diff = Run("check --no-config --input-format jsonl --diff-base HEAD wire.jsonl");
  EXPECT_EQ(diff.exit_code, 2);
  EXPECT_TRUE(Contains(diff.err, "--diff-base")) << diff.err;
}

TEST_F(CliJsonlTest, MissingArchiveIsAnInputError) {
  RunResult run = Run("check --no-config --input-format jsonl --format line missing.jsonl");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Contains(run.out + run.err, "missing.jsonl")) << run.out << run.err;
}

}  // namespace
}  // namespace qa

namespace qa {
namespace {

// An archive long enough that several articles are in flight at once: each
// article quotes someone, every fifth repeats an earlier article's paragraph
// (a cross-article duplicate), and every seventh line is not JSON.
std::string LongArchive() {
  std::string archive;
  for (int i = 0; i < 60; ++i) {
    if (i % 7 == 6) {
      archive += "{not json\n";
      continue;
    }
    std::string id = "n" + std::to_string(i);
    std::string text = "Ferry crew " + std::to_string(i) + " returned to Portvale on Monday.\\n\\n";
    text += "\\\"We sailed through the night,\\\" said Captain Ines Moll " + std::to_string(i) +
            ". Experts said the crossing was risky.\\n\\n";
    if (i % 5 == 4) text += "The harbour board will meet again next week to review the timetable.";
    archive += "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
  }
  return archive;
}

TEST_F(CliJsonlTest, ParallelRunsOfAnArchiveGiveTheSameReports) {
  Write("long.jsonl", LongArchive());
  for (const char* format : {"jsonl", "json", "line", "text", "sarif"}) {
    std::string args =
        std::string("check --no-config --input-format jsonl --format ") + format + " long.jsonl";
    RunResult one = Run(args + " -j 1");
    RunResult four = Run(args + " --jobs 4");
    EXPECT_EQ(one.exit_code, four.exit_code) << format;
    EXPECT_EQ(one.out, four.out) << format;
    // The check is not empty: the duplicate paragraph and the bad lines are there.
    EXPECT_TRUE(Contains(one.out, "duplicate-text") || std::string(format) == "text") << format;
  }
  RunResult one = Run("quotes --no-config --input-format jsonl long.jsonl -j 1");
  RunResult four = Run("quotes --no-config --input-format jsonl long.jsonl -j 4");
  EXPECT_EQ(one.out, four.out);
}

}  // namespace
}  // namespace qa
