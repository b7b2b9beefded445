#include "scan/quote_finder.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/quote_marks.h"
#include "scan/word_sets.h"
#include "test_files.h"

namespace qa {
namespace {

using test_files::ReadFile;

using Texts = std::vector<std::string>;

// A document as the plain-text reader would build it: CR blanked to a space
// in `text`, paragraphs split on blank lines and trimmed of spaces.
Document MakeDocument(std::string_view bytes) {
  Document doc;
  doc.path = "test.txt";
  doc.set_original(std::string(bytes));
  doc.text = doc.original();
  for (char& c : doc.text) {
    if (c == '\r') c = ' ';
  }
  const std::string& t = doc.text;
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  size_t pos = 0;
  while (pos < t.size()) {
    // Skip blank lines, then take lines up to the next blank line.
    while (pos < t.size() && blank(t[pos])) ++pos;
    if (pos == t.size()) break;
    size_t end = pos;
    size_t line = pos;
    while (line < t.size()) {
      size_t nl = t.find('\n', line);
      size_t line_end = nl == std::string::npos ? t.size() : nl;
      bool is_blank = true;
      for (size_t i = line; i < line_end; ++i) is_blank = is_blank && blank(t[i]);
      if (is_blank && line != pos) break;
      end = line_end;
      line = nl == std::string::npos ? t.size() : nl + 1;
    }
    while (end > pos && blank(t[end - 1])) --end;
    doc.paragraphs.push_back({pos, end});
    pos = end;
  }
  return doc;
}

// The finder with the built-in elisions ('tis, 'em), as the scanner builds it.
const QuoteFinder& BuiltinFinder() {
  static const QuoteFinder* finder = [] {
    RuleLoadResult loaded = LoadRules({});
    for (const RuleError& error : loaded.errors) ADD_FAILURE() << error.ToString();
    static const WordSets words(loaded.rules);
    return new QuoteFinder(words.elisions);
  }();
  return *finder;
}

QuoteFinderResult FindIn(const Document& doc) { return BuiltinFinder().Find(doc); }

// The bytes of every quote found, marks included.
std::vector<std::string> QuoteTexts(std::string_view bytes) {
  Document doc = MakeDocument(bytes);
  std::vector<std::string> texts;
  for (const Quote& q : FindIn(doc).quotes) texts.emplace_back(doc.Text(q.span));
  return texts;
}

// The bytes of every problem mark, with its message.
std::vector<std::string> ProblemTexts(std::string_view bytes) {
  Document doc = MakeDocument(bytes);
  std::vector<std::string> texts;
  for (const MarkProblem& p : FindIn(doc).problems) {
    texts.push_back(std::string(doc.Text(p.mark)) + " " + p.message);
  }
  return texts;
}

constexpr std::string_view kNeverClosed = "quote opened here is never closed";
constexpr std::string_view kNoOpening = "closing quote mark with no opening mark";

std::string Problem(std::string_view mark, std::string_view message) {
  return std::string(mark) + " " + std::string(message);
}

// --- Marks -----------------------------------------------------------------

// Marks are found wherever they stand: the plain stretch before each is
// passed eight bytes at a time, so each mark is tried at every offset from
// a chunk's start, after plain ASCII and after accented letters (bytes of
// 0x80 and up that open no mark).
TEST(QuoteMarksTest, EveryMarkIsFoundAtEveryOffsetAfterPlainText) {
  const std::vector<std::string> marks = {"\"", "'", "``", "<", "\xE2\x80\x9C", "\xC2\xAB"};
  const std::vector<std::string> fillers = {"a", "\xC3\xA9"};
  for (const std::string& filler : fillers) {
    for (const std::string& mark : marks) {
      for (size_t before = 0; before < 20; ++before) {
        std::string text;
        for (size_t i = 0; i < before; ++i) text += filler;
        const size_t at = text.size();
        text += mark + "word";
        std::vector<QuoteMark> found;
        AppendQuoteMarks(text, Span{0, text.size()}, 0, &found);
        if (mark == "<") {
          EXPECT_TRUE(found.empty()) << "no tag, no mark: " << before;
          continue;
        }
        ASSERT_EQ(found.size(), 1u) << "mark " << mark << " after " << before;
        EXPECT_EQ(found[0].span.begin, at) << "mark " << mark << " after " << before;
        EXPECT_EQ(found[0].span.end, at + mark.size());
      }
    }
  }
}

TEST(QuoteFinderTest, CurlyDoubleQuoteSpansCoverMarksAndInnerExcludesThem) {
  // “ and ” are three bytes each.
  Document doc = MakeDocument("Ana Pell said \xE2\x80\x9CWe are ready.\xE2\x80\x9D");
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 1u);
  const Quote& q = result.quotes[0];
  EXPECT_EQ(q.span, (Span{14, 33}));
  EXPECT_EQ(q.inner, (Span{17, 30}));
  EXPECT_EQ(doc.Text(q.inner), "We are ready.");
  EXPECT_TRUE(q.closed);
  EXPECT_FALSE(q.multi_paragraph);
  EXPECT_EQ(q.paragraph, 0);
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(q.attribution.entity, -1);
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, StraightDoubleQuotes) {
  Document doc = MakeDocument("\"The bridge is safe,\" said Mayor Ilse Varn. \"Trust us.\"");
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(result.quotes[0].span, (Span{0, 21}));
  EXPECT_EQ(result.quotes[0].inner, (Span{1, 20}));
  EXPECT_EQ(result.quotes[1].span, (Span{44, 55}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, StraightOpeningClosedByCurlyAndViceVersa) {
  EXPECT_EQ(
      QuoteTexts("\"Mixed one,\xE2\x80\x9D said Ola Brek. \xE2\x80\x9CMixed two,\" she said."),
      (Texts{"\"Mixed one,\xE2\x80\x9D", "\xE2\x80\x9CMixed two,\""}));
}

TEST(QuoteFinderTest, CurlyMarkFacingTheWrongWayClosesByContext) {
  // “ typed as the closing mark, and ” typed as the opening one.
  EXPECT_EQ(QuoteTexts("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9C said Tomas Ferel."),
            (Texts{"\xE2\x80\x9CWe will rebuild,\xE2\x80\x9C"}));
  EXPECT_EQ(QuoteTexts("\xE2\x80\x9DNot today,\xE2\x80\x9D said Tomas Ferel."),
            (Texts{"\xE2\x80\x9DNot today,\xE2\x80\x9D"}));
  EXPECT_EQ(ProblemTexts("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9C said Tomas Ferel."), Texts{});
}

TEST(QuoteFinderTest, FrenchGuillemetsWithAndWithoutInnerSpaces) {
  // « » are two bytes each; U+00A0 no-break spaces inside the second pair.
  Document doc = MakeDocument(
      "\xC2\xAB"
      "Nous partons\xC2\xBB, a dit Lise Marand. "
      "\xC2\xAB\xC2\xA0"
      "Demain\xC2\xA0\xC2\xBB, a-t-elle ajout\xC3\xA9.");
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(doc.Text(result.quotes[0].inner), "Nous partons");
  EXPECT_EQ(doc.Text(result.quotes[1].span),
            "\xC2\xAB\xC2\xA0"
            "Demain\xC2\xA0\xC2\xBB");
  EXPECT_EQ(result.quotes[1].span.begin, 37u);
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, GuillemetsPointingInwardAsInGermanAndDanish) {
  EXPECT_EQ(QuoteTexts("Er sagte: \xC2\xBBWir bleiben.\xC2\xAB Dann ging er."),
            (Texts{"\xC2\xBBWir bleiben.\xC2\xAB"}));
}

TEST(QuoteFinderTest, GermanLowHighMarksWithNestedSingleLowHigh) {
  // „Sie sagte ‚nein‘, also gehen wir“, sagte Jana Wolt.
  std::string text =
      "\xE2\x80\x9ESie sagte \xE2\x80\x9Anein\xE2\x80\x98, also gehen wir\xE2\x80\x9C, sagte Jana "
      "Wolt.";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 1u);
  EXPECT_EQ(result.quotes[0].span, (Span{0, text.find(", sagte")}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, SingleGuillemetsAndCjkCornerBrackets) {
  EXPECT_EQ(QuoteTexts("Il a dit \xE2\x80\xB9oui\xE2\x80\xBA hier."),
            (Texts{"\xE2\x80\xB9oui\xE2\x80\xBA"}));
  // 「…『…』…」 with no spaces at all: the glyphs alone decide.
  EXPECT_EQ(QuoteTexts("\xE5\xB1\xB1\xE7\x94\xB0\xE3\x80\x8C\xE3\x81\x82\xE3\x80\x8E\xE3\x81"
                       "\x84\xE3\x80\x8F\xE3\x81\x86\xE3\x80\x8D\xE3\x81\xA8"),
            (Texts{"\xE3\x80\x8C\xE3\x81\x82\xE3\x80\x8E\xE3\x81\x84\xE3\x80\x8F\xE3\x81"
                   "\x86\xE3\x80\x8D"}));
}

TEST(QuoteFinderTest, SingleQuotesAsPrimaryMarks) {
  Document doc = MakeDocument("'Hello,' she said. \xE2\x80\x98It rains,\xE2\x80\x99 he added.");
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(result.quotes[0].span, (Span{0, 8}));
  EXPECT_EQ(doc.Text(result.quotes[1].inner), "It rains,");
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, DoubledApostrophesStandForDoubleMarks) {
  EXPECT_EQ(QuoteTexts("''It isn't reform,'' said Rolf Dane. ''It's noise.''"),
            (Texts{"''It isn't reform,''", "''It's noise.''"}));
}

TEST(QuoteFinderTest, TeXStyleBackticksOpen) {
  EXPECT_EQ(QuoteTexts("``We agree,'' said Rolf Dane."), (Texts{"``We agree,''"}));
}

TEST(QuoteFinderTest, MarksNextToBracketsDashesAndMissingSpaces) {
  EXPECT_EQ(QuoteTexts("The memo (\"not for release\") leaked, said Nils Orm."),
            (Texts{"\"not for release\""}));
  EXPECT_EQ(QuoteTexts("He paused\xE2\x80\x94\"and then we ran\"\xE2\x80\x94said Nils Orm."),
            (Texts{"\"and then we ran\""}));
  EXPECT_EQ(QuoteTexts("\"We ran,\"said Nils Orm.\"Fast.\"[1]"),
            (Texts{"\"We ran,\"", "\"Fast.\""}));
}

TEST(QuoteFinderTest, PossessiveAfterAClosingMarkIsNotAMark) {
  std::string text = "The \"Harbour Lights\"'s director, Nils Orm, said so.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"Harbour Lights\""}));
  EXPECT_EQ(ProblemTexts(text), Texts{});
}

// --- Nesting ---------------------------------------------------------------

TEST(QuoteFinderTest, NestedSingleQuoteStaysInsideItsDoubleQuote) {
  Document doc =
      MakeDocument("\"She told me 'the gate is shut' and left,\" said Pia Lund. \"'Go,' I said.\"");
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(doc.Text(result.quotes[0].span), "\"She told me 'the gate is shut' and left,\"");
  EXPECT_EQ(doc.Text(result.quotes[1].span), "\"'Go,' I said.\"");
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, NestedDoubleInsideSingleInBritishStyle) {
  EXPECT_EQ(QuoteTexts("'He shouted \"stop\" twice,' said PC Hale."),
            (Texts{"'He shouted \"stop\" twice,'"}));
}

TEST(QuoteFinderTest, NestedUnclosedGuillemetIsReportedAndOuterStillPairs) {
  std::string text =
      "\"He wrote \xC2\xAB"
      "adieu on the wall,\" said Ines Moro.";
  EXPECT_EQ(QuoteTexts(text), (Texts{text.substr(0, text.find(" said"))}));
  EXPECT_EQ(ProblemTexts(text), (Texts{Problem("\xC2\xAB", kNeverClosed)}));
}

// --- Apostrophes -----------------------------------------------------------

TEST(QuoteFinderTest, ApostrophesAreNotQuoteMarks) {
  const char* near_misses[] = {
      "It's late and we don't know why, Mira Solt said.",
      "Back in the '90s the mill closed, Mira Solt said.",
      "Back in the \xE2\x80\x98"
      "90s the mill closed, Mira Solt said.",
      "'Tis the season for repairs, Mira Solt said.",
      "We told 'em to wait, Mira Solt said.",
      "The band played rock 'n' roll all night, Mira Solt said.",
      "The Joneses' house was spared, Mira Solt said.",
      "The farmers' market opens at nine, Mira Solt said.",
      "You shouldn\xE2\x80\x98t worry, Mira Solt said.",
      "Everyone is comin' home tonight, Mira Solt said.",
      "O'Rourke and D\xE2\x80\x99"
      "Alba both left, Mira Solt said.",
      "The houses\xE2\x80\x99 roofs held, Mira Solt said.",
  };
  for (const char* text : near_misses) {
    EXPECT_EQ(QuoteTexts(text), Texts{}) << text;
    EXPECT_EQ(ProblemTexts(text), Texts{}) << text;
  }
}

TEST(QuoteFinderTest, ContractionAtTheEndOfAQuote) {
  EXPECT_EQ(QuoteTexts("\"Ask him. He'll\" was all Bo Tran said, 'and I won't.'"),
            (Texts{"\"Ask him. He'll\"", "'and I won't.'"}));
}

TEST(QuoteFinderTest, PluralPossessiveInsideASingleQuote) {
  EXPECT_EQ(QuoteTexts("'The farmers' market opens today,' said Eda Corr."),
            (Texts{"'The farmers' market opens today,'"}));
}

TEST(QuoteFinderTest, SingleQuoteEndingInSBeforeALowerCaseWordStillCloses) {
  // No firmer closing mark follows, so farmers' ends the quote.
  EXPECT_EQ(QuoteTexts("He called them 'the farmers' in every speech, Eda Corr said."),
            (Texts{"'the farmers'"}));
}

TEST(QuoteFinderTest, DroppedGInsideASingleQuote) {
  EXPECT_EQ(QuoteTexts("'Singin' in the rain, that's us,' said Eda Corr."),
            (Texts{"'Singin' in the rain, that's us,'"}));
}

TEST(QuoteFinderTest, YearElisionInsideAQuote) {
  EXPECT_EQ(QuoteTexts("\"It was the '90s,\" said Oren Pike."), (Texts{"\"It was the '90s,\""}));
}

TEST(QuoteFinderTest, UnpairedSingleMarkInDoubleQuotedCopyIsLetGoQuietly) {
  // 'hood is an elision we do not list; in copy quoted with double marks the
  // lone single mark is taken for an apostrophe, and the quote after it is
  // found.
  std::string text = "The 'hood was quiet, said Oren Pike. \"We slept,\" he said.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"We slept,\""}));
  EXPECT_EQ(ProblemTexts(text), Texts{});
}

