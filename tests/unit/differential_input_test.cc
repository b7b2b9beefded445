// The differential check beside the fuzzers (docs/security.md): for articles
// made up by a seeded generator from invented sentences, quotes and speakers,
// `check` on a .txt file, on the same bytes through standard input, and on a
// Markdown copy of the text gives the same quotes (text and speaker) and the
// same findings (rule and message). Positions are not compared: a Markdown
// copy may place the same words at other bytes. And a folder of such articles,
// with copies between them, gives byte for byte the same report in every
// format whatever -j says.
#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "cli_run.h"
#include "report/report_formats.h"

namespace qa::test_files {
namespace {

using nlohmann::json;

// Invented people, places and words; nothing here is from a real article.
const std::vector<std::string> kNames = {"Orla Venn",   "Tomas Brekke", "Ilse Marlow",
                                         "Bram Oduya",  "Petra Sallis", "Ruben Kestrel",
                                         "Anouk Delmar"};
const std::vector<std::string> kTitles = {"mayor", "harbour master", "council treasurer",
                                          "head of the ferry union", "chief engineer"};
const std::vector<std::string> kPlaces = {"Lindqvist Bay", "Old Ferrowick", "Saltmere",
                                          "the Korrin valley"};
const std::vector<std::string> kVerbs = {"said", "added", "told reporters", "warned"};
const std::vector<std::string> kQuoteWords = {
    "we",     "will",   "rebuild", "the",     "pier",   "before", "winter",  "nobody",
    "asked",  "for",    "this",    "toll",    "boats",  "cannot", "wait",    "our",
    "budget", "covers", "repairs", "and",     "wages",  "it",     "is",      "a",
    "fair",   "deal",   "people",  "deserve", "better", "plans",  "tonight", "ferries"};
const std::vector<std::string> kNarrative = {
    "The council met on Tuesday to discuss the harbour levy.",
    "Ferry traffic fell by a third over the summer.",
    "The vote is expected next month.",
    "Repairs to the breakwater began in spring.",
    "Residents gathered outside the town hall before the meeting.",
};
const std::vector<std::string> kVague = {
    "Officials said the repairs would take another year.",
    "Critics say the levy is too high.",
    "Sources close to the council said the budget was short.",
};

// A deterministic generator (std::mt19937's output is fixed by the
// standard; distributions are not, so they are not used).
class Article {
 public:
  explicit Article(uint32_t seed) : random_(seed) {}

  std::string Make() {
    std::string text = Pick(kPlaces) + " harbour levy vote delayed\n\n";
    size_t paragraphs = 3 + Below(5);
    for (size_t p = 0; p < paragraphs; ++p) {
      size_t sentences = 1 + Below(3);
      for (size_t s = 0; s < sentences; ++s) {
        if (s > 0) text += ' ';
        text += Sentence();
      }
      text += "\n\n";
    }
    return text;
  }

 private:
  size_t Below(size_t n) { return random_() % n; }
  const std::string& Pick(const std::vector<std::string>& list) { return list[Below(list.size())]; }

  std::string Quote() {
    std::string quote;
    size_t words = 3 + Below(9);
    for (size_t i = 0; i < words; ++i) quote += (i > 0 ? " " : "") + Pick(kQuoteWords);
    quote[0] = static_cast<char>(quote[0] - 'a' + 'A');
    return quote;
  }

  std::string Sentence() {
    const std::string name = Pick(kNames);
    switch (Below(7)) {
      case 0:
        return "\"" + Quote() + ",\" " + Pick(kVerbs) + " " + name + ", the " + Pick(kTitles) +
               " of " + Pick(kPlaces) + ".";
      case 1:
        return name + " said: \"" + Quote() + ".\"";
      case 2:
        return "\"" + Quote() + ".\"";
      case 3:
        return "\"" + Quote() + ",\" " + name + " " + Pick(kVerbs) + ".";
      case 4:
        return Pick(kVague);
      case 5:
        return name + ", the " + Pick(kTitles) + ", " + Pick(kVerbs) + " the plan was \"" +
               Quote() + "\".";
      default:
        return Pick(kNarrative);
    }
  }

