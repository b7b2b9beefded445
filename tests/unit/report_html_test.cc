// The html reporter on hand-built documents, read back with an HTML5 parser
// (html_dom.h): escaping, overlapping marks, numbering, lists and summary.
// Text invented for the tests.
#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

#include "html_dom.h"
#include "report/html_escape.h"
#include "report/html_reporter.h"
#include "report/marked_segments.h"
#include "report_test_data.h"

namespace qa {
namespace {

using html_dom::Attribute;
using html_dom::DistinctWords;
using html_dom::Dom;
using html_dom::MarkedText;
using html_dom::Text;
using html_dom::WithClass;
using html_dom::WithTag;
using testing::Find;

std::string Render(const std::vector<FileReport>& files, ReportOptions options = {}) {
  std::ostringstream out;
  options.tool_version = "9.8.7";
  HtmlReporter reporter(out, options);
  RunSummary summary;
  for (const FileReport& file : files) {
    summary.Add(file);
    reporter.AddFile(file);
  }
  reporter.Finish(summary);
  return out.str();
}

// A plain-text document (analysis text = original) with no quotes.
Document PlainDocument(const std::string& text) {
  Document document;
  document.set_original(text);
  document.text = text;
  document.paragraphs = {{0, text.size()}};
  return document;
}

Quote QuoteAt(Span span) {
  Quote quote;
  quote.span = span;
  quote.inner = {span.begin + 1, span.end - 1};
  return quote;
}

Finding FindingAt(Span span, Severity severity, std::string rule) {
  Finding finding;
  finding.rule = std::move(rule);
  finding.severity = severity;
  finding.message = "look at " + finding.rule;
  finding.span = span;
  return finding;
}

// The only article of a one-file report.
const GumboNode* Article(const Dom& dom) {
  std::vector<const GumboNode*> articles = WithClass(dom.root(), "article");
  EXPECT_EQ(articles.size(), 1u);
  return articles.empty() ? dom.root() : articles.front();
}

// --- marked segments ---

struct Piece {
  size_t begin, end;
  std::vector<uint32_t> active, starting;
  friend bool operator==(const Piece&, const Piece&) = default;
};

std::ostream& operator<<(std::ostream& out, const Piece& piece) {
  out << "[" << piece.begin << "," << piece.end << ") active";
  for (uint32_t i : piece.active) out << ' ' << i;
  out << " starting";
  for (uint32_t i : piece.starting) out << ' ' << i;
  return out;
}

std::vector<Piece> Pieces(std::vector<Span> ranges, size_t size) {
  std::vector<Piece> pieces;
  ForEachMarkedSegment(ranges, size, [&](const MarkedSegment& segment) {
    pieces.push_back({segment.bytes.begin,
                      segment.bytes.end,
                      {segment.active.begin(), segment.active.end()},
                      {segment.starting.begin(), segment.starting.end()}});
  });
  return pieces;
}

TEST(MarkedSegmentsTest, AFindingInsideAQuoteSplitsItInThree) {
  EXPECT_EQ(Pieces({{2, 10}, {4, 6}}, 12), (std::vector<Piece>{{0, 2, {}, {}},
                                                               {2, 4, {0}, {0}},
                                                               {4, 6, {0, 1}, {1}},
                                                               {6, 10, {0}, {}},
                                                               {10, 12, {}, {}}}));
}

TEST(MarkedSegmentsTest, ARangeAcrossTwoQuotesCoversTheGapBetweenThem) {
  // Quotes [0,4) and [6,10), a finding [2,8).
  EXPECT_EQ(Pieces({{0, 4}, {6, 10}, {2, 8}}, 10), (std::vector<Piece>{{0, 2, {0}, {0}},
                                                                       {2, 4, {0, 2}, {2}},
                                                                       {4, 6, {2}, {}},
                                                                       {6, 8, {1, 2}, {1}},
                                                                       {8, 10, {1}, {}}}));
}

TEST(MarkedSegmentsTest, IdenticalAndNestedRangesShareTheirPieces) {
  EXPECT_EQ(
      Pieces({{1, 5}, {1, 5}, {2, 3}}, 5),
      (std::vector<Piece>{
          {0, 1, {}, {}}, {1, 2, {0, 1}, {0, 1}}, {2, 3, {0, 1, 2}, {2}}, {3, 5, {0, 1}, {}}}));
}

TEST(MarkedSegmentsTest, AdjacentRangesNeverShareAPiece) {
  EXPECT_EQ(Pieces({{0, 3}, {3, 6}}, 6), (std::vector<Piece>{{0, 3, {0}, {0}}, {3, 6, {1}, {1}}}));
}

TEST(MarkedSegmentsTest, AnEmptyRangeIsAPointBetweenPieces) {
  EXPECT_EQ(Pieces({{0, 6}, {3, 3}}, 6),
            (std::vector<Piece>{{0, 3, {0}, {0}}, {3, 3, {1}, {1}}, {3, 6, {0}, {}}}));
}

TEST(MarkedSegmentsTest, RangesBeyondTheTextAreClamped) {
  EXPECT_EQ(Pieces({{4, 99}, {50, 60}}, 6),
            (std::vector<Piece>{{0, 4, {}, {}}, {4, 6, {0}, {0}}, {6, 6, {1}, {1}}}));
}

TEST(MarkedSegmentsTest, NoRangesIsOnePiece) {
  EXPECT_EQ(Pieces({}, 7), (std::vector<Piece>{{0, 7, {}, {}}}));
  EXPECT_EQ(Pieces({}, 0), (std::vector<Piece>{}));
}

// --- escaping ---

TEST(HtmlEscapeTest, MarkupCharactersBecomeReferences) {
  EXPECT_EQ(HtmlEscaped("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  EXPECT_EQ(HtmlEscaped("caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D"),
            "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D");
}

TEST(HtmlEscapeTest, InvalidUtf8IsOneReplacementCharacterPerByte) {
  EXPECT_EQ(HtmlEscaped("a\xFF\xFE"
                        "b"),
            "a\xEF\xBF\xBD\xEF\xBF\xBD"
            "b");
  // A sequence cut short at the end of the text.
  EXPECT_EQ(HtmlEscaped("a\xE2\x80"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(HtmlEscapeTest, ControlCharactersBecomeVisiblePictures) {
  EXPECT_EQ(HtmlEscaped(std::string("a\0b\x1B\x7F", 5)),
            "a\xE2\x90\x80"
            "b\xE2\x90\x9B\xE2\x90\xA1");
  EXPECT_EQ(HtmlEscaped("line\none\ttab\r\n"), "line\none\ttab\r\n");
  EXPECT_EQ(HtmlAttributeEscaped("two\nlines\t\"q\""), "two&#10;lines&#9;&quot;q&quot;");
}

// --- the reporter ---

TEST(HtmlReporterTest, ThePageIsSelfContained) {
  testing::SampleFile sample = testing::MakeSample();
  std::string html =
      Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  for (std::string_view load : {"http:", "https:", "url(", "@import", "src="}) {
    EXPECT_EQ(html.find(load), std::string::npos) << load;
  }
  Dom dom(html);
  for (std::string_view tag : {"script", "link", "img", "iframe", "object", "embed"}) {
    EXPECT_TRUE(WithTag(dom.root(), tag).empty()) << tag;
  }
  html_dom::ForEachElement(dom.root(), [](const GumboNode* element) {
    const char* href = Attribute(element, "href");
    if (href != nullptr) {
      EXPECT_EQ(href[0], '#') << href;
    }
  });
}

TEST(HtmlReporterTest, TheArticleShowsItsBytesExactly) {
  testing::SampleFile sample = testing::MakeSample();
  Dom dom(Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}}));
  EXPECT_EQ(Text(Article(dom)), sample.document.original());
}

TEST(HtmlReporterTest, EachQuoteAndFindingIsMarkedOverItsBytes) {
  testing::SampleFile sample = testing::MakeSample();
  Dom dom(Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}}));
  const GumboNode* article = Article(dom);
  EXPECT_EQ(DistinctWords(article, "data-quote"), (std::set<std::string>{"1", "2"}));
  EXPECT_EQ(DistinctWords(article, "data-finding"), (std::set<std::string>{"1", "2"}));
  const std::string_view text = sample.document.original();
  for (size_t i = 0; i < sample.scan.quotes.size(); ++i) {
    Span span = sample.scan.quotes[i].span;
    EXPECT_EQ(MarkedText(article, "data-quote", std::to_string(i + 1)),
              text.substr(span.begin, span.size()));
  }
  for (size_t i = 0; i < sample.findings.size(); ++i) {
    Span span = sample.findings[i].span;
    EXPECT_EQ(MarkedText(article, "data-finding", std::to_string(i + 1)),
              text.substr(span.begin, span.size()));
  }
}

