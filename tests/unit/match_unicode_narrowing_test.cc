// Unicode property classes narrowed to a document's characters
// (match/unicode_narrowing.h): on texts of those characters the rewritten
// pattern must match exactly as the original, groups included, so every case
// is checked against RE2 running both.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "match/letter_runs.h"
#include "match/unicode_class_tables.h"
#include "match/unicode_narrowing.h"

namespace qa {
namespace {

// Every match of `re` in `text` (left to right, as Pattern::FindAll steps),
// each as its whole and groups' offsets; -1 for a group that took no part.
std::vector<std::vector<int>> AllMatches(const RE2& re, const std::string& text) {
  std::vector<std::vector<int>> all;
  const int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(groups) + 1);
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, pieces.data(), groups + 1)) {
    std::vector<int> one;
    for (const re2::StringPiece& piece : pieces) {
      one.push_back(piece.data() == nullptr ? -1 : static_cast<int>(piece.data() - text.data()));
      one.push_back(static_cast<int>(piece.size()));
    }
    all.push_back(one);
    const size_t end = static_cast<size_t>(pieces[0].data() - text.data()) + pieces[0].size();
    pos = end > pos ? end : pos + 1;
  }
  return all;
}

void ExpectSameMatches(const std::string& pattern, bool case_sensitive,
                       const std::vector<std::string>& texts) {
  std::string all;
  for (const std::string& text : texts) all += text + "\n";
  const LetterRuns runs = LetterRuns::Of(all);
  const std::vector<char32_t>& characters = runs.characters();
  std::optional<std::string> narrowed = NarrowUnicodeClasses(pattern, case_sensitive, characters);
  ASSERT_TRUE(narrowed.has_value()) << pattern;
  RE2::Options options;
  options.set_case_sensitive(case_sensitive);
  RE2 full(pattern, options);
  RE2 fewer(*narrowed, options);
  ASSERT_TRUE(full.ok()) << pattern;
  ASSERT_TRUE(fewer.ok()) << *narrowed;
  EXPECT_LE(fewer.ProgramSize(), full.ProgramSize()) << pattern;
  for (const std::string& text : texts) {
    EXPECT_EQ(AllMatches(fewer, text), AllMatches(full, text))
        << pattern << " narrowed to " << *narrowed << " on " << text;
  }
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = {
      "\xC3\x89lise Brand\xC3\xA9 said",  // Élise Brandé
      "\xC3\x85SA LINDQVIST: yes",        // ÅSA
      "\xC5\x81ukasz \xC5\xBB"
      "elazny, captain",  // Łukasz Żelazny
      "Stra\xC3\x9F"
      "e 12 \xE2\x80\x94 n\xC2\xBA 3",  // Straße, em dash, º
      "\xE2\x84\xAA"
      "elvin and \xC5\xBF"
      "ign",                                                // Kelvin sign, long s
      "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD9\xA3",  // Greek, Arabic-Indic 3
      "O\xE2\x80\x99Malley \xE2\x80\x9Cquoted\xE2\x80\x9D",
      "plain ASCII 42",
      "",
      "\xFF\xC3 stray",
  };
  return texts;
}

TEST(UnicodeNarrowingTest, ClassesOutsideAndInsideBracketsMatchAsInFull) {
  for (const char* pattern : {
           "\\p{Lu}\\p{L}+",
           "(?P<speaker>\\p{Lu}[\\p{L}.'\xE2\x80\x99-]*)\\s*(?P<cue>:)",
           "[^\\s][\\p{Ll}\\s]+",
           "\\p{N}+\\.?",
           "[\\p{L}\\p{N}'-]+",
           "[\\p{L}\\x{80}-\\x{10FFFF}]+",
           "(?i:\\p{Lu}+)\\s(?-i:\\p{Lu})",
           "(?i)\\p{Ll}+|\\p{Lu}",
           "\\Q\\p{L}\\E|\\p{Lu}",
           "[]\\p{Lu}]+",
       }) {
    ExpectSameMatches(pattern, true, Texts());
    ExpectSameMatches(pattern, false, Texts());
  }
}

