// The HTML reader: which parts of a page are the story, how blocks become
// paragraphs, and that every span of the analysis text maps back to the
// exact source bytes. Pages are invented (fictional people and places).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "builtin_scanner.h"
#include "core/document.h"
#include "core/line_index.h"
#include "core/quote.h"
#include "io/html_reader.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"
#include "scan/scanner.h"

namespace qa {
namespace {

Document ReadHtml(std::string html) {
  LoadResult loaded = LoadHtml("story.html", std::move(html), ReaderOptions{});
  EXPECT_TRUE(loaded.document.has_value());
  EXPECT_FALSE(loaded.error.has_value());
  return loaded.document.value_or(Document{});
}

std::vector<std::string> Paragraphs(const Document& document) {
  std::vector<std::string> paragraphs;
  for (const Span& span : document.paragraphs) {
    paragraphs.emplace_back(document.Text(span));
  }
  return paragraphs;
}

using Strings = std::vector<std::string>;

using test_scanner::BuiltinScanner;

TEST(HtmlReaderTest, BlocksBecomeParagraphs) {
  Document document = ReadHtml(
      "<h1>Pier reopens</h1><p>First paragraph.</p>\n<p>Second\nparagraph.</p>"
      "<ul><li>One item</li><li>Two item</li></ul>"
      "<table><tr><th>Name</th><td>Ines Koval</td></tr></table>"
      "<blockquote><p>Quoted block.</p></blockquote>"
      "<figure><img src=\"x.jpg\"><figcaption>The pier at dusk.</figcaption></figure>"
      "<dl><dt>Term</dt><dd>Meaning</dd></dl>"
      "<div>Loose div text<p>Inner</p>tail</div>");
  EXPECT_EQ(Paragraphs(document),
            (Strings{"Pier reopens", "First paragraph.", "Second\nparagraph.", "One item",
                     "Two item", "Name", "Ines Koval", "Quoted block.", "The pier at dusk.", "Term",
                     "Meaning", "Loose div text", "Inner", "tail"}));
  // Every paragraph maps back to exactly its bytes in the page.
  for (const Span& paragraph : document.paragraphs) {
    EXPECT_EQ(document.Original(paragraph), document.Text(paragraph));
  }
}

TEST(HtmlReaderTest, InlineMarkupDoesNotBreakWords) {
  Document document = ReadHtml(
      "<p>They will re<em>build</em> it, <strong>said</strong> <a href=\"/k\">Ines "
      "Koval</a>.<br>Next<br/>line.</p>");
  EXPECT_EQ(Paragraphs(document), (Strings{"They will rebuild it, said Ines Koval. Next line."}));
  size_t word = document.text.find("rebuild");
  ASSERT_NE(word, std::string::npos);
  EXPECT_EQ(document.Original({word, word + 7}), "re<em>build");
  // <br> is a space standing for the tag.
  size_t space = document.text.find(" Next");
  EXPECT_EQ(document.Original({space, space + 1}), "<br>");
}

TEST(HtmlReaderTest, EntitiesAreDecodedAndMapBackToTheirBytes) {
  const std::string html =
      "<p>&ldquo;We will rebuild,&rdquo; said Ren&eacute;e Varga &#8211; "
      "&#x201C;soon&#x201D; &amp; fast&nbsp;now.</p>";
  Document document = ReadHtml(html);
  EXPECT_EQ(Paragraphs(document),
            (Strings{"\u201CWe will rebuild,\u201D said Ren\u00E9e Varga \u2013 \u201Csoon\u201D & "
                     "fast\u00A0now."}));
  size_t name = document.text.find("Ren");
  EXPECT_EQ(document.Original({name, name + 6}), "Ren&eacute;e");
  // The quote marks are found by the scanner and map back to the entities.
  ScanResult scan = BuiltinScanner().Scan(document);
  ASSERT_GE(scan.quotes.size(), 1u);
  const Quote& quote = scan.quotes[0];
  EXPECT_EQ(document.Text(quote.inner), "We will rebuild,");
  EXPECT_EQ(document.Original(quote.span), "&ldquo;We will rebuild,&rdquo;");
  EXPECT_EQ(document.ToSource(quote.span).begin, html.find("&ldquo;"));
}

TEST(HtmlReaderTest, GumboDecodingWinsWhereOursDoesNotKnow) {
  // "&copy" without a semicolon and a numeric reference in the Windows-1252
  // range are read as a browser reads them.
  Document document = ReadHtml("<p>&copy 2024 Alder Post &#147;ok&#148;</p>");
  EXPECT_EQ(Paragraphs(document), (Strings{"\u00A9 2024 Alder Post \u201Cok\u201D"}));
  EXPECT_EQ(document.Original({0, 2}), "&copy");
  // An unknown name stays as written.
  Document unknown = ReadHtml("<p>Fish &chips; here</p>");
  EXPECT_EQ(Paragraphs(unknown), (Strings{"Fish &chips; here"}));
}

TEST(HtmlReaderTest, CodeScriptsAttributesAndHeadAreNotText) {
  Document document = ReadHtml(
      "<html><head><title>\"Head title\"</title><style>p{quotes:'\"'}</style></head><body>"
      "<p>Before <code>\"x\"</code>after.</p>"
      "<script>var s = \"not prose\";</script>"
      "<pre>\"preformatted\"</pre>"
      "<noscript>\"enable scripts\"</noscript><template><p>\"templated\"</p></template>"
      "<svg><text>\"drawn\"</text></svg><iframe>\"framed\"</iframe>"
      "<p><a href=\"/a&quot;b\" title=\"&quot;tip&quot;\">Link</a> "
      "<img alt=\"&ldquo;alt&rdquo;\" src=\"x.jpg\"> end.</p>"
      "<!-- \"a comment\" --></body></html>");
  EXPECT_EQ(Paragraphs(document), (Strings{"Before  after.", "Link  end."}));
  EXPECT_EQ(document.text.find('"'), std::string::npos) << document.text;
  EXPECT_EQ(document.text.find("\u201C"), std::string::npos) << document.text;
}

TEST(HtmlReaderTest, CommentsAreRecorded) {
  const std::string html =
      "<p>One.</p>\n  <!-- quoteaudit-disable vague-source -->\n<p>Two. <!--inline--> Three.</p>";
  Document document = ReadHtml(html);
  EXPECT_EQ(Paragraphs(document), (Strings{"One.", "Two.  Three."}));
  ASSERT_EQ(document.comments.size(), 2u);
  const SourceComment& own = document.comments[0];
  EXPECT_EQ(own.body, " quoteaudit-disable vague-source ");
  EXPECT_EQ(html.substr(own.source.begin, own.source.size()),
            "<!-- quoteaudit-disable vague-source -->");
  EXPECT_TRUE(own.own_line);
  EXPECT_LE(own.text_offset, document.paragraphs[1].begin);
  EXPECT_GE(own.text_offset, document.paragraphs[0].end);
  const SourceComment& inline_comment = document.comments[1];
  EXPECT_EQ(inline_comment.body, "inline");
  EXPECT_FALSE(inline_comment.own_line);
  EXPECT_EQ(document.text.substr(0, inline_comment.text_offset).back(), ' ');
}

TEST(HtmlReaderTest, ArticleIsTheStoryNotTheFurnitureAroundIt) {
  Document document = ReadHtml(
      "<body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>"
      "<header><p>The Alder Post</p></header>"
      "<div class=\"wrap\"><article><header><h1>Headline inside</h1></header>"
      "<p>Story text.</p><p>Sign up for our newsletter</p>"
      "<footer><p>Filed by Ines Koval</p></footer></article>"
      "<aside><article><p>Teaser for another story</p></article></aside></div>"
      "<footer><p>Copyright the Alder Post</p></footer></body>");
  EXPECT_EQ(Paragraphs(document), (Strings{"Headline inside", "Story text.",
                                           "Sign up for our newsletter", "Filed by Ines Koval"}));
}

TEST(HtmlReaderTest, TwoArticlesAreOneDocumentInPageOrder) {
  Document document = ReadHtml(
      "<main><article><p>First story.</p></article><p>Between them.</p>"
      "<section><article><p>Second story.</p></article></section></main>");
  EXPECT_EQ(Paragraphs(document), (Strings{"First story.", "Second story."}));
}

TEST(HtmlReaderTest, MainIsTheStoryWithoutArticles) {
  Document document = ReadHtml(
      "<body><header>Masthead</header><main><h1>Title</h1><p>Body.</p></main>"
      "<p>Outside main.</p></body>");
  EXPECT_EQ(Paragraphs(document), (Strings{"Title", "Body."}));
}

TEST(HtmlReaderTest, BodyWithoutFurnitureOtherwise) {
  Document document = ReadHtml(
      "<nav>Home News</nav><header>Masthead</header><p>Body text.</p><aside>Most read</aside>"
      "<footer>Contact us</footer>");
  EXPECT_EQ(Paragraphs(document), (Strings{"Body text."}));
}

TEST(HtmlReaderTest, MalformedHtmlReadsWithoutCrashing) {
  Document document = ReadHtml("<p>Open <em>never closed<p>Next</p></p></div><li>Item</b>");
  EXPECT_EQ(Paragraphs(document), (Strings{"Open never closed", "Next", "Item"}));
  for (const char* page :
       {"", "<", "<p", "&", "&#", "&#x;", "&#99999999999;", "<!--", "<!-- unclosed <p>text",
        "</p></p></article>", "<article>", "<p>a &amp", "<table><p>x</table>y",
        "<p>\xFF\xFE bad utf8 &ldquo;\xC3</p>", "<p>a\r\nb\rc</p>", "<svg><p>x</svg>"}) {
    Document read = ReadHtml(page);
    for (const Span& paragraph : read.paragraphs) {
      Span source = read.ToSource(paragraph);
      EXPECT_LE(source.end, read.original().size()) << page;
    }
  }
  // Deep nesting is read...
  std::string deep;
  for (int i = 0; i < 4000; ++i) deep += "<span>";
  deep += "word";
  EXPECT_EQ(Paragraphs(ReadHtml(deep)), (Strings{"word"}));
}

TEST(HtmlReaderTest, HostileNestingIsRefusedAsAnError) {
  // ...but a page nested deeper than any real one is an input error, not
  // minutes of parsing or a crash; stray end tags do not hide the depth.
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div></x>";
  LoadResult loaded = LoadHtml("deep.html", deep, ReaderOptions{});
  EXPECT_FALSE(loaded.document.has_value());
  ASSERT_TRUE(loaded.error.has_value());
  EXPECT_NE(loaded.error->message.find("nested"), std::string::npos);
  // Unclosed paragraphs and list items do not nest: a long sloppy page reads.
  std::string sloppy;
  for (int i = 0; i < 20000; ++i) sloppy += "<p>Para <li>item ";
  LoadResult read = LoadHtml("sloppy.html", sloppy, ReaderOptions{});
  EXPECT_TRUE(read.document.has_value());
}

TEST(HtmlReaderTest, CarriageReturnsAreBlankedLikePlainText) {
  Document document = ReadHtml("<p>One\r\ntwo &ldquo;x&rdquo;</p>");
  EXPECT_EQ(Paragraphs(document), (Strings{"One \ntwo \u201Cx\u201D"}));
}

TEST(HtmlReaderTest, BinaryIsRefused) {
  LoadResult loaded = LoadHtml("x.html", std::string("<p>a\0b</p>", 10), ReaderOptions{});
  EXPECT_FALSE(loaded.document.has_value());
  EXPECT_TRUE(loaded.error.has_value());
}

// The same article as plain text and as HTML: the same speaker and quote
// text, and the HTML quote's line and column point into the page.
TEST(HtmlReaderTest, QuoteMatchesThePlainTextArticle) {
  const std::string plain =
      "Pier to reopen\n\n"
      "\u201CWe will rebuild the pier by spring,\u201D said Ines Koval, the harbour master of "
      "Marrow Bay.\n\n"
      "The work starts in March.\n";
  const std::string html =
      "<!DOCTYPE html>\n<html><head><title>Pier</title></head><body>\n"
      "<nav><a href=\"/\">Home</a></nav>\n<article>\n<h1>Pier to reopen</h1>\n"
      "<p>&ldquo;We will <em>rebuild</em> the pier by spring,&rdquo; said "
      "<a href=\"/people/koval\">Ines Koval</a>, the harbour master of\nMarrow Bay.</p>\n"
      "<p>The work starts in March.</p>\n</article>\n</body></html>\n";
  LoadResult loaded = LoadPlainText("story.txt", plain);
  ASSERT_TRUE(loaded.document.has_value());
  const Document& text_document = *loaded.document;
  ScanResult text_scan = BuiltinScanner().Scan(text_document);
  Document html_document = ReadHtml(html);
  ScanResult html_scan = BuiltinScanner().Scan(html_document);

  ASSERT_EQ(text_scan.quotes.size(), 1u);
  ASSERT_EQ(html_scan.quotes.size(), 1u);
  const Quote& text_quote = text_scan.quotes[0];
  const Quote& html_quote = html_scan.quotes[0];
  EXPECT_EQ(html_document.Text(html_quote.inner), text_document.Text(text_quote.inner));
  const Entity* text_speaker = text_scan.SpeakerOf(text_quote);
  const Entity* html_speaker = html_scan.SpeakerOf(html_quote);
  ASSERT_NE(text_speaker, nullptr);
  ASSERT_NE(html_speaker, nullptr);
  EXPECT_EQ(html_speaker->name, "Ines Koval");
  EXPECT_EQ(html_speaker->name, text_speaker->name);
  EXPECT_EQ(html_speaker->kind, text_speaker->kind);
  EXPECT_EQ(html_quote.attribution.rule, text_quote.attribution.rule);
  EXPECT_EQ(html_quote.kind, text_quote.kind);

  LineIndex lines(html_document.original());
  LineColumn at = lines.At(html_document.SourceOffset(html_quote.span.begin));
  EXPECT_EQ(at.line, 6u);
  EXPECT_EQ(at.column, 4u);  // after "<p>"
  EXPECT_EQ(html_document.Original(html_quote.span).substr(0, 7), "&ldquo;");
  std::string_view mention = html_document.Original(html_quote.attribution.mention);
  EXPECT_NE(mention.find("Koval"), std::string_view::npos) << mention;
}

}  // namespace
}  // namespace qa