TEST(HtmlReporterTest, SpeakersKeepOneColourAndUnattributedQuotesAreHatched) {
  Document document = PlainDocument(
      "\"One,\" said Ada Brill. \"Two,\" said Cas Orme. \"Three,\" Brill said. "
      "\"Four.\"");
  const std::string_view text = document.original();
  ScanResult scan;
  scan.entities = {{"Cas Orme", {}, SpeakerKind::kPerson, Find(text, "Cas Orme")},
                   {"Ada Brill", {"Brill"}, SpeakerKind::kPerson, Find(text, "Ada Brill")}};
  std::vector<std::pair<std::string, int>> quotes = {
      {"\"One,\"", 1}, {"\"Two,\"", 0}, {"\"Three,\"", 1}, {"\"Four.\"", -1}};
  for (const auto& [words, entity] : quotes) {
    scan.quotes.push_back(QuoteAt(Find(text, words)));
    scan.quotes.back().attribution.entity = entity;
  }
  Dom dom(Render({{"a.txt", &document, &scan, {}, {}}}));
  const GumboNode* article = Article(dom);
  auto classes_of_quote = [&](std::string_view number) {
    std::string classes;
    html_dom::ForEachElement(article, [&](const GumboNode* element) {
      const char* quote = Attribute(element, "data-quote");
      if (quote != nullptr && quote == number) classes = Attribute(element, "class");
    });
    return classes;
  };
  // Ada Brill speaks first: the first colour, also for her third quote.
  EXPECT_EQ(classes_of_quote("1"), "q s0");
  EXPECT_EQ(classes_of_quote("2"), "q s1");
  EXPECT_EQ(classes_of_quote("3"), "q s0");
  EXPECT_EQ(classes_of_quote("4"), "q qn");
}