  std::mt19937 random_;
};

// What must agree between the three runs: per quote its text and speaker,
// per finding its rule and message, in order.
std::vector<std::string> Summary(const std::string& report) {
  json parsed = json::parse(report);
  std::vector<std::string> lines;
  for (const json& file : parsed.at("files")) {
    for (const json& quote : file.at("quotes")) {
      lines.push_back(
          "quote " + quote.at("text").get<std::string>() + " | " +
          (quote.at("speaker").is_null() ? "-" : quote.at("speaker").get<std::string>()));
    }
    for (const json& finding : file.at("findings")) {
      lines.push_back("finding " + finding.at("rule").get<std::string>() + " | " +
                      finding.at("message").get<std::string>());
    }
  }
  return lines;
}

class DifferentialInputTest : public QuoteauditTest {};

TEST_F(DifferentialInputTest, FileStdinAndMarkdownCopyAgree) {
  size_t quotes_seen = 0, findings_seen = 0;
  for (uint32_t seed = 1; seed <= 16; ++seed) {
    SCOPED_TRACE("generator seed " + std::to_string(seed));
    std::string article = Article(seed).Make();
    Write("story.txt", article);
    Write("story.md", article);  // the generator writes nothing Markdown reads as markup
    RunResult file = Run("check --no-config --fail-level none --format json story.txt");
    RunResult piped = Run("check --no-config --fail-level none --format json -", "story.txt");
    RunResult markdown = Run("check --no-config --fail-level none --format json story.md");
    ASSERT_EQ(file.exit_code, 0) << file.err;
    ASSERT_EQ(piped.exit_code, 0) << piped.err;
    ASSERT_EQ(markdown.exit_code, 0) << markdown.err;
    std::vector<std::string> expected = Summary(file.out);
    EXPECT_EQ(Summary(piped.out), expected) << article;
    EXPECT_EQ(Summary(markdown.out), expected) << article;
    for (const std::string& line : expected)
      ++(line.starts_with("quote ") ? quotes_seen : findings_seen);
  }
  // The generator is doing its job: quotes and findings to compare.
  EXPECT_GT(quotes_seen, 50u);
  EXPECT_GT(findings_seen, 10u);
}

// Many generated articles, some copied whole or in part into later files and
// one quote given to two people, audited one at a time and four at a time:
// every output format, check and quotes, byte for byte the same.
TEST_F(DifferentialInputTest, ParallelRunsGiveTheSameReports) {
  std::vector<std::string> articles;
  for (uint32_t seed = 1; seed <= 24; ++seed) articles.push_back(Article(seed).Make());
  for (size_t i = 0; i < articles.size(); ++i) {
    Write("desk/story" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".txt", articles[i]);
  }
  // A whole copy, a story that reuses two paragraphs of an earlier one, and
  // the same quoted words given to two different people.
  Write("desk/story90.txt", articles[3]);
  const size_t cut = articles[5].find("\n\n", articles[5].find("\n\n") + 2);
  Write("desk/story91.txt", "Ferry fares rise again\n\n" + articles[5].substr(0, cut) +
                                "\n\nThe harbour board will publish its accounts in March.\n");
  const std::string quote =
      "\"We will keep the night ferry running through the whole winter season\"";
  Write("desk/story92.txt", quote + ", said Orla Venn, the mayor of Saltmere.\n");
  Write("desk/story93.txt", quote + ", said Tomas Brekke, the chief engineer.\n");

  std::vector<std::string> commands;
  for (const ReportFormat& format : ReportFormats()) {
    commands.push_back("check --format " + std::string(format.name));
  }
  commands.push_back("quotes");
  commands.push_back("quotes --format json");
  for (const std::string& command : commands) {
    SCOPED_TRACE(command);
    const std::string common = command + " --no-config --fail-level none ";
    RunResult one = Run(common + "-j 1 desk");
    RunResult four = Run(common + "--jobs 4 desk");
    ASSERT_EQ(one.exit_code, 0) << one.err;
    EXPECT_EQ(four.exit_code, one.exit_code);
    EXPECT_EQ(four.out, one.out);
    EXPECT_EQ(four.err, one.err);
    if (command == "check --format json") {
      // The folder exercises what the order could change.
      EXPECT_NE(one.out.find("whole article is a copy of"), std::string::npos);
      EXPECT_NE(one.out.find("paragraph repeats a paragraph of"), std::string::npos);
      EXPECT_NE(one.out.find("attribution conflict"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace qa::test_files