TEST(QuoteFinderTest, UnclosedSingleQuoteInSingleQuotedCopyIsReported) {
  std::string text = "'We stay, said Oren Pike.\n\nAda Pike disagreed. 'We go,' she said. 'Now.'";
  EXPECT_EQ(QuoteTexts(text), (Texts{"'We stay, said Oren Pike.", "'We go,'", "'Now.'"}));
  EXPECT_EQ(ProblemTexts(text), (Texts{Problem("'", kNeverClosed)}));
}

// --- Multi-paragraph quotes --------------------------------------------------

TEST(QuoteFinderTest, QuoteRunningOverParagraphsClosesOnlyInTheLast) {
  std::string text =
      "Judge Orla Quist read the ruling.\n\n"
      "\"The council acted in haste.\n\n"
      "\"It ignored the flood maps.\n\n"
      "\"Its permit is void.\"\n\n"
      "The council will appeal.";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 1u);
  const Quote& q = result.quotes[0];
  const size_t begin = text.find("\"The");
  const size_t end = text.find("void.\"") + 6;
  EXPECT_EQ(q.span, (Span{begin, end}));
  EXPECT_EQ(q.inner, (Span{begin + 1, end - 1}));
  EXPECT_TRUE(q.multi_paragraph);
  EXPECT_TRUE(q.closed);
  EXPECT_EQ(q.paragraph, 1);
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, MultiParagraphQuoteWithDifferentMarksInEachParagraph) {
  std::string text =
      "\xE2\x80\x9CThe river rose overnight.\n\n"
      "\"Then the levee held,\xE2\x80\x9D said Kai Uhl.";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 1u);
  EXPECT_EQ(result.quotes[0].span, (Span{0, text.find(" said")}));
  EXPECT_TRUE(result.quotes[0].multi_paragraph);
}