TEST(UnicodeNarrowingTest, TheBuiltInRulesShapesMatchAsInFull) {
  // As the attribution and vague-source patterns use them.
  for (const char* pattern : {
           "^\\s*(?P<speaker>(?:\\p{Lu}[\\p{L}.'\xE2\x80\x99-]*\\s+){0,3}\\p{Lu}[\\p{L}.'"
           "\xE2\x80\x99-]*)\\s*(?P<cue>:)(?:\\s+\\p{Lu}|\\s*$)",
           "(?:[\\p{L}\\p{N}'\xE2\x80\x99-]+\\s+){0,3}?(?i:said|yes)",
           "\\b(?P<source>(?:captain|elazny)\\s+[\\p{L}\\p{N}'\\x{2019}-]+(?:\\s+(?-i:[A-Z])[\\p{L}"
           "\\p{N}'\\x{2019}-]+)*)",
           "(?P<speaker>[^,;:!?]+?)(?:'s|\xE2\x80\x99s|')\\s+(?:\\p{Ll}+\\s+)?(?P<cue>(?i:said))",
       }) {
    ExpectSameMatches(pattern, true, Texts());
    ExpectSameMatches(pattern, false, Texts());
  }
}

TEST(UnicodeNarrowingTest, ARewrittenClassListsOnlyTheDocumentsCharacters) {
  const std::vector<char32_t> characters = {0xC9, 0xE9, 0x2014};  // É é —
  EXPECT_EQ(NarrowUnicodeClasses("\\p{Lu}", true, characters), "[\\x{41}-\\x{5A}\\x{C9}]");
  EXPECT_EQ(NarrowUnicodeClasses("[\\p{Ll}.]", true, characters), "[\\x{61}-\\x{7A}\\x{E9}.]");
  // Under case folding the class is RE2's folded one.
  EXPECT_EQ(NarrowUnicodeClasses("(?i:\\p{Lu})", true, characters),
            "(?i:[\\x{41}-\\x{5A}\\x{61}-\\x{7A}\\x{C9}\\x{E9}])");
  // Characters the class does not hold are left out.
  EXPECT_EQ(NarrowUnicodeClasses("x\\p{N}", true, characters), "x[\\x{30}-\\x{39}]");
  EXPECT_EQ(NarrowUnicodeClasses("[x\\p{Lu}]", true, {0xE9}), "[x\\x{41}-\\x{5A}]");
}

TEST(UnicodeNarrowingTest, WhatItCannotRewriteStaysAsItIs) {
  const std::vector<char32_t> characters = {0xC9};
  for (const char* pattern : {"no class here", "\\\\p{L}", "\\p{NoSuchClass}", "(\\p{L}", "\\p{L})",
                              "[\\p{L}", "(?#x)\\p{L}", "[\\Q]\\E\\p{L}]",
                              // Complements, and classes without a table.
                              "\\P{L}+", "[^\\p{L}\\s]+", "\\p{^Lu}", "\\p{Greek}", "\\pL",
                              // A '-' after a class is itself; after the list it would be a range.
                              "[\\p{L}-\\x{2014}]"}) {
    EXPECT_FALSE(NarrowUnicodeClasses(pattern, true, characters).has_value()) << pattern;
  }
}

// The tables made at build time must be what the RE2 linked at run time
// says, or a narrowed class would differ from the full one.
TEST(UnicodeNarrowingTest, TheBuildTimeTablesAgreeWithRe2) {
  ASSERT_FALSE(BuiltInUnicodeClassTables().empty());
  for (const UnicodeClassTable& table : BuiltInUnicodeClassTables()) {
    RE2::Options options;
    options.set_case_sensitive(!table.fold);
    RE2 re(table.escape, options);
    ASSERT_TRUE(re.ok()) << table.escape;
    auto in_table = [&table](char32_t c) {
      return std::any_of(table.ranges.begin(), table.ranges.end(),
                         [c](const UnicodeRange& r) { return c >= r.first && c <= r.last; });
    };
    // Every character of the first planes' busy part, then a sample.
    for (char32_t c = 0; c <= 0x10FFFF; c += c < 0x3000 ? 1 : 97) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      EXPECT_EQ(in_table(c), RE2::FullMatch(EncodeUtf8(c), re))
          << table.escape << (table.fold ? " folded" : "") << " at U+" << std::hex
          << static_cast<unsigned>(c);
    }
  }
}

}  // namespace
}  // namespace qa
