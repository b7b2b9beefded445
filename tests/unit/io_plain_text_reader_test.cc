#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/document_reader.h"
#include "io/paragraph_splitter.h"
#include "io/plain_text_reader.h"
#include "io/text_cleaner.h"

namespace qa {
namespace {

using namespace std::string_literals;

Document Load(std::string bytes) {
  LoadResult result = LoadPlainText("article.txt", std::move(bytes));
  EXPECT_FALSE(result.error.has_value()) << result.error->ToString();
  return result.document.value_or(Document{});
}

std::vector<std::string> ParagraphTexts(const Document& document) {
  std::vector<std::string> out;
  for (Span span : document.paragraphs) out.emplace_back(document.Text(span));
  return out;
}

TEST(PlainTextReaderTest, EmptyFileIsAValidEmptyDocument) {
  Document document = Load("");
  EXPECT_EQ(document.path, "article.txt");
  EXPECT_TRUE(document.text.empty());
  EXPECT_TRUE(document.paragraphs.empty());
  EXPECT_TRUE(document.problems.empty());
}

TEST(PlainTextReaderTest, BomIsBlankedButKeptSoOffsetsMatchTheFile) {
  Document document = Load("\xEF\xBB\xBFMayor Ines Koval spoke.");
  EXPECT_EQ(document.original().substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(document.text, "   Mayor Ines Koval spoke.");
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].begin, 3u);  // "Mayor" is at byte 3 of the file
  EXPECT_TRUE(document.problems.empty());
}

TEST(PlainTextReaderTest, CrlfKeepsByteOffsetsAndBlanksCr) {
  Document document = Load("First line.\r\n\r\nSecond \xE2\x80\x9Cpart\xE2\x80\x9D.\r\n");
  EXPECT_EQ(document.text.size(), document.original().size());
  EXPECT_EQ(document.text.find('\r'), std::string::npos);
  std::vector<std::string> expected = {"First line.", "Second \xE2\x80\x9Cpart\xE2\x80\x9D."};
  EXPECT_EQ(ParagraphTexts(document), expected);
  EXPECT_EQ(document.paragraphs[1].begin, 15u);
  EXPECT_EQ(document.original().substr(document.paragraphs[1].begin, 6), "Second");
}

TEST(PlainTextReaderTest, CleanBytesAreHeldOnceAndCleanedOnesTwice) {
  // Nothing to blank: the analysis text is the file, and one copy serves
  // both (a 50 MB file costs 50 MB, not 100).
  const std::string clean = "Mayor Ines Koval said \xE2\x80\x9Cyes\xE2\x80\x9D.\n";
  Document document = Load(clean);
  EXPECT_EQ(document.original(), clean);
  EXPECT_EQ(document.text, clean);
  EXPECT_EQ(document.original().data(), document.text.data());
  EXPECT_EQ(CleanedText(clean, &document.problems), std::nullopt);

  // A CR and a no-break space to blank: the bytes as read stay as they were.
  const std::string crlf = "Koval\xC2\xA0said so.\r\n";
  Document cleaned = Load(crlf);
  EXPECT_EQ(cleaned.original(), crlf);
  EXPECT_EQ(cleaned.text, "Koval  said so. \n");
  EXPECT_NE(cleaned.original().data(), cleaned.text.data());
  EXPECT_EQ(MakeAnalysisText(clean, &cleaned.problems), clean);
}

TEST(PlainTextReaderTest, NulByteSkipsTheFileNamingTheOffset) {
  LoadResult result = LoadPlainText("photo.txt", "abc\0def"s);
  EXPECT_FALSE(result.document.has_value());
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->ToString(), "photo.txt: binary file (NUL byte at byte 3); skipped");
  EXPECT_EQ(result.error->offset, 3u);
}

TEST(PlainTextReaderTest, Utf16IsSkippedWithAHint) {
  LoadResult result = LoadPlainText("wide.txt", "\xFF\xFEH\0i\0"s);
  ASSERT_TRUE(result.error.has_value());
  EXPECT_NE(result.error->message.find("UTF-16"), std::string::npos);
}

TEST(PlainTextReaderTest, ManyControlBytesAreBinary) {
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes += "ab\x01\x02";
  LoadResult result = LoadPlainText("blob.txt", bytes);
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->offset, 2u);
}

TEST(PlainTextReaderTest, OddControlBytesAreBlankedNotBinary) {
  Document document = Load("Page one.\fPage\vtwo\x1B.");
  EXPECT_EQ(document.text, "Page one. Page two .");
}

// Each case: bytes, first bad offset, number of bad bytes.
struct BadUtf8Case {
  std::string bytes;
  size_t first;
  size_t count;
};

