#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "checks/attribution_conflict_check.h"
#include "source_check_testing.h"

namespace qa {
namespace {

using testing_support::MakeCheck;
using testing_support::MakeDocument;
using testing_support::MakeEntity;
using testing_support::MakeQuote;
using testing_support::RunCheck;
using testing_support::SpanOf;

TEST(NormalizeQuotedWordsTest, IgnoresCaseQuoteStylesAndPunctuation) {
  size_t words = 0;
  EXPECT_EQ(NormalizeQuotedWords("  We won't  give\nup, EVER!  ", &words), "we won t give up ever");
  EXPECT_EQ(words, 6u);
  EXPECT_EQ(NormalizeQuotedWords("We won\xE2\x80\x99t give up \xE2\x80\x94 ever.", &words),
            "we won t give up ever");
  EXPECT_EQ(NormalizeQuotedWords("\xC3\x89T\xC3\x89 \xC3\xA0 Br\xC3\xBCnn", &words),
            "\xC3\xA9t\xC3\xA9 \xC3\xA0 br\xC3\xBCnn");
  EXPECT_EQ(words, 3u);
}

TEST(NormalizeQuotedWordsTest, OddBytesAndLatin1Capitals) {
  size_t words = 0;
  // The Latin-1 capitals from \xC3\x80 to \xC3\x9E fold; the multiplication
  // sign between them separates; sharp s has no capital here.
  EXPECT_EQ(NormalizeQuotedWords("\xC3\x80\xC3\x9E\xC3\x97\xC3\x9F", &words),
            "\xC3\xA0\xC3\xBE \xC3\x9F");
  EXPECT_EQ(words, 2u);
  // A stray continuation byte and a sequence cut short by the end stay
  // letters, byte for byte; CJK punctuation separates.
  EXPECT_EQ(NormalizeQuotedWords("a\x80"
                                 "b\xE3\x80\x82"
                                 "C \xE2\x80",
                                 &words),
            "a\x80"
            "b c \xE2\x80");
  EXPECT_EQ(words, 3u);
  EXPECT_EQ(NormalizeQuotedWords("", &words), "");
  EXPECT_EQ(words, 0u);
  EXPECT_EQ(NormalizeQuotedWords(" ,;\xE2\x80\x94 ", &words), "");
  EXPECT_EQ(words, 0u);
}

// Any bytes: never longer than the text (the words are written in place).
// Valid UTF-8: words one space apart, the count right, no ASCII capital
// left (a sequence cut short swallows the bytes after its lead, as it may).
TEST(NormalizeQuotedWordsTest, NeverLongerThanTheTextAndWordsOneSpaceApart) {
  std::mt19937 random(20261206);
  const std::vector<std::string> valid = {"a",
                                          "Z",
                                          "7",
                                          " ",
                                          "\n",
                                          ",",
                                          "'",
                                          "\xC3\x89",
                                          "\xC3\x97",
                                          "\xE2\x80\x9C",
                                          "\xF0\x9F\x98\x80"};
  std::vector<std::string> any = valid;
  any.insert(any.end(), {"\xE2\x80", "\x80", "\xFF", "\xF0"});
  for (int round = 0; round < 4000; ++round) {
    const bool only_valid = round % 2 == 0;
    const std::vector<std::string>& pieces = only_valid ? valid : any;
    std::string text;
    const int length = static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    size_t words = 0;
    const std::string normal = NormalizeQuotedWords(text, &words);
    ASSERT_LE(normal.size(), text.size()) << text;
    if (!only_valid) continue;
    EXPECT_EQ(normal.find("  "), std::string::npos) << text;
    EXPECT_FALSE(!normal.empty() && (normal.front() == ' ' || normal.back() == ' ')) << text;
    const size_t spaces = static_cast<size_t>(std::count(normal.begin(), normal.end(), ' '));
    EXPECT_EQ(words, normal.empty() ? 0 : spaces + 1) << text;
    EXPECT_TRUE(std::none_of(normal.begin(), normal.end(), [](char c) {
      return c >= 'A' && c <= 'Z';
    })) << text;
  }
}

TEST(AttributionConflictCheckTest, SameWordsDifferentSpeakersInOneArticle) {
  Document doc = MakeDocument(
      "\"The bridge will be finished by June,\" said Mayor Ilse Brandt.\n\n"
      "Later the contractor repeated it. \"The bridge will be finished by June,\" said Anders "
      "Moll.\n");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Ilse Brandt", SpeakerKind::kPerson, {"Brandt"}));
  scan.entities.push_back(MakeEntity("Anders Moll", SpeakerKind::kPerson, {"Moll"}));
  scan.quotes.push_back(MakeQuote(doc, "\"The bridge will be finished by June,\"",
                                  QuoteKind::kDirect, 0, SpanOf(doc, "Mayor Ilse Brandt")));
  scan.quotes.push_back(MakeQuote(doc, "\"The bridge will be finished by June,\"",
                                  QuoteKind::kDirect, 1, SpanOf(doc, "Anders Moll"), 1));
  auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "attribution-conflict");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].span, scan.quotes[1].span);
  EXPECT_EQ(findings[0].message,
            "attribution conflict: \"The bridge will be finished by June,\" is given to \"Anders "
            "Moll\" here but to \"Ilse Brandt\" earlier in this article");
  ASSERT_EQ(findings[0].related.size(), 1u);
  EXPECT_EQ(findings[0].related[0].path, "");
  EXPECT_EQ(findings[0].related[0].span, scan.quotes[0].span);
  EXPECT_EQ(findings[0].related[0].message, "the same words given to \"Ilse Brandt\" here");
}