TEST(QuoteFinderTest, MultiParagraphQuoteStartingMidParagraph) {
  std::string text =
      "\"We are ready,\" said Chief Rhea Sand. \"We have three plans.\n\n"
      "\"First, we close the port.\n\n"
      "\"Second, we wait.\"";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(doc.Text(result.quotes[0].span), "\"We are ready,\"");
  EXPECT_FALSE(result.quotes[0].multi_paragraph);
  EXPECT_EQ(result.quotes[1].span, (Span{text.find("\"We have"), text.size()}));
  EXPECT_TRUE(result.quotes[1].multi_paragraph);
  EXPECT_EQ(result.quotes[1].paragraph, 0);
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, NestedQuoteReopenedAcrossParagraphs) {
  std::string text = "\"He wrote: 'We hold the line.\n\n\"'We will not move.' That was all.\"";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 1u);
  EXPECT_EQ(result.quotes[0].span, (Span{0, text.size()}));
  EXPECT_TRUE(result.problems.empty());
}

// --- Broken marks ----------------------------------------------------------

TEST(QuoteFinderTest, UnclosedQuoteIsReportedAndTheNextParagraphStillPairs) {
  std::string text =
      "\"The dam is old, said engineer Uma Roy.\n\n"
      "Repairs begin in May. \"It will hold,\" she said.";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  const Quote& broken = result.quotes[0];
  EXPECT_FALSE(broken.closed);
  EXPECT_EQ(broken.span, (Span{0, text.find("\n\n")}));  // to its paragraph's end
  EXPECT_EQ(broken.inner, (Span{1, text.find("\n\n")}));
  EXPECT_EQ(doc.Text(result.quotes[1].span), "\"It will hold,\"");
  EXPECT_TRUE(result.quotes[1].closed);
  EXPECT_EQ(result.quotes[1].paragraph, 1);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].mark, (Span{0, 1}));
  EXPECT_EQ(result.problems[0].message, kNeverClosed);
}