TEST(HtmlReporterTest, HoverTextAndListsGiveTheAttribution) {
  testing::SampleFile sample = testing::MakeSample();
  Dom dom(Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}}));
  std::string title;
  html_dom::ForEachElement(Article(dom), [&](const GumboNode* element) {
    const char* quote = Attribute(element, "data-quote");
    if (quote != nullptr && std::string(quote) == "1") title = Attribute(element, "title");
  });
  EXPECT_EQ(title,
            "Quote 1 (direct)\nSpeaker: Ines Koval (person)\nCue: said\n"
            "Rule: after-said, confidence 0.90");
  // Without hover: the quote table row and the speaker legend.
  std::vector<const GumboNode*> rows;
  html_dom::ForEachElement(dom.root(), [&](const GumboNode* element) {
    if (Attribute(element, "data-quote-item") != nullptr) rows.push_back(element);
  });
  ASSERT_EQ(rows.size(), 2u);
  std::string row = Text(rows[0]);
  for (std::string_view fact : {"Ines Koval", "person", "said", "after-said", "0.90", "direct"}) {
    EXPECT_NE(row.find(fact), std::string::npos) << fact << " in " << row;
  }
  std::string legend = Text(WithClass(dom.root(), "legend").at(0));
  EXPECT_NE(legend.find("Ines Koval person · 1 quote"), std::string::npos) << legend;
  EXPECT_NE(legend.find("no speaker 1 quote"), std::string::npos) << legend;
}