// The message quotes the words cut to 50 code points at a space, whether
// the quote is short enough to be kept as written until a message needs its
// excerpt or so long that the excerpt is made at once (past 512 bytes), and
// the whitespace of a wrapped quote read as single spaces.
TEST(AttributionConflictCheckTest, TheMessageQuotesTheWordsCutShortWhateverTheirLength) {
  for (const size_t repeats : {size_t{3}, size_t{40}}) {
    std::string words = "The ferry\n  will run  every hour";
    for (size_t i = 0; i < repeats; ++i) words += ", and the harbour will stay open all night";
    words += ".";
    const std::string quoted = "\"" + words + "\"";
    Document doc =
        MakeDocument(quoted + " said Ilse Brandt.\n\n" + quoted + " said Anders Moll.\n");
    ScanResult scan;
    scan.entities.push_back(MakeEntity("Ilse Brandt", SpeakerKind::kPerson));
    scan.entities.push_back(MakeEntity("Anders Moll", SpeakerKind::kPerson));
    scan.quotes.push_back(MakeQuote(doc, quoted, QuoteKind::kDirect, 0, Span{}, 0));
    scan.quotes.push_back(MakeQuote(doc, quoted, QuoteKind::kDirect, 1, Span{}, 1));
    EXPECT_EQ(words.size() > 512, repeats == 40);
    auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
    auto findings = RunCheck(*check, doc, scan);
    ASSERT_EQ(findings.size(), 1u) << repeats;
    EXPECT_EQ(
        findings[0].message,
        "attribution conflict: \"The ferry will run every hour, and the harbour\xE2\x80\xA6\" "
        "is given to \"Anders Moll\" here but to \"Ilse Brandt\" earlier in this article")
        << repeats;
  }
}