TEST(QuoteFinderTest, UnclosedQuoteStopsWhereTheNextQuoteInItsParagraphStarts) {
  std::string text = "\"We lost the vote, said Uma Roy. \"We will try again,\" she added.";
  EXPECT_EQ(QuoteTexts(text),
            (Texts{"\"We lost the vote, said Uma Roy.", "\"We will try again,\""}));
  EXPECT_EQ(ProblemTexts(text), (Texts{Problem("\"", kNeverClosed)}));
}

TEST(QuoteFinderTest, SloppyNestedDoubleMarksStillMakeOneQuote) {
  std::string text = "\"I told him \"no\" twice,\" said Uma Roy.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"I told him \"no\" twice,\""}));
  EXPECT_EQ(ProblemTexts(text), Texts{});
}

TEST(QuoteFinderTest, StrayClosingMarkIsReportedAndLaterQuotesPair) {
  std::string text =
      "The vote passed,\xE2\x80\x9D said Uma Roy. \xE2\x80\x9C"
      "Finally,\xE2\x80\x9D "
      "she added.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\xE2\x80\x9C"
                                     "Finally,\xE2\x80\x9D"}));
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].mark, (Span{16, 19}));
  EXPECT_EQ(result.problems[0].message, kNoOpening);
}

TEST(QuoteFinderTest, ParagraphEndingOpenWithoutContinuationIsUnclosed) {
  // The next paragraph starts with text, not a mark: no continuation.
  std::string text = "\"We wait.\n\nThe board met at noon. \"Done,\" said Lea Voss.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"We wait.", "\"Done,\""}));
  EXPECT_EQ(ProblemTexts(text), (Texts{Problem("\"", kNeverClosed)}));
}