TEST(TextCleanerTest, InvalidUtf8IsBlankedAndReportedOnceWithOffsetAndCount) {
  std::vector<BadUtf8Case> cases = {
      {"ok \xC0\xAF end", 3, 2},                // overlong "/"
      {"ok \xE0\x80\xAF end", 3, 3},            // overlong three-byte form
      {"ok \xED\xA0\x80 end", 3, 3},            // UTF-16 surrogate
      {"ok \xF4\x90\x80\x80 end", 3, 4},        // above U+10FFFF
      {"ok \xF5\x80\x80\x80 end", 3, 4},        // F5 never starts a sequence
      {"ok \xE2\x80 end", 3, 2},                // truncated before a space
      {"ok end\xE2\x80", 6, 2},                 // truncated at end of file
      {"ok \x80 end", 3, 1},                    // stray continuation
      {"\xC3\xA9t\xC3\xA9 \xFF x \xFE", 6, 2},  // valid é before, two bad bytes
  };
  for (const auto& c : cases) {
    std::vector<InputProblem> problems;
    std::string text = MakeAnalysisText(c.bytes, &problems);
    ASSERT_EQ(text.size(), c.bytes.size());
    ASSERT_EQ(problems.size(), 1u) << c.bytes;
    EXPECT_EQ(problems[0].offset, c.first) << c.bytes;
    size_t blanked = 0;
    for (size_t i = 0; i < text.size(); ++i) blanked += text[i] != c.bytes[i];
    EXPECT_EQ(blanked, c.count) << c.bytes;
    std::string expected = "invalid UTF-8 at byte " + std::to_string(c.first);
    EXPECT_EQ(problems[0].message.substr(0, expected.size()), expected);
  }
}

TEST(TextCleanerTest, ValidUtf8OfEveryLengthIsKept) {
  std::string bytes = "a \xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80 \xEF\xBF\xBF \xF4\x8F\xBF\xBF";
  std::vector<InputProblem> problems;
  EXPECT_EQ(MakeAnalysisText(bytes, &problems), bytes);
  EXPECT_TRUE(problems.empty());
}

TEST(TextCleanerTest, UnicodeSpacesBecomeAsciiSpacesOfTheSameLength) {
  // "he<no-break space>told", a thin space and a narrow no-break space: the
  // attribution patterns must see two words, and offsets must not move.
  std::string bytes = "he\xC2\xA0told 5\xE2\x80\x89km 10\xE2\x80\xAF%";
  std::vector<InputProblem> problems;
  EXPECT_EQ(MakeAnalysisText(bytes, &problems), "he  told 5   km 10   %");
  // A zero-width space and an en dash are not spaces.
  std::string kept = "a\xE2\x80\x8B b \xE2\x80\x93 c";
  EXPECT_EQ(MakeAnalysisText(kept, &problems), kept);
  EXPECT_TRUE(problems.empty());
}

TEST(TextCleanerTest, MessageCountsFurtherBadBytes) {
  std::vector<InputProblem> problems;
  MakeAnalysisText("caf\xC3\xA9 \x93quoted\x94 and \x85", &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message,
            "invalid UTF-8 at byte 6 (and 2 more bytes); those bytes are ignored");
}

TEST(TextCleanerTest, WholeFileInWindows1252GetsAnEncodingHint) {
  std::vector<InputProblem> problems;
  MakeAnalysisText("He said \x93no\x94.", &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("Windows-1252"), std::string::npos);
}

TEST(ParagraphSplitterTest, BlankLinesSeparateAndWrappedLinesJoin) {
  std::string text = "  First para\nwraps here.  \n \t \nSecond.\n\n\nThird\n";
  std::vector<Span> spans = SplitParagraphs(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "First para\nwraps here.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Second.");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].size()), "Third");
}

TEST(ParagraphSplitterTest, NoBlankLineMeansOneParagraphPerLine) {
  std::string text = "\nHeadline here\nFirst paragraph.\n  \nSecond\n";
  // The blank line after "First paragraph." separates, so lines group.
  EXPECT_EQ(SplitParagraphs(text).size(), 2u);
  std::string flat = "Headline here\nFirst paragraph.\n\n";
  std::vector<Span> spans = SplitParagraphs(flat);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(flat.substr(spans[1].begin, spans[1].size()), "First paragraph.");
}

// Blank-line paragraphs and one-paragraph-per-line lines in one file: a line
// that ends a sentence and is too long to be a hard wrap ends its paragraph.
TEST(ParagraphSplitterTest, MixedConventionsSplitAtLinesThatEndParagraphs) {
  std::string long_a(110, 'A'), long_b(110, 'B');
  std::string text = "Headline\n\n" + long_a + ".\n\xE2\x80\x9CQuoted,\xE2\x80\x9D she said.\n" +
                     long_b + ".\nNext line.\n";
  std::vector<Span> spans = SplitParagraphs(text);
  ASSERT_EQ(spans.size(), 5u);
  EXPECT_EQ(text.substr(spans[4].begin, spans[4].size()), "Next line.");
}

