// The Markdown reader: what reaches the analysis text, how it maps back to
// the source bytes, and that a Markdown article is audited like the same
// article in plain text. Also the HTML entity decoder it shares with the
// HTML reader.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "builtin_scanner.h"
#include "core/document.h"
#include "core/line_index.h"
#include "core/quote.h"
#include "io/html_entities.h"
#include "io/markdown_reader.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"
#include "scan/scanner.h"

namespace qa {
namespace {

Document Read(std::string markdown, const ReaderOptions& options = {}) {
  LoadResult loaded = LoadMarkdown("article.md", std::move(markdown), options);
  EXPECT_TRUE(loaded.document.has_value());
  EXPECT_FALSE(loaded.error.has_value());
  return loaded.document.value_or(Document{});
}

std::vector<std::string> Paragraphs(const Document& document) {
  std::vector<std::string> out;
  for (Span paragraph : document.paragraphs) out.emplace_back(document.Text(paragraph));
  return out;
}

bool HasText(const Document& document, std::string_view needle) {
  return document.text.find(needle) != std::string::npos;
}

using Strings = std::vector<std::string>;

TEST(MarkdownReaderTest, HeadingsAndParagraphsAreSeparateParagraphs) {
  Document document = Read("# Pier to reopen\n\nThe pier reopens in May.\nWork starts now.\n");
  EXPECT_EQ(Paragraphs(document),
            (Strings{"Pier to reopen", "The pier reopens in May.\nWork starts now."}));
  EXPECT_EQ(document.Original(document.paragraphs[0]), "Pier to reopen");
  EXPECT_EQ(document.Original(document.paragraphs[1]),
            "The pier reopens in May.\nWork starts now.");
}

TEST(MarkdownReaderTest, ListItemsQuotesAndTableCellsAreBlocks) {
  Document document = Read(
      "- first item\n- second *item*\n\n> Quoted block\n> runs on.\n\n"
      "| Name | Role |\n|---|---|\n| Ines Koval | mayor |\n");
  EXPECT_EQ(Paragraphs(document), (Strings{"first item", "second item", "Quoted block\nruns on.",
                                           "Name", "Role", "Ines Koval", "mayor"}));
}

TEST(MarkdownReaderTest, EmphasisInsideAWordKeepsOneWord) {
  Document document = Read("We will re**build** the pier.\n");
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "We will rebuild the pier.");
  size_t word = document.text.find("rebuild");
  EXPECT_EQ(document.Original({word, word + 7}), "re**build");
}

TEST(MarkdownReaderTest, EntityIsDecodedAndMapsBackToItsBytes) {
  const std::string source = "Ren&eacute;e Varga said &ldquo;no&rdquo; &amp; left.\n";
  Document document = Read(source);
  EXPECT_EQ(document.Text(document.paragraphs.at(0)),
            "Ren\xC3\xA9"
            "e Varga said \xE2\x80\x9Cno\xE2\x80\x9D & left.");
  EXPECT_EQ(document.Original({0, 6}), "Ren&eacute;e");
  size_t open = document.text.find("\xE2\x80\x9C");
  EXPECT_EQ(document.ToSource({open, open + 3}), (Span{24, 31}));
}

TEST(MarkdownReaderTest, BackslashEscapeLeavesTheBackslashOut) {
  Document document = Read("Price \\*not\\* final.\n");
  EXPECT_EQ(document.Text(document.paragraphs.at(0)), "Price *not* final.");
  size_t star = document.text.find('*');
  EXPECT_EQ(document.SourceOffset(star), 7u);
}

TEST(MarkdownReaderTest, HardBreakIsALineBreakStandingForItsBytes) {
  Document document = Read("First line\\\nsecond line.\n");
  EXPECT_EQ(document.Text(document.paragraphs.at(0)), "First line\nsecond line.");
  size_t newline = document.text.find('\n');
  EXPECT_EQ(document.ToSource({newline, newline + 1}), (Span{10, 12}));
}

TEST(MarkdownReaderTest, CodeIsNotAudited) {
  Document document = Read(
      "Before `\"inline code\"` after.\n\n```\n\"fenced code\"\n```\n\n"
      "    \"indented code\"\n\nEnd.\n");
  EXPECT_EQ(Paragraphs(document), (Strings{"Before  after.", "End."}));
  EXPECT_FALSE(HasText(document, "code"));
}

TEST(MarkdownReaderTest, ImagesAndUrlsAreNotAudited) {
  Document document = Read(
      "![\"Alt text\" of a pier](https://img.example/pier.jpg \"Title\")\n\n"
      "Read [the report](https://example.org/report \"Report\") or <https://example.org/x>.\n");
  EXPECT_EQ(Paragraphs(document), (Strings{"Read the report or ."}));
  EXPECT_FALSE(HasText(document, "Alt"));
  EXPECT_FALSE(HasText(document, "example"));
}

TEST(MarkdownReaderTest, HtmlIsNotAuditedAndCommentsAreRecorded) {
  const std::string source =
      "<div class=\"ad\">\n\"Sponsored words\"\n</div>\n\n"
      "<!-- quoteaudit-disable vague-source -->\n\n"
      "Text <span>kept</span> here <!-- inline note --> too.\n";
  Document document = Read(source);
  EXPECT_EQ(Paragraphs(document), (Strings{"Text kept here  too."}));
  ASSERT_EQ(document.comments.size(), 2u);
  const SourceComment& own = document.comments[0];
  EXPECT_EQ(own.body, " quoteaudit-disable vague-source ");
  EXPECT_EQ(document.original().substr(own.source.begin, own.source.size()),
            "<!-- quoteaudit-disable vague-source -->");
  EXPECT_TRUE(own.own_line);
  EXPECT_EQ(own.text_offset, 0u);
  // Its place in the analysis text maps back to the comment itself.
  EXPECT_EQ(document.SourceOffset(own.text_offset), own.source.begin);
  const SourceComment& inline_note = document.comments[1];
  EXPECT_EQ(inline_note.body, " inline note ");
  EXPECT_FALSE(inline_note.own_line);
  EXPECT_EQ(document.text.substr(0, inline_note.text_offset), " Text kept here ");
}

TEST(MarkdownReaderTest, ShortcodesAreNotAudited) {
  Document document = Read(
      "{{< figure src=\"pier.jpg\" caption=\"A pier\" >}}\n\n"
      "The pier {{% ref \"x\" %}}reopens {% include note.html %}soon.\n");
  EXPECT_EQ(Paragraphs(document), (Strings{"The pier reopens soon."}));
}

TEST(MarkdownReaderTest, FrontMatterIsNotInTheText) {
  ReaderOptions no_fields;
  no_fields.front_matter_fields.clear();
  for (std::string_view front :
       {"---\ntitle: \"Pier\"\n---\n", "+++\ntitle = \"Pier\"\n+++\n",
        "{\n  \"title\": \"Pier {x}\"\n}\n", "\xEF\xBB\xBF---\ntitle: Pier\n...\n"}) {
    SCOPED_TRACE(front);
    Document document = Read(std::string(front) + "\nBody text.\n", no_fields);
    EXPECT_EQ(Paragraphs(document), (Strings{"Body text."}));
    EXPECT_EQ(document.SourceOffset(document.paragraphs.at(0).begin), front.size() + 1);
  }
  // Not closed: not front matter (a thematic break, then text).
  EXPECT_EQ(Paragraphs(Read("---\nBody text.\n")), (Strings{"Body text."}));
}

// The fields an editor writes are audited first, at the bytes between the
// quotes; the syntax around them is not.
TEST(MarkdownReaderTest, FrontMatterTitleIsAuditedAtItsPlace) {
  const std::string front = "---\ntitle: \"Pier \\\"reopens\\\" in May\"\ndate: 2026-05-01\n---\n";
  Document document = Read(front + "\nBody text.\n");
  EXPECT_EQ(Paragraphs(document), (Strings{"Pier \"reopens\" in May", "Body text."}));
  EXPECT_EQ(document.Original(document.paragraphs.at(0)), "Pier \\\"reopens\\\" in May");
}

TEST(MarkdownReaderTest, BinaryFileIsSkippedAsInPlainText) {
  LoadResult loaded = LoadMarkdown("x.md", std::string("ab\0cd", 5), ReaderOptions{});
  EXPECT_FALSE(loaded.document.has_value());
  EXPECT_TRUE(loaded.error.has_value());
}

TEST(MarkdownReaderTest, OddInputDoesNotCrash) {
  for (const std::string& odd :
       {std::string(""), std::string("---"), std::string("{"), std::string("{{< never closed"),
        std::string("<!-- open"), std::string("`"), std::string("&#99999999999;"),
        std::string("\xEF\xBB\xBF"), std::string("a\r\nb\r\n\r\n# c\r\n"), std::string(100000, '*'),
        std::string(5000, '>') + "x", std::string("\xFF\xFE oops")}) {
    LoadResult loaded = LoadMarkdown("odd.md", odd, ReaderOptions{});
    if (!loaded.document) continue;
    const Document& document = *loaded.document;
    for (Span paragraph : document.paragraphs) {
      Span source = document.ToSource(paragraph);
      EXPECT_LE(source.end, document.original().size());
    }
  }
}

// --- A Markdown article audits like the same article in plain text ---------

using test_scanner::BuiltinScanner;

struct QuoteRow {
  std::string text;
  std::string speaker;
  bool operator==(const QuoteRow&) const = default;
};

std::vector<QuoteRow> Rows(const Document& document, const ScanResult& scan) {
  std::vector<QuoteRow> rows;
  for (const Quote& quote : scan.quotes) {
    const Entity* speaker = scan.SpeakerOf(quote);
    rows.push_back({std::string(document.Text(quote.inner)), speaker ? speaker->name : ""});
  }
  return rows;
}

void PrintTo(const QuoteRow& row, std::ostream* out) {
  *out << "{" << row.text << " | " << row.speaker << "}";
}

TEST(MarkdownReaderTest, QuoteAndSpeakerAsInPlainTextWithSourceLocation) {
  const std::string markdown =
      "---\ntitle: Pier vote\n---\n\n"
      "## Marrow Bay\n\n"
      "The council met on **Tuesday**.\n\n"
      "&ldquo;We will re*build* the pier,&rdquo; said Ines Koval, the mayor of "
      "[Marrow Bay](https://example.org/bay).\n";
  const std::string text =
      "Marrow Bay\n\n"
      "The council met on Tuesday.\n\n"
      "\xE2\x80\x9CWe will rebuild the pier,\xE2\x80\x9D said Ines Koval, the mayor of "
      "Marrow Bay.\n";
  Document md = Read(markdown);
  ScanResult md_scan = BuiltinScanner().Scan(md);
  LoadResult plain = LoadPlainText("article.txt", text);
  ASSERT_TRUE(plain.document.has_value());
  ScanResult plain_scan = BuiltinScanner().Scan(*plain.document);

  std::vector<QuoteRow> rows = Rows(md, md_scan);
  EXPECT_EQ(rows, Rows(*plain.document, plain_scan));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].speaker, "Ines Koval");
  EXPECT_EQ(rows[0].text, "We will rebuild the pier,");

  // The quote opens at the "&ldquo;" on line 9, column 1, of the source.
  const Quote& quote = md_scan.quotes[0];
  LineIndex lines(md.original());
  LineColumn at = lines.At(md.SourceOffset(quote.span.begin));
  EXPECT_EQ(at.line, 9u);
  EXPECT_EQ(at.column, 1u);
  EXPECT_EQ(md.Original(quote.span), "&ldquo;We will re*build* the pier,&rdquo;");
}