TEST(QuoteFinderTest, EmptyQuotesAreSkippedWithoutAProblem) {
  std::string text =
      "The form said \"\" and \xE2\x80\x9C \xE2\x80\x9D where the name goes, "
      "said clerk Ivo Stam. \"Fill it in,\" he said.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"Fill it in,\""}));
  EXPECT_EQ(ProblemTexts(text), Texts{});
}

TEST(QuoteFinderTest, PrimeMarksAfterDigitsAreNotQuotes) {
  std::string text = "The suspect is 6'2\" tall and carried a 12\" blade, police said.";
  EXPECT_EQ(QuoteTexts(text), Texts{});
  EXPECT_EQ(ProblemTexts(text), Texts{});
}

TEST(QuoteFinderTest, HeightInsideAQuoteDoesNotCloseIt) {
  std::string text =
      "\"He's 5'11\" and fast,\" said coach Ada Lenz. \"She is 6\xE2\x80\x99"
      "2\".\"";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"He's 5'11\" and fast,\"",
                                     "\"She is 6\xE2\x80\x99"
                                     "2\".\""}));
  EXPECT_EQ(ProblemTexts(text), Texts{});
}

TEST(QuoteFinderTest, LoneOpeningMarkAtParagraphEndIsReportedWithoutAQuote) {
  std::string text = "The sign read \"";
  EXPECT_EQ(QuoteTexts(text), Texts{});
  EXPECT_EQ(ProblemTexts(text), (Texts{Problem("\"", kNeverClosed)}));
}

