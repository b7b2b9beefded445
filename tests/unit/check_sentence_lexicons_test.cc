// SentenceLexicons (checks/sentence_lexicons.h): the filed words one check
// reads for a shared gate must answer every other check exactly as the gate
// would read the sentence itself, and the checks built together must find
// what each finds built alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "checks/check_text.h"
#include "checks/paragraph_words.h"
#include "checks/registry.h"
#include "checks/sentence_lexicons.h"
#include "checks/unsourced_claim_check.h"
#include "checks/vague_source_check.h"
#include "source_check_testing.h"

namespace qa {
namespace {

using testing_support::BuiltinRules;
using testing_support::MakeCheck;
using testing_support::MakeDocument;
using testing_support::RunCheck;

void ExpectTheGatesOwnAnswers(const SentenceLexicons& shared, const LexiconGate& gate,
                              const Document& document, const ScanResult& scan) {
  const std::vector<Span> units = SearchUnits(document, scan);
  ASSERT_GT(units.size(), 2u);
  for (size_t u = 0; u < units.size(); ++u) {
    const std::string_view text = document.Text(units[u]);
    LexiconGate::Places own;
    LexiconGate::Places read_once;
    EXPECT_EQ(shared.MayOccur(gate, u, units[u], &read_once), gate.MayOccur(text, &own))
        << "unit " << u;
    // The answer alone, without places, is the same.
    EXPECT_EQ(shared.MayOccur(gate, u, units[u], nullptr), gate.MayOccur(text)) << "unit " << u;
    EXPECT_EQ(read_once.anywhere, own.anywhere) << "unit " << u;
    for (uint32_t bit = 1; bit != 0 && bit <= own.found; bit <<= 1) {
      EXPECT_EQ(gate.EarliestStart(text, read_once, bit), gate.EarliestStart(text, own, bit))
          << "unit " << u;
      EXPECT_EQ(gate.LatestEnd(text, read_once, bit), gate.LatestEnd(text, own, bit))
          << "unit " << u;
    }
  }
}

class SentenceLexiconsTest : public ::testing::Test {
 protected:
  LexiconGate gate_;
  const uint32_t sources_ = gate_.Add({"experts", "a senior official", "observers"});
  const uint32_t verbs_ = gate_.Add({"said", "told reporters"});
  const std::string text_ =
      "\xEF\xBB\xBF"
      "Experts said the Vellmar ferry would close.\r\n\r\n"
      "A senior official in Lorsund told reporters nothing; observers waited.\r\n\r\n"
      "The council met on Monday.\r\n\r\n"
      "Critics \xE2\x84\xAA said nothing at all.\r\n";
};

TEST_F(SentenceLexiconsTest, EachParagraphIsAnsweredAsTheGateReadsIt) {
  const Document document = MakeDocument(text_);
  const ScanResult scan;  // no sentences: the units are the paragraphs
  const SentenceLexicons shared(document, scan);
  ExpectTheGatesOwnAnswers(shared, gate_, document, scan);
  // Asked again, the words kept give the same answers.
  ExpectTheGatesOwnAnswers(shared, gate_, document, scan);
}

TEST_F(SentenceLexiconsTest, EachSentenceIsAnsweredAsTheGateReadsIt) {
  const Document document = MakeDocument(text_);
  ScanResult scan;
  for (size_t begin = 3; begin < document.text.size();) {
    size_t end = document.text.find_first_of(".;", begin);
    end = end == std::string::npos ? document.text.size() : end + 1;
    scan.sentences.push_back({begin, end});
    begin = end;
  }
  const SentenceLexicons shared(document, scan);
  ExpectTheGatesOwnAnswers(shared, gate_, document, scan);
}

TEST_F(SentenceLexiconsTest, AnotherGateOrAnotherUnitIsReadAfresh) {
  const Document document = MakeDocument(text_);
  const ScanResult scan;
  const SentenceLexicons shared(document, scan);
  LexiconGate other;
  const uint32_t council = other.Add({"council"});
  const std::vector<Span> units = SearchUnits(document, scan);
  LexiconGate::Places places;
  EXPECT_EQ(shared.MayOccur(gate_, 0, units[0], &places), sources_ | verbs_);
  EXPECT_EQ(shared.MayOccur(other, 2, units[2], &places), council);
  EXPECT_EQ(shared.MayOccur(gate_, 2, units[2], &places), 0u);
  // A span that is not the unit of that index: its own words.
  EXPECT_EQ(shared.MayOccur(gate_, 2, units[1], &places), sources_ | verbs_);
  EXPECT_EQ(shared.MayOccur(gate_, 99, units[0], &places), sources_ | verbs_);
  EXPECT_EQ(shared.MayOccur(gate_, 99, units[0], nullptr), sources_ | verbs_);
}

TEST_F(SentenceLexiconsTest, ALongDocumentIsAnsweredUnitByUnit) {
  std::string text;
  for (int i = 0; text.size() <= SentenceLexicons::kHeldBytes; ++i) {
    text += i % 3 == 0 ? "Observers in Vellmar waited " + std::to_string(i) + ".\n\n"
                       : "The ferry to Lorsund ran late " + std::to_string(i) + ".\n\n";
  }
  const Document document = MakeDocument(text);
  const ScanResult scan;
  const SentenceLexicons shared(document, scan);
  ExpectTheGatesOwnAnswers(shared, gate_, document, scan);
}

// The paragraph words a check already read place most of each unit's words
// (checks/sentence_lexicons.cc): the answers must be the gate's own for any
// text, whatever its words hold. Random documents from pieces that read
// differently as words and as the gate's \w runs: apostrophes inside
// words, '_' beside them, letters outside ASCII, the Kelvin sign and the
// long s, digits, dashes and curly quotes; units inside paragraphs, across
// their edges, cut inside words, and empty.
TEST_F(SentenceLexiconsTest, HeldParagraphWordsGiveTheGatesOwnAnswers) {
  const uint32_t marks = gate_.Add({"foo_bar", "2024", "north's", "m\xC3\xA9nard"});
  ASSERT_NE(marks, 0u);
  const std::vector<std::string> pieces = {"experts",
                                           "Experts",
                                           "SAID",
                                           "said",
                                           "a senior official",
                                           "told",
                                           "reporters",
                                           "observers",
                                           "foo_bar",
                                           "foo",
                                           "_said",
                                           "said_",
                                           "don't",
                                           "North's",
                                           "North\xE2\x80\x99s",
                                           "north",
                                           "M\xC3\xA9nard",
                                           "\xC3\xA9",
                                           "\xC5\xBF"
                                           "aid",
                                           "\xE2\x84\xAA"
                                           "ey",
                                           "2024",
                                           "said2024",
                                           "U.S.",
                                           "\xE2\x80\x94",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           ",",
                                           ".",
                                           ";",
                                           "'",
                                           "of",
                                           "a",
                                           "the",
                                           "Vellmar",
                                           "\xFF",
                                           "said\xE2\x80\x99",
                                           "experts'"};
  std::mt19937 random(20261207);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int count = 15 + static_cast<int>(random() % 60);
    for (int i = 0; i < count; ++i) {
      text += pieces[random() % pieces.size()];
      const unsigned gap = random() % 12;
      text += gap == 0 ? "" : gap == 1 ? "\n\n" : gap == 2 ? ". " : " ";
    }
    const Document document = MakeDocument(text);
    ScanResult scan;
    for (size_t begin = 0; begin < document.text.size();) {
      const size_t end = std::min(document.text.size(), begin + 1 + random() % 25);
      scan.sentences.push_back({begin, end});
      begin = end + (random() % 4 == 0 ? 1 : 0);
    }
    ParagraphWords words(document);
    std::vector<Word> scratch;
    words.Of(0, &scratch);
    ASSERT_TRUE(words.held());
    const SentenceLexicons shared(document, scan, &words);
    SCOPED_TRACE(text);
    ExpectTheGatesOwnAnswers(shared, gate_, document, scan);
    if (HasFailure()) return;
  }
}

// Findings as text, for comparing runs.
std::vector<std::string> Described(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(f.rule + " " + std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) +
                  " " + f.message);
  }
  return out;
}

