// --format html end to end: the binary users run (QA_BINARY) writes the
// report of the sample articles, a hostile article and a missing file, and
// the page, read back with an HTML5 parser (html_dom.h), must mark exactly
// the quotes and findings the JSON report of the same run lists.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.h"
#include "html_dom.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using html_dom::Attribute;
using html_dom::DistinctWords;
using html_dom::Text;
using html_dom::WithClass;
using html_dom::WithTag;
using nlohmann::json;
using test_files::ReadFile;
using test_files::ShellQuote;

// Invented copy that tries to break out of the page: tags, a comment, an
// attribute quote, a closing textarea, and a quote and a vague source so
// that it has marks.
constexpr const char* kHostile =
    "Velmora board <script>alert(1)</script> meets\n"
    "\n"
    "\"We will not </textarea><img src=x onerror=alert(2)> give up,\" said Tove Lindqvist.\n"
    "\n"
    "Observers said the <!-- vote --> & \"count\" was close.\n";

class CliHtmlTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(test_files::FreshTempDir("cli_html"));
    std::ofstream(*dir_ / "hostile.txt", std::ios::binary) << kHostile;
    // One run, two reports: what the page marks is compared with the JSON.
    std::string arguments =
        "check --fail-level none --format html:" + ShellQuote((*dir_ / "report.html").string()) +
        " --format json:" + ShellQuote((*dir_ / "report.json").string()) + " fixtures/samples " +
        ShellQuote((*dir_ / "hostile.txt").string()) + " " +
        ShellQuote((*dir_ / "missing.txt").string());
    exit_code_ =
        test_files::RunQuoteaudit(arguments, {.cwd = QA_SOURCE_DIR, .logs = *dir_}).exit_code;
    html_ = new std::string(ReadFile(*dir_ / "report.html"));
    report_ = new json(json::parse(ReadFile(*dir_ / "report.json"), nullptr, false));
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete html_;
    delete report_;
  }

  // The file sections of the page by data-path.
  static std::map<std::string, const GumboNode*> Sections(const html_dom::Dom& dom) {
    std::map<std::string, const GumboNode*> sections;
    for (const GumboNode* section : WithClass(dom.root(), "file")) {
      sections[Attribute(section, "data-path")] = section;
    }
    return sections;
  }

  static fs::path* dir_;
  static int exit_code_;
  static std::string* html_;
  static json* report_;
};

fs::path* CliHtmlTest::dir_ = nullptr;
int CliHtmlTest::exit_code_ = -1;
std::string* CliHtmlTest::html_ = nullptr;
json* CliHtmlTest::report_ = nullptr;

TEST_F(CliHtmlTest, TheRunWritesBothReports) {
  // 2: the missing file is an input error; everything else was audited.
  EXPECT_EQ(exit_code_, 2) << ReadFile(*dir_ / "err.log");
  ASSERT_FALSE(report_->is_discarded());
  EXPECT_EQ((*report_)["files"].size(), 4u);
  EXPECT_EQ(html_->rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html_->substr(html_->size() - 8), "</html>\n");
}

TEST_F(CliHtmlTest, DistinctMarksPerFileMatchTheJsonReport) {
  html_dom::Dom dom(*html_);
  std::map<std::string, const GumboNode*> sections = Sections(dom);
  ASSERT_EQ(sections.size(), (*report_)["files"].size());
  size_t quotes = 0, findings = 0;
  for (const json& file : (*report_)["files"]) {
    std::string path = file["path"];
    ASSERT_TRUE(sections.count(path)) << path;
    std::vector<const GumboNode*> articles = WithClass(sections[path], "article");
    if (!file["errors"].empty() && file["quotes"].empty() && file["findings"].empty() &&
        articles.empty()) {
      continue;  // not audited: no article
    }
    ASSERT_EQ(articles.size(), 1u) << path;
    EXPECT_EQ(DistinctWords(articles[0], "data-quote").size(), file["quotes"].size()) << path;
    EXPECT_EQ(DistinctWords(articles[0], "data-finding").size(), file["findings"].size()) << path;
    quotes += file["quotes"].size();
    findings += file["findings"].size();
  }
  // The samples alone have 12 quotes and 8 findings: the page is not empty.
  EXPECT_GT(quotes, 12u);
  EXPECT_GT(findings, 8u);
}

TEST_F(CliHtmlTest, TheHostileArticleIsShownAsText) {
  html_dom::Dom dom(*html_);
  for (std::string_view tag : {"script", "img", "textarea"}) {
    EXPECT_TRUE(WithTag(dom.root(), tag).empty()) << tag;
  }
  std::string path = (*dir_ / "hostile.txt").string();
  std::map<std::string, const GumboNode*> sections = Sections(dom);
  ASSERT_TRUE(sections.count(path));
  EXPECT_EQ(Text(WithClass(sections[path], "article").at(0)), kHostile);
}

TEST_F(CliHtmlTest, TheMissingFileIsListedWithItsMessage) {
  html_dom::Dom dom(*html_);
  std::string path = (*dir_ / "missing.txt").string();
  std::map<std::string, const GumboNode*> sections = Sections(dom);
  ASSERT_TRUE(sections.count(path));
  EXPECT_EQ(Text(WithClass(sections[path], "input-error").at(0)),
            "Not audited: no such file or directory");
  std::vector<const GumboNode*> errors = WithClass(dom.root(), "input-errors");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(Text(errors[0]), "\n" + path + ": no such file or directory\n");
}

TEST_F(CliHtmlTest, ThePageLoadsNothing) {
  // No article of this run holds a URL, so none may appear at all.
  for (std::string_view load : {"http://", "https://", "url(", "@import", "<link"}) {
    EXPECT_EQ(html_->find(load), std::string::npos) << load;
  }
  // The hostile article's "src=" is text; no element may have one, and
  // every link stays in the page.
  html_dom::Dom dom(*html_);
  html_dom::ForEachElement(dom.root(), [](const GumboNode* element) {
    EXPECT_EQ(Attribute(element, "src"), nullptr) << html_dom::Tag(element);
    const char* href = Attribute(element, "href");
    if (href != nullptr) {
      EXPECT_EQ(href[0], '#') << href;
    }
  });
}

}  // namespace
}  // namespace qa