// --- Text and positions ------------------------------------------------------

TEST(QuoteFinderTest, CrLfDocumentKeepsByteOffsetsIntoTheOriginal) {
  std::string text =
      "Mayor Ed Grau spoke.\r\n\r\n\"We will\r\nrebuild,\" he said.\r\n\r\n\"Soon.\"\r\n";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 2u);
  EXPECT_EQ(result.quotes[0].span, (Span{24, 43}));
  EXPECT_EQ(doc.Original(result.quotes[0].span), "\"We will\r\nrebuild,\"");
  EXPECT_FALSE(result.quotes[0].multi_paragraph);  // a hard wrap, not a paragraph break
  EXPECT_EQ(result.quotes[1].span, (Span{56, 63}));
  EXPECT_EQ(result.quotes[1].paragraph, 2);
}

TEST(QuoteFinderTest, MultiByteTextBeforeTheQuoteCountsInBytes) {
  // "Zoë Ærø" has two 2-byte letters; 中文 two 3-byte ones.
  std::string text = "Zo\xC3\xAB \xC3\x86r\xC3\xB8 \xE4\xB8\xAD\xE6\x96\x87 said \"Yes.\"";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 1u);
  EXPECT_EQ(result.quotes[0].span, (Span{23, 29}));
}

TEST(QuoteFinderTest, OneWordAndVeryLongQuotes) {
  std::string long_quote = "\"";
  for (int i = 0; i < 20000; ++i) long_quote += "the levee will hold ";
  long_quote += "today,\"";
  std::string text = "She pledged \"invariable\" support. " + long_quote + " said Aya Tor.";
  EXPECT_EQ(QuoteTexts(text), (Texts{"\"invariable\"", long_quote}));
}

TEST(QuoteFinderTest, AHundredThousandQuotesInOneLine) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "\"a\" ";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  ASSERT_EQ(result.quotes.size(), 100000u);
  EXPECT_EQ(result.quotes[99999].span, (Span{399996, 399999}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(QuoteFinderTest, AHundredThousandMarksInARow) {
  // Pairs of empty quotes: nothing to report.
  EXPECT_EQ(QuoteTexts(std::string(100000, '"')), Texts{});
  EXPECT_EQ(ProblemTexts(std::string(100000, '"')), Texts{});
  // One left over: one problem, at the last mark.
  Document doc = MakeDocument(std::string(100001, '"'));
  QuoteFinderResult result = FindIn(doc);
  EXPECT_TRUE(result.quotes.empty());
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].mark, (Span{100000, 100001}));
}