TEST(HtmlReporterTest, FindingsListLinksToTheMarkInTheText) {
  testing::SampleFile sample = testing::MakeSample();
  Dom dom(Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}}));
  std::set<std::string> ids;
  html_dom::ForEachElement(dom.root(), [&](const GumboNode* element) {
    if (const char* id = Attribute(element, "id")) {
      EXPECT_TRUE(ids.insert(id).second) << id;
    }
  });
  std::vector<const GumboNode*> items;
  html_dom::ForEachElement(dom.root(), [&](const GumboNode* element) {
    if (Attribute(element, "data-finding-item") != nullptr) items.push_back(element);
  });
  ASSERT_EQ(items.size(), 2u);
  std::string item = Text(items[1]);
  EXPECT_EQ(item.rfind("5:23 error unattributed-quote", 0), 0u) << item;
  EXPECT_NE(item.find("quote has no source"), std::string::npos) << item;
  EXPECT_NE(item.find("note: nearest named person (news/harbour.txt:3:34)"), std::string::npos)
      << item;
  EXPECT_NE(item.find("note: same words (news/other.txt:7:3)"), std::string::npos) << item;
  // Every in-page link has its target; the finding's is its first piece.
  html_dom::ForEachElement(dom.root(), [&](const GumboNode* element) {
    if (const char* href = Attribute(element, "href")) {
      EXPECT_TRUE(ids.count(href + 1)) << href;
    }
  });
  EXPECT_TRUE(ids.count("f1-2"));
  EXPECT_TRUE(ids.count("q1-2"));
}

TEST(HtmlReporterTest, HostileArticleTextStaysText) {
  Document document = PlainDocument(
      "Editors write <script>alert(1)</script> here.\n\n"
      "\"Close it </textarea> and <!-- this --> now,\" said Pim Rusk. <img src=x onerror=y>\n"
      "Then ]]> and &amp; and </div></span></section> end.\n");
  const std::string_view text = document.original();
  ScanResult scan;
  scan.entities = {{"Pim Rusk", {}, SpeakerKind::kPerson, Find(text, "Pim Rusk")}};
  scan.quotes.push_back(QuoteAt({Find(text, "\"Close").begin, Find(text, "now,\"").end}));
  scan.quotes.back().attribution.entity = 0;
  std::vector<Finding> findings = {FindingAt(Find(text, "<script>"), Severity::kError, "x<y")};
  std::string html = Render({{"<b>odd\".txt", &document, &scan, findings, {}}});
  Dom dom(html);
  EXPECT_TRUE(WithTag(dom.root(), "script").empty());
  EXPECT_TRUE(WithTag(dom.root(), "img").empty());
  EXPECT_TRUE(WithTag(dom.root(), "textarea").empty());
  EXPECT_TRUE(WithTag(dom.root(), "b").empty());
  EXPECT_EQ(Text(Article(dom)), text);
  EXPECT_EQ(WithTag(dom.root(), "section").size(), 2u);  // the file and the summary
  std::vector<const GumboNode*> files = WithClass(dom.root(), "file");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_STREQ(Attribute(files[0], "data-path"), "<b>odd\".txt");
  EXPECT_NE(html.find("<code>x&lt;y</code>"), std::string::npos);
}