TEST(ChecksSharingAGateTest, FindWhatEachFindsBuiltAlone) {
  std::vector<RuleError> errors;
  std::vector<std::unique_ptr<Check>> together = MakeChecks(BuiltinRules(), &errors);
  EXPECT_TRUE(errors.empty());
  const Document document = MakeDocument(
      "Experts said the Vellmar ferry would close.\n\n"
      "The harbour master reportedly resigned, observers claimed.\n\n"
      "Concerns have been raised about the dam; it is widely expected to fail.\n\n"
      "A senior official, who spoke on condition of anonymity, said the levy is seen as a "
      "rescue.\n\n"
      "Residents say the council ignored them.\n\n"
      "The council met on Monday and Ada Lorimer said nothing.\n");
  const ScanResult scan;
  const CheckContext shared_context{document, scan};
  std::vector<Finding> shared_findings;
  size_t compared = 0;
  for (const auto& check : together) {
    if (check->id() != "vague-source" && check->id() != "unsourced-claim") continue;
    std::vector<Finding> own;
    CheckDocument(*check, shared_context, &own);
    const auto alone = check->id() == "vague-source"
                           ? MakeCheck<VagueSourceCheck>("vague-source")
                           : MakeCheck<UnsourcedClaimCheck>("unsourced-claim");
    EXPECT_EQ(Described(own), Described(RunCheck(*alone, document, scan))) << check->id();
    EXPECT_FALSE(own.empty()) << check->id();
    ++compared;
  }
  EXPECT_EQ(compared, 2u);
}

}  // namespace
}  // namespace qa