TEST(ParagraphSplitterTest, HardWrappedParagraphStaysOneAfterAFullLine) {
  // The first line ends a sentence but is full: "Members" would not have
  // fitted on it, so the newline is a wrap.
  std::string text =
      "Title\n\nThe board met on Tuesday to discuss the timetable for the winter.\n"
      "Members heard from three residents who had waited two hours in\n"
      "the rain.\n";
  EXPECT_EQ(SplitParagraphs(text).size(), 2u);
  // A short line before a word that would have fitted was ended on purpose.
  std::string deliberate =
      "Title\n\nThe board met on Tuesday to discuss the timetable for the winter\n"
      "months. It agreed.\nMembers heard from three residents.\n";
  EXPECT_EQ(SplitParagraphs(deliberate).size(), 3u);
}

TEST(ParagraphSplitterTest, MidSentenceAndOpenQuoteLinesJoin) {
  std::string long_a(110, 'a');
  // Lower case after a sentence end, no sentence end, and a pull quote whose
  // closing mark is on the next line: all one paragraph each.
  std::string text = "Title\n\n" + long_a + ".\nand more\n" + long_a + "\nNext\n\n\"" + long_a +
                     ".\nMara Quist.\"\n";
  std::vector<Span> spans = SplitParagraphs(text);
  ASSERT_EQ(spans.size(), 3u);
  // An unclosed quote does not keep a line that does not close it.
  std::string unclosed = "Title\n\n\"" + long_a + ".\nThe council met.\n";
  EXPECT_EQ(SplitParagraphs(unclosed).size(), 3u);
}

TEST(ParagraphSplitterTest, WrapWidthCountsCodePointsNotBytes) {
  // A line of 100 code points in four-byte characters (397 bytes with its
  // full stop) is a full line of a hard-wrapped block: the next line goes
  // on the same paragraph. One more character and the block is not
  // hard-wrapped: a line ending a sentence ends its paragraph.
  std::string wide;
  for (int i = 0; i < 99; ++i) wide += "\xF0\x9F\x98\x80";
  const std::string full = "Intro.\n\n" + wide + ".\nNext words here.\n";
  EXPECT_EQ(SplitParagraphs(full).size(), 2u);
  const std::string over = "Intro.\n\n" + wide + "\xF0\x9F\x98\x80.\nNext words here.\n";
  EXPECT_EQ(SplitParagraphs(over).size(), 3u);
}

TEST(ParagraphSplitterTest, OpenTagGoesOnToTheNextLine) {
  std::string text = "Title\n\n<tweet date=\"May 4, 2024.\n\">Text.\nNext.\n";
  std::vector<Span> spans = SplitParagraphs(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].size()), "Next.");
}

TEST(ParagraphSplitterTest, NoBreakSpaceOnlyLineIsBlank) {
  std::string text = "One.\n\xC2\xA0\nTwo\nwraps.\n";
  std::vector<Span> spans = SplitParagraphs(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Two\nwraps.");
}

TEST(ParagraphSplitterTest, WhitespaceOnlyTextHasNoParagraphs) {
  EXPECT_TRUE(SplitParagraphs(" \n\t\n  ").empty());
  EXPECT_TRUE(SplitParagraphs("").empty());
}

TEST(PlainTextReaderTest, FiftyMegabyteSingleLineLoads) {
  std::string bytes;
  bytes.reserve(50u << 20);
  while (bytes.size() < (50u << 20)) bytes += "Word \xE2\x80\x9Cquoted\xE2\x80\x9D text. ";
  bytes += "\xFF";  // one bad byte at the very end
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("qa_big_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path, std::ios::binary) << bytes;
  LoadResult result = ReadDocument(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(result.document.has_value());
  const Document& document = *result.document;
  EXPECT_EQ(document.original().size(), bytes.size());
  EXPECT_EQ(document.text.size(), bytes.size());
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].begin, 0u);
  ASSERT_EQ(document.problems.size(), 1u);
  EXPECT_EQ(document.problems[0].offset, bytes.size() - 1);
}

TEST(DocumentReaderTest, MissingFileNamesThePath) {
  LoadResult result = ReadDocument("/nonexistent-dir/missing.txt");
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->ToString(), "/nonexistent-dir/missing.txt: no such file or directory");
}

TEST(DocumentReaderTest, DirectoryCannotBeRead) {
  LoadResult result = ReadDocument(std::filesystem::temp_directory_path().string());
  ASSERT_TRUE(result.error.has_value());
  EXPECT_NE(result.error->message.find("directory"), std::string::npos);
}

}  // namespace
}  // namespace qa