TEST(HtmlReporterTest, OverlappingMarksAreSplitIntoFlatPieces) {
  // A finding inside a quote, one across two quotes, two on the same words.
  Document document = PlainDocument("\"Alpha beta,\" then \"gamma delta\" end.");
  const std::string_view text = document.original();
  ScanResult scan;
  scan.quotes = {QuoteAt(Find(text, "\"Alpha beta,\"")), QuoteAt(Find(text, "\"gamma delta\""))};
  std::vector<Finding> findings = {
      FindingAt(Find(text, "beta"), Severity::kInfo, "inside"),
      FindingAt({Find(text, "beta").begin, Find(text, "gamma").end}, Severity::kWarning, "across"),
      FindingAt(Find(text, "delta"), Severity::kError, "same-a"),
      FindingAt(Find(text, "delta"), Severity::kInfo, "same-b")};
  Dom dom(Render({{"a.txt", &document, &scan, findings, {}}}));
  const GumboNode* article = Article(dom);
  EXPECT_EQ(Text(article), text);
  // Flat: no mark inside another.
  for (const GumboNode* mark : WithTag(article, "span")) {
    EXPECT_EQ(WithTag(mark, "span").size(), 1u) << Text(mark);
  }
  EXPECT_EQ(MarkedText(article, "data-quote", "1"), "\"Alpha beta,\"");
  EXPECT_EQ(MarkedText(article, "data-quote", "2"), "\"gamma delta\"");
  EXPECT_EQ(MarkedText(article, "data-finding", "1"), "beta");
  EXPECT_EQ(MarkedText(article, "data-finding", "2"), "beta,\" then \"gamma");
  EXPECT_EQ(MarkedText(article, "data-finding", "3"), "delta");
  EXPECT_EQ(MarkedText(article, "data-finding", "4"), "delta");
  // "delta": both findings, styled by the worse one.
  std::string delta_classes;
  html_dom::ForEachElement(article, [&](const GumboNode* element) {
    if (Text(element) == "delta") delta_classes = Attribute(element, "class");
  });
  EXPECT_EQ(delta_classes, "q qn f f-error");
}

TEST(HtmlReporterTest, AnEmptyFindingIsAPointMarker) {
  Document document = PlainDocument("A quote opens \"here and never closes.");
  std::vector<Finding> findings = {FindingAt({14, 14}, Severity::kWarning, "point")};
  ScanResult scan;
  Dom dom(Render({{"a.txt", &document, &scan, findings, {}}}));
  std::vector<const GumboNode*> points = WithClass(Article(dom), "point");
  ASSERT_EQ(points.size(), 1u);
  EXPECT_STREQ(Attribute(points[0], "data-finding"), "1");
  EXPECT_STREQ(Attribute(points[0], "id"), "f1-1");
  EXPECT_EQ(Text(Article(dom)), document.original());
}

TEST(HtmlReporterTest, InvalidUtf8ShowsAsReplacementCharacters) {
  Document document = PlainDocument("Bad \xFF\xFE bytes.\n");
  document.problems.push_back({"invalid UTF-8 at byte 4", 4});
  ScanResult scan;
  Dom dom(Render({{"bad.txt", &document, &scan, {}, document.problems}}));
  EXPECT_EQ(Text(Article(dom)), "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes.\n");
  std::string warnings = Text(WithClass(dom.root(), "problems").at(0));
  EXPECT_NE(warnings.find("1:5 invalid UTF-8 at byte 4"), std::string::npos) << warnings;
}

TEST(HtmlReporterTest, UnreadableFilesAreListedWithTheirMessage) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<InputProblem> problems = {{"no such file or directory", 0}};
  Dom dom(Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}},
                  {"gone/<lost>.txt", nullptr, nullptr, {}, problems}}));
  std::vector<const GumboNode*> unreadable = WithClass(dom.root(), "unreadable");
  ASSERT_EQ(unreadable.size(), 1u);
  EXPECT_NE(Text(unreadable[0]).find("Not audited: no such file or directory"), std::string::npos);
  std::vector<const GumboNode*> errors = WithClass(dom.root(), "input-errors");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(Text(errors[0]), "\ngone/<lost>.txt: no such file or directory\n");
}