TEST(AttributionConflictCheckTest, AliasesAndShortFormsAreTheSameSpeaker) {
  Document doc = MakeDocument(
      "\"We will rebuild the pier this year,\" said Mayor Ilse Brandt.\n\n"
      "\"We will rebuild the pier this year,\" Brandt repeated.\n\n"
      "\"We will rebuild the pier this year,\" the mayor said.\n");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Mayor Ilse Brandt", SpeakerKind::kPerson));
  scan.entities.push_back(MakeEntity("Brandt", SpeakerKind::kPerson));
  scan.entities.push_back(MakeEntity("the mayor", SpeakerKind::kPerson, {"Mayor Ilse Brandt"}));
  std::string quote = "\"We will rebuild the pier this year,\"";
  for (int i = 0; i < 3; ++i) {
    scan.quotes.push_back(MakeQuote(doc, quote, QuoteKind::kDirect, i, Span{}, i));
  }
  auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

TEST(AttributionConflictCheckTest, AnUnresolvedDescriptionIsNoConflictingName) {
  // "the nominee" was not tied to a name; it may well be Varga herself.
  Document doc = MakeDocument(
      "Elena Varga promised to speak \"plainly to every harbour worker\" in March.\n\n"
      "The nominee said she would speak \"plainly to every harbour worker\" this time.\n");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Elena Varga", SpeakerKind::kPerson));
  scan.entities.push_back(MakeEntity("the nominee", SpeakerKind::kPerson));
  std::string quote = "\"plainly to every harbour worker\"";
  for (int i = 0; i < 2; ++i) {
    scan.quotes.push_back(MakeQuote(doc, quote, QuoteKind::kPartial, i, Span{}, i));
  }
  auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

TEST(AttributionConflictCheckTest, AcrossFilesWithSmallDifferences) {
  Document first = MakeDocument(
      "Headline\n\nThe vote was close.\n\n"
      "\xE2\x80\x9CWe will not raise the ferry fares,\xE2\x80\x9D said Councillor Nia Holt.\n",
      "archive/first.txt");
  ScanResult first_scan;
  first_scan.entities.push_back(MakeEntity("Nia Holt", SpeakerKind::kPerson));
  first_scan.quotes.push_back(MakeQuote(
      first, "\xE2\x80\x9CWe will not raise the ferry fares,\xE2\x80\x9D", QuoteKind::kDirect, 0));
  Document second = MakeDocument(
      "\"we will NOT raise the ferry fares\" - the words of Anders Moll.\n", "archive/second.txt");
  ScanResult second_scan;
  second_scan.entities.push_back(MakeEntity("Anders Moll", SpeakerKind::kPerson));
  second_scan.quotes.push_back(
      MakeQuote(second, "\"we will NOT raise the ferry fares\"", QuoteKind::kDirect, 0));

  auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
  EXPECT_TRUE(RunCheck(*check, first, first_scan).empty());
  auto findings = RunCheck(*check, second, second_scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, second_scan.quotes[0].span);
  ASSERT_EQ(findings[0].related.size(), 1u);
  const RelatedLocation& related = findings[0].related[0];
  EXPECT_EQ(related.path, "archive/first.txt");
  EXPECT_EQ(related.span, first_scan.quotes[0].span);
  EXPECT_EQ(related.line, 5u);
  EXPECT_EQ(related.column, 1u);
  EXPECT_NE(findings[0].message.find("but to \"Nia Holt\" in archive/first.txt:5:1"),
            std::string::npos)
      << findings[0].message;
}

TEST(AttributionConflictCheckTest, AcrossFilesCanBeSwitchedOff) {
  Document first = MakeDocument("\"Fares will stay the same,\" said Nia Holt.\n", "a.txt");
  Document second = MakeDocument("\"Fares will stay the same,\" said Anders Moll.\n", "b.txt");
  ScanResult first_scan;
  first_scan.entities.push_back(MakeEntity("Nia Holt", SpeakerKind::kPerson));
  first_scan.quotes.push_back(
      MakeQuote(first, "\"Fares will stay the same,\"", QuoteKind::kDirect, 0));
  ScanResult second_scan;
  second_scan.entities.push_back(MakeEntity("Anders Moll", SpeakerKind::kPerson));
  second_scan.quotes.push_back(
      MakeQuote(second, "\"Fares will stay the same,\"", QuoteKind::kDirect, 0));
  auto check =
      MakeCheck<AttributionConflictCheck>("attribution-conflict", {{"across_files", false}});
  EXPECT_TRUE(RunCheck(*check, first, first_scan).empty());
  EXPECT_TRUE(RunCheck(*check, second, second_scan).empty());
}

TEST(AttributionConflictCheckTest, ShortAndUnattributedQuotesAreIgnored) {
  Document doc = MakeDocument(
      "Holt called it \"a fair deal\". Moll called it \"a fair deal\" too.\n\n"
      "\"Nobody asked the ferry crews,\" one sign read. \"Nobody asked the ferry crews,\" said "
      "Holt.\n");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Nia Holt", SpeakerKind::kPerson, {"Holt"}));
  scan.entities.push_back(MakeEntity("Anders Moll", SpeakerKind::kPerson, {"Moll"}));
  scan.quotes.push_back(MakeQuote(doc, "\"a fair deal\"", QuoteKind::kPartial, 0));
  scan.quotes.push_back(MakeQuote(doc, "\"a fair deal\"", QuoteKind::kPartial, 1, Span{}, 1));
  scan.quotes.push_back(
      MakeQuote(doc, "\"Nobody asked the ferry crews,\"", QuoteKind::kDirect, -1));
  scan.quotes.push_back(
      MakeQuote(doc, "\"Nobody asked the ferry crews,\"", QuoteKind::kDirect, 0, Span{}, 1));
  auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());

  // With min_words 3 the three-word partial quote counts.
  auto loose = MakeCheck<AttributionConflictCheck>("attribution-conflict", {{"min_words", 3}});
  auto findings = RunCheck(*loose, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, scan.quotes[1].span);
}

TEST(AttributionConflictCheckTest, ManyQuotesStayLinear) {
  std::string text;
  for (int i = 0; i < 3000; ++i) {
    text += "\"Quote number " + std::to_string(i) + " is different from the rest,\" said Holt.\n\n";
  }
  Document doc = MakeDocument(text);
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Nia Holt", SpeakerKind::kPerson));
  for (int i = 0; i < 3000; ++i) {
    scan.quotes.push_back(
        MakeQuote(doc, "\"Quote number " + std::to_string(i) + " is different from the rest,\"",
                  QuoteKind::kDirect, 0));
  }
  auto check = MakeCheck<AttributionConflictCheck>("attribution-conflict");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

}  // namespace
}  // namespace qa