// --- HTML entities -----------------------------------------------------------

TEST(HtmlEntitiesTest, DecodesNamedAndNumericReferences) {
  EXPECT_EQ(DecodeEntity("&ldquo;"), "\xE2\x80\x9C");
  EXPECT_EQ(DecodeEntity("&rsquo;"), "\xE2\x80\x99");
  EXPECT_EQ(DecodeEntity("&eacute;"), "\xC3\xA9");
  EXPECT_EQ(DecodeEntity("&amp;"), "&");
  EXPECT_EQ(DecodeEntity("&nbsp;"), "\xC2\xA0");
  EXPECT_EQ(DecodeEntity("&#8220;"), "\xE2\x80\x9C");
  EXPECT_EQ(DecodeEntity("&#x201D;"), "\xE2\x80\x9D");
  EXPECT_EQ(DecodeEntity("&#X201d;"), "\xE2\x80\x9D");
  EXPECT_EQ(DecodeEntity("&#147;"), "\xE2\x80\x9C");  // Windows-1252, as HTML reads it
  EXPECT_EQ(DecodeEntity("&#65;"), "A");
}

TEST(HtmlEntitiesTest, BadReferencesAreReplacementOrNothing) {
  EXPECT_EQ(DecodeEntity("&#0;"), "\xEF\xBF\xBD");
  EXPECT_EQ(DecodeEntity("&#xD800;"), "\xEF\xBF\xBD");
  EXPECT_EQ(DecodeEntity("&#99999999999999999999;"), "\xEF\xBF\xBD");
  EXPECT_EQ(DecodeEntity("&nosuchname;"), std::nullopt);
  EXPECT_EQ(DecodeEntity("&#;"), std::nullopt);
  EXPECT_EQ(DecodeEntity("&#x;"), std::nullopt);
  EXPECT_EQ(DecodeEntity("&#12a;"), std::nullopt);
  EXPECT_EQ(DecodeEntity("ldquo"), std::nullopt);
  EXPECT_EQ(DecodeEntity("&;"), std::nullopt);
  EXPECT_EQ(DecodeEntity(""), std::nullopt);
}

}  // namespace
}  // namespace qa