TEST(QuoteFinderTest, AHundredThousandNestedOpeningMarks) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "\"a 'b ";
  Document doc = MakeDocument(text);
  QuoteFinderResult result = FindIn(doc);
  // Each double mark is cut where the next one opens; the single marks are
  // taken for apostrophes in double-quoted copy.
  EXPECT_EQ(result.quotes.size(), 50000u);
  EXPECT_EQ(result.problems.size(), 50000u);
}

// Random soups of marks, letters, spaces, paragraph breaks and broken UTF-8:
// whatever the input, quotes come out in order, inside the text, never
// overlapping, with `inner` inside `span`, and problems in order.
TEST(QuoteFinderTest, RandomMarkSoupKeepsTheOutputContract) {
  const char* pieces[] = {"\"",
                          "'",
                          "\xE2\x80\x9C",
                          "\xE2\x80\x9D",
                          "\xE2\x80\x98",
                          "\xE2\x80\x99",
                          "\xC2\xAB",
                          "\xC2\xBB",
                          "\xE2\x80\x9E",
                          "\xE3\x80\x8C",
                          "\xE3\x80\x8D",
                          "``",
                          "''",
                          "a",
                          "s",
                          "9",
                          " ",
                          "\n",
                          "\n\n",
                          ",",
                          ".",
                          "\xE2\x80",
                          "\xC2",
                          "\r\n",
                          "\xE2\x80\x9A"};
  uint32_t state = 12345;
  const auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = static_cast<int>(next() % 60);
    for (int i = 0; i < length; ++i) text += pieces[next() % std::size(pieces)];
    Document doc = MakeDocument(text);
    QuoteFinderResult result = FindIn(doc);
    SCOPED_TRACE(text);
    size_t last_end = 0;
    for (const Quote& q : result.quotes) {
      ASSERT_LE(q.span.end, text.size());
      ASSERT_GE(q.span.begin, last_end);
      ASSERT_LT(q.span.begin, q.span.end);
      ASSERT_TRUE(q.span.Contains(q.inner));
      ASSERT_FALSE(q.inner.empty());
      ASSERT_GE(q.paragraph, 0);
      ASSERT_LT(static_cast<size_t>(q.paragraph), doc.paragraphs.size());
      last_end = q.span.end;
    }
    size_t last_problem = 0;
    for (const MarkProblem& p : result.problems) {
      ASSERT_GE(p.mark.begin, last_problem);
      ASSERT_LE(p.mark.end, text.size());
      last_problem = p.mark.end;
    }
  }
}

TEST(QuoteFinderTest, EmptyAndOddDocumentsDoNotCrash) {
  EXPECT_TRUE(FindIn(MakeDocument("")).quotes.empty());
  Document no_paragraphs;
  no_paragraphs.text = "\"Hi,\" said Al.";
  no_paragraphs.set_original(no_paragraphs.text);
  EXPECT_EQ(FindIn(no_paragraphs).quotes.size(), 1u);
  Document bad = MakeDocument("\"Hi,\" said Al.");
  bad.paragraphs = {{5, 2}, {3, 400}, {0, 9}};
  EXPECT_NO_FATAL_FAILURE(FindIn(bad));
  Document truncated = MakeDocument("Al said \xE2\x80");
  EXPECT_TRUE(FindIn(truncated).quotes.empty());
}

// --- Fixtures and corpus -----------------------------------------------------

struct FixtureRow {
  std::string path;
  size_t quotes = 0;
  size_t problems = 0;
};

// Rows of the table in fixtures/quotes/README.md: | `path` | quotes | problems | ... |
std::vector<FixtureRow> ReadFixtureTable(const std::string& readme) {
  std::vector<FixtureRow> rows;
  std::istringstream lines(readme);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("| `", 0) != 0) continue;
    std::vector<std::string> cells;
    std::istringstream cell_stream(line.substr(1));
    std::string cell;
    while (std::getline(cell_stream, cell, '|')) cells.push_back(cell);
    if (cells.size() < 3) continue;
    FixtureRow row;
    const size_t open = cells[0].find('`');
    row.path = cells[0].substr(open + 1, cells[0].rfind('`') - open - 1);
    row.quotes = std::stoul(cells[1]);
    row.problems = std::stoul(cells[2]);
    rows.push_back(row);
  }
  return rows;
}