TEST(HtmlReporterTest, SummaryCountsPerFileAndPerRule) {
  testing::SampleFile sample = testing::MakeSample();
  ReportOptions options;
  options.rules = {{"unattributed-quote", Severity::kError, true, "A quote has no speaker.", ""},
                   {"quiet-rule", Severity::kInfo, true, "Never fires here.", ""},
                   {"off-rule", Severity::kInfo, false, "Disabled.", ""}};
  Dom dom(
      Render({{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}}}, options));
  std::vector<const GumboNode*> files = WithClass(dom.root(), "files");
  ASSERT_EQ(files.size(), 1u);
  // path, quotes, attributed, errors, warnings, info; then the totals.
  EXPECT_EQ(Text(WithTag(files[0], "tbody").at(0)), "\nnews/harbour.txt21110\n");
  EXPECT_EQ(Text(WithTag(files[0], "tfoot").at(0)), "1 file21110");
  std::vector<const GumboNode*> rules = WithClass(dom.root(), "rules");
  ASSERT_EQ(rules.size(), 1u);
  std::string table = Text(rules[0]);
  EXPECT_NE(table.find("quiet-rule0000Never fires here."), std::string::npos) << table;
  EXPECT_NE(table.find("unattributed-quote1001A quote has no speaker."), std::string::npos)
      << table;
  EXPECT_NE(table.find("vague-source0101"), std::string::npos) << table;
  EXPECT_EQ(table.find("off-rule"), std::string::npos) << table;
}

TEST(HtmlReporterTest, SuppressedFindingsAreListedOnlyWhenAskedAndNeverMarked) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<SuppressedFinding> suppressed = {
      {FindingAt(Find(sample.document.original(), "Harbour"), Severity::kWarning, "hushed"),
       Find(sample.document.original(), "Harbour vote")}};
  FileReport file{"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {},
                  suppressed};
  Dom hidden(Render({file}));
  EXPECT_TRUE(WithClass(hidden.root(), "suppressed").empty());
  ReportOptions options;
  options.show_suppressed = true;
  Dom shown(Render({file}, options));
  std::vector<const GumboNode*> items = WithClass(shown.root(), "suppressed");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_NE(Text(items[0]).find("hushed"), std::string::npos);
  EXPECT_NE(Text(items[0]).find("suppressed by line 1"), std::string::npos);
  EXPECT_EQ(DistinctWords(Article(shown), "data-finding"), (std::set<std::string>{"1", "2"}));
}

TEST(HtmlReporterTest, NumbersAndIdsArePerFile) {
  testing::SampleFile first = testing::MakeSample();
  testing::SampleFile second = testing::MakeSample();
  Dom dom(Render({{"a.txt", &first.document, &first.scan, first.findings, {}},
                  {"b.txt", &second.document, &second.scan, second.findings, {}}}));
  std::vector<const GumboNode*> articles = WithClass(dom.root(), "article");
  ASSERT_EQ(articles.size(), 2u);
  for (const GumboNode* article : articles) {
    EXPECT_EQ(DistinctWords(article, "data-quote"), (std::set<std::string>{"1", "2"}));
  }
  std::set<std::string> ids;
  html_dom::ForEachElement(dom.root(), [&](const GumboNode* element) {
    if (const char* id = Attribute(element, "id")) {
      EXPECT_TRUE(ids.insert(id).second) << id;
    }
  });
  EXPECT_TRUE(ids.count("file-2") && ids.count("q2-1") && ids.count("f2-2"));
}

TEST(HtmlReporterTest, AHugeSingleLineIsWrittenInLinearTime) {
  // 8 MB on one line with a quote and a finding at each end. The limit is
  // generous (sanitizer builds are slow); anything quadratic would take
  // hours.
  std::string text = "\"Begin,\" ";
  text.append(8u << 20, 'x');
  text += " \"end.\"";
  Document document = PlainDocument(text);
  ScanResult scan;
  scan.quotes = {QuoteAt({0, 8}), QuoteAt({text.size() - 6, text.size()})};
  std::vector<Finding> findings = {FindingAt({1, 6}, Severity::kInfo, "a"),
                                   FindingAt({9, text.size() - 7}, Severity::kWarning, "b")};
  auto start = std::chrono::steady_clock::now();
  std::string html = Render({{"big.txt", &document, &scan, findings, {}}});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);
  EXPECT_LT(html.size(), text.size() + 64 * 1024);
  EXPECT_NE(html.find("<span class=\"f f-warning\" data-finding=\"2\""), std::string::npos);
}

}  // namespace
}  // namespace qa