TEST(QuoteFinderFixtureTest, EveryFixtureMatchesItsReadmeRow) {
  const std::filesystem::path dir = std::filesystem::path(QA_SOURCE_DIR) / "fixtures" / "quotes";
  const std::vector<FixtureRow> rows = ReadFixtureTable(ReadFile(dir / "README.md"));
  ASSERT_GE(rows.size(), 12u);
  std::map<std::string, bool> listed;
  for (const FixtureRow& row : rows) {
    SCOPED_TRACE(row.path);
    listed[row.path] = true;
    ASSERT_TRUE(std::filesystem::exists(dir / row.path));
    Document doc = MakeDocument(ReadFile(dir / row.path));
    QuoteFinderResult result = FindIn(doc);
    EXPECT_EQ(result.quotes.size(), row.quotes);
    EXPECT_EQ(result.problems.size(), row.problems);
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string relative = entry.path().lexically_relative(dir).generic_string();
    EXPECT_TRUE(listed.count(relative)) << relative << " has no row in fixtures/quotes/README.md";
  }
}

// Byte offset of every code point in `text`, plus one past the end.
std::vector<size_t> CodePointOffsets(std::string_view text) {
  std::vector<size_t> offsets;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

// PolNeAR (read-only, beside the repository) marks every attributed content
// span by hand. Every content fragment that opens with a double mark should
// be the start of a quote we find, and well-edited copy should raise few mark
// problems. Skipped where the corpus is not present.
TEST(QuoteFinderCorpusTest, FindsTheQuotedContentOfPolNeAR) {
  const std::filesystem::path dir = test_files::SharedDir() / "polnear-dev";
  QA_SHARED_PATH_OR_SKIP(dir / "text");
  size_t fragments = 0;
  size_t found = 0;
  size_t problems = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "text")) {
    const std::string text = ReadFile(entry.path());
    const std::filesystem::path ann =
        dir / "attributions" / entry.path().filename().replace_extension(".ann");
    Document doc = MakeDocument(text);
    QuoteFinderResult result = FindIn(doc);
    problems += result.problems.size();
    std::map<size_t, bool> starts;
    for (const Quote& q : result.quotes) starts[q.span.begin] = true;
    const std::vector<size_t> offsets = CodePointOffsets(text);
    std::istringstream lines(ReadFile(ann));
    std::string line;
    while (std::getline(lines, line)) {
      const size_t tab = line.find('\t');
      if (tab == std::string::npos || line.compare(tab + 1, 8, "Content ") != 0) continue;
      std::istringstream spans(line.substr(tab + 9, line.find('\t', tab + 1) - tab - 9));
      std::string fragment;
      while (std::getline(spans, fragment, ';')) {
        size_t begin = 0;
        size_t end = 0;
        std::istringstream(fragment) >> begin >> end;
        if (begin >= end || end >= offsets.size()) continue;
        const std::string_view bytes =
            std::string_view(text).substr(offsets[begin], offsets[end] - offsets[begin]);
        const bool opens_with_double_mark =
            bytes.rfind("\"", 0) == 0 || bytes.rfind("''", 0) == 0 ||
            bytes.rfind("\xE2\x80\x9C", 0) == 0 || bytes.rfind("\xE2\x80\x9E", 0) == 0;
        if (!opens_with_double_mark) continue;
        ++fragments;
        if (starts.count(offsets[begin])) ++found;
      }
    }
  }
  ASSERT_GT(fragments, 500u);
  EXPECT_GE(static_cast<double>(found), 0.97 * static_cast<double>(fragments))
      << found << " of " << fragments << " quoted fragments found";
  EXPECT_LE(problems, 10u);
}

}  // namespace
}  // namespace qa
