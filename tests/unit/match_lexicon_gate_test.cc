// The word look-up that lets a sentence skip a check's lexicon patterns
// (match/lexicon_gate.h). A clear bit skips every pattern that needs the
// lexicon, so a wrong "cannot occur" would silently lose a finding: the
// cases are also checked against RE2 matching the phrases between word
// boundaries, as the checks' patterns place them.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "match/lexicon_gate.h"
#include "rules/pattern_expander.h"

namespace qa {
namespace {

class LexiconGateTest : public ::testing::Test {
 protected:
  LexiconGate gate_;
  const uint32_t sources_ =
      gate_.Add({"experts", "analysts", "a senior official", "people familiar with the matter"});
  const uint32_t pronouns_ = gate_.Add({"some", "many", "others"});
  const uint32_t verbs_ = gate_.Add({"said", "warned", "told reporters"});
};

TEST_F(LexiconGateTest, ASentenceWithNoneOfTheWordsSkipsEveryLexicon) {
  EXPECT_EQ(gate_.MayOccur("The ferry to Lorsund runs twice a day in winter."), 0u);
  EXPECT_EQ(gate_.MayOccur(""), 0u);
}

TEST_F(LexiconGateTest, EachLexiconIsLetThroughByItsOwnWords) {
  EXPECT_EQ(gate_.MayOccur("Experts doubt the plan."), sources_);
  EXPECT_EQ(gate_.MayOccur("Some doubt the plan."), pronouns_);
  EXPECT_EQ(gate_.MayOccur("Analysts said the plan would fail."), sources_ | verbs_);
  // Compared as RE2 compares ASCII letters without case.
  EXPECT_EQ(gate_.MayOccur("MANY WARNED"), pronouns_ | verbs_);
}

TEST_F(LexiconGateTest, APhraseIsFiledUnderItsLongestWord) {
  // "a" alone would let nearly every sentence through.
  EXPECT_EQ(gate_.MayOccur("It was a good year for a harbour."), 0u);
  EXPECT_EQ(gate_.MayOccur("A senior official told them."), sources_);
  EXPECT_EQ(gate_.MayOccur("People familiar with ferries came."), sources_);
}

TEST_F(LexiconGateTest, APhraseOfSeveralWordsNeedsItsSecondLongestWordToo) {
  // "official" alone is no "a senior official"; "familiar" alone is no
  // "people familiar with the matter".
  EXPECT_EQ(gate_.MayOccur("The official line held."), 0u);
  EXPECT_EQ(gate_.MayOccur("Nobody familiar with ferries came."), 0u);
  EXPECT_EQ(gate_.MayOccur("The reporters waited."), 0u);
  // In any order and anywhere in the text: the search decides the rest.
  EXPECT_EQ(gate_.MayOccur("Reporters were told nothing."), verbs_);
  LexiconGate::Places places;
  EXPECT_EQ(gate_.MayOccur("The official line held, a senior aide said.", &places),
            sources_ | verbs_);
  // The short words are not asked for: "the" would cost a look-up in
  // every sentence and rule out almost none.
  EXPECT_EQ(gate_.MayOccur("Senior officials? No: one official."), sources_);
  LexiconGate gate;
  const uint32_t anonymity = gate.Add({"who asked not to be named", "speaking anonymously"});
  EXPECT_EQ(gate.MayOccur("She asked for the file and was named in it."), anonymity);
  EXPECT_EQ(gate.MayOccur("She asked for the file."), 0u);
  EXPECT_EQ(gate.MayOccur("It was named after him."), 0u);
  EXPECT_EQ(gate.MayOccur("Speaking, anonymously."), anonymity);
  EXPECT_EQ(gate.MayOccur("Speaking to the press."), 0u);
}

TEST_F(LexiconGateTest, OnlyWholeWordsCount) {
  // "experts" inside a longer word is not between word boundaries.
  EXPECT_EQ(gate_.MayOccur("The expertship programme ends."), 0u);
  EXPECT_EQ(gate_.MayOccur("Saidee rowed."), 0u);
  // Punctuation and characters outside ASCII end a word, as for RE2's \b.
  EXPECT_EQ(gate_.MayOccur("(experts)"), sources_);
  EXPECT_EQ(gate_.MayOccur("\xC3\xA9"
                           "experts\xE2\x80\x9D"),
            sources_);
  EXPECT_EQ(gate_.MayOccur("some_thing"), 0u);  // '_' is a word character
}

TEST_F(LexiconGateTest, EveryByteEndsAWordOrNotAsRe2WordBoundariesSay) {
  // Each byte value right after the word, the word at every offset from a
  // chunk's start: a byte that continues a word makes it "expertsX", which
  // is filed under nothing.
  for (int value = 0; value < 256; ++value) {
    const char byte = static_cast<char>(value);
    const bool word_byte = (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
                           (byte >= 'A' && byte <= 'Z') || byte == '_';
    for (size_t offset = 0; offset < 9; ++offset) {
      const std::string text = std::string(offset, ' ') + "experts" + byte + "  and more";
      EXPECT_EQ(gate_.MayOccur(text) & sources_, word_byte ? 0u : sources_)
          << "byte " << value << " at offset " << offset;
    }
  }
}

TEST_F(LexiconGateTest, CharactersThatFoldToAsciiLetTheTextThrough) {
  // RE2 matches "ſaid" (long s) and "\u212Anew" (Kelvin sign) without case.
  const uint32_t all = sources_ | pronouns_ | verbs_;
  EXPECT_EQ(gate_.MayOccur("They \xC5\xBF"
                           "aid so."),
            all);
  EXPECT_EQ(gate_.MayOccur("\xE2\x84\xAA"
                           "ilns cooled."),
            all);
}

TEST(LexiconGateAdd, ManyPhrasesAndBusyTextsAreStillLetThrough) {
  // More second words than the gate tracks, and more filed words in one
  // text than it lists: it lets such texts through rather than miss a phrase.
  LexiconGate gate;
  std::vector<std::string> phrases;
  for (int i = 0; i < 700; ++i) {
    phrases.push_back("longerword" + std::to_string(i) + " w" + std::to_string(i));
  }
  const uint32_t bit = gate.Add(phrases);
  EXPECT_EQ(gate.MayOccur("then longerword3 w3 came"), bit);
  EXPECT_EQ(gate.MayOccur("then longerword3 w4 came"), 0u);
  EXPECT_EQ(gate.MayOccur("then longerword650 w650 came"), bit);
  std::string busy;
  for (int i = 0; i < 20; ++i) busy += "longerword" + std::to_string(i) + " ";
  EXPECT_EQ(gate.MayOccur(busy), bit);
  EXPECT_EQ(gate.MayOccur(busy.substr(0, busy.find("longerword10"))), 0u);
}

TEST(LexiconGateAdd, APhraseWithNoWordMayAlwaysOccur) {
  LexiconGate gate;
  const uint32_t words = gate.Add({"experts"});
  const uint32_t dashes = gate.Add({"experts", "--"});
  const uint32_t folded =
      gate.Add({"\xC5\xBF"
                "ources"});
  EXPECT_EQ(gate.MayOccur("Nothing here."), dashes | folded);
  EXPECT_EQ(gate.MayOccur("experts"), words | dashes | folded);
}

TEST(LexiconGateAdd, RefusesMoreLexiconsThanItHasBits) {
  LexiconGate gate;
  for (size_t i = 0; i < LexiconGate::kMaxLexicons; ++i) gate.Add({"word"});
  EXPECT_THROW(gate.Add({"word"}), std::length_error);
}

// Random sentences over a small vocabulary full of near misses: wherever
// RE2 finds a phrase between word boundaries, in a whole sentence or in any
// slice of it, the gate must have let its lexicon through, and every place
// RE2 finds it must lie between the bounds the gate's places give.
TEST(LexiconGateProperty, NeverRulesOutAPhraseRe2Finds) {
  const std::vector<std::string> phrases = {
      "experts",    "a senior official", "people familiar with", "u.s. officials", "some",
      "co-workers", "it's said",         "naïve critics",        "warned about it"};
  const std::vector<std::string> pieces = {
      "experts", "Expert", "EXPERTS", "official", "officials", "a", "senior", "people", "familiar",
      "with", "u.s.", "U.S", "some", "Some", "co", "workers", "it's", "it’s", "said", "naïve",
      "NAÏVE", "critics", " ", "  ", ",", ".", "-", "_", "\xC2\xA0", "é", "x", "\xC5\xBF", "warned",
      "about", "it",
      // Whole phrases, so that each is found often, cut anywhere by the slices.
      "warned about it", "people familiar with", "a senior official", "it's said"};
  LexiconGate gate;
  std::vector<uint32_t> bits;
  std::vector<std::unique_ptr<RE2>> patterns;
  RE2::Options options;
  options.set_case_sensitive(false);
  for (const std::string& phrase : phrases) {
    bits.push_back(gate.Add({phrase}));
    patterns.push_back(std::make_unique<RE2>("\\b(?:" + PhraseRegex(phrase) + ")\\b", options));
    ASSERT_TRUE(patterns.back()->ok()) << phrase;
  }
  std::mt19937 random(20261203);
  size_t found = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int count = 1 + static_cast<int>(random() % 12);
    for (int k = 0; k < count; ++k) text += pieces[random() % pieces.size()];
    for (size_t begin = 0; begin < text.size(); begin += 1 + random() % 4) {
      const std::string_view slice = std::string_view(text).substr(begin, random() % 40);
      const uint32_t may = gate.MayOccur(slice);
      LexiconGate::Places places;
      EXPECT_EQ(gate.MayOccur(slice, &places), may);
      // The words read once (for checks sharing the gate) give the same
      // answer and the same bounds.
      std::vector<LexiconGate::Hit> hits;
      const bool readable = gate.ReadHits(slice, &hits);
      LexiconGate::Places from_hits;
      EXPECT_EQ(gate.MayOccur(hits, readable, &from_hits), may) << "\"" << slice << "\"";
      EXPECT_EQ(from_hits.anywhere, places.anywhere) << "\"" << slice << "\"";
      EXPECT_EQ(gate.MayOccur(hits, readable), may) << "\"" << slice << "\"";
      for (uint32_t bit : bits) {
        EXPECT_EQ(gate.EarliestStart(slice, from_hits, bit),
                  gate.EarliestStart(slice, places, bit));
        EXPECT_EQ(gate.LatestEnd(slice, from_hits, bit), gate.LatestEnd(slice, places, bit));
      }
      for (size_t i = 0; i < phrases.size(); ++i) {
        if (!RE2::PartialMatch(re2::StringPiece(slice.data(), slice.size()), *patterns[i])) {
          continue;
        }
        ++found;
        EXPECT_NE(may & bits[i], 0u) << "\"" << phrases[i] << "\" in \"" << slice << "\"";
        // Every match lies between the bounds the places give.
        const size_t earliest = gate.EarliestStart(slice, places, bits[i]);
        const size_t latest = gate.LatestEnd(slice, places, bits[i]);
        re2::StringPiece input(slice.data(), slice.size());
        re2::StringPiece match;
        for (size_t pos = 0;
             pos <= slice.size() &&
             patterns[i]->Match(input, pos, slice.size(), RE2::UNANCHORED, &match, 1);) {
          const auto begin = static_cast<size_t>(match.data() - slice.data());
          const size_t end = begin + match.size();
          EXPECT_GE(begin, earliest) << "\"" << phrases[i] << "\" in \"" << slice << "\"";
          EXPECT_LE(end, latest) << "\"" << phrases[i] << "\" in \"" << slice << "\"";
          pos = end > pos ? end : pos + 1;
        }
      }
    }
  }
  EXPECT_GT(found, 1000u);  // the sentences do hold the phrases
}

TEST_F(LexiconGateTest, ThePlacesOfTheWordsBoundWhereAPhraseCanStand) {
  const std::string text = "Yesterday a senior official told reporters that experts agree.";
  LexiconGate::Places places;
  EXPECT_EQ(gate_.MayOccur(text, &places), sources_ | verbs_);
  // "a senior official" is filed under "official": the phrase may open two
  // words before it, after the end of "Yesterday".
  EXPECT_EQ(gate_.EarliestStart(text, places, sources_), text.find(" a senior"));
  // One more word asked for before it, and none is left: the text's start.
  EXPECT_EQ(gate_.EarliestStart(text, places, sources_, 1), 0u);
  // "told reporters" is filed under its last word: it closes there, before "that".
  EXPECT_EQ(gate_.LatestEnd(text, places, verbs_), text.find("that"));
  // "people familiar with the matter" runs three words past its filed word,
  // so a source may close anywhere up to the end.
  EXPECT_EQ(gate_.LatestEnd(text, places, sources_), text.size());
  // ... and past "experts" too: three words, then it has closed.
  const std::string shorter = "experts agree with the plan today";
  gate_.MayOccur(shorter, &places);
  EXPECT_EQ(gate_.LatestEnd(shorter, places, sources_), shorter.find("plan"));
}

TEST_F(LexiconGateTest, PlacesSayNothingWhereTheWordsCannotTell) {
  LexiconGate::Places places;
  // A character RE2 folds to an ASCII letter: any lexicon anywhere.
  const std::string folded =
      "Experts said \xC5\xBF"
      "o in the end.";
  gate_.MayOccur(folded, &places);
  EXPECT_EQ(gate_.EarliestStart(folded, places, verbs_), 0u);
  EXPECT_EQ(gate_.LatestEnd(folded, places, sources_), folded.size());
  // A lexicon with a phrase of no word may stand anywhere.
  LexiconGate gate;
  const uint32_t dashes = gate.Add({"experts", "--"});
  const std::string text = "In the end experts agree -- for now.";
  gate.MayOccur(text, &places);
  EXPECT_EQ(gate.EarliestStart(text, places, dashes), 0u);
  EXPECT_EQ(gate.LatestEnd(text, places, dashes), text.size());
}

TEST_F(LexiconGateTest, TheWordsReadOnceAreTheFiledWordsInOrder) {
  const std::string text = "Experts said a senior official told reporters nothing.";
  std::vector<LexiconGate::Hit> hits;
  ASSERT_TRUE(gate_.ReadHits(text, &hits));
  std::vector<std::string> words;
  for (const LexiconGate::Hit& hit : hits)
    words.push_back(text.substr(hit.begin, hit.end - hit.begin));
  // "senior" and "told" are filed as the second longest words of "a senior
  // official" and "told reporters"; "a" and "nothing" are not filed.
  EXPECT_EQ(words, (std::vector<std::string>{"Experts", "said", "senior", "official", "told",
                                             "reporters"}));
  LexiconGate::Places places;
  EXPECT_EQ(gate_.MayOccur(hits, true, &places), sources_ | verbs_);
  // Appended, so one list can hold the words of many sentences.
  ASSERT_TRUE(gate_.ReadHits("Some warned.", &hits));
  EXPECT_EQ(hits.size(), 8u);
  // A character folding to an ASCII letter: the words say nothing.
  hits.clear();
  EXPECT_FALSE(gate_.ReadHits("Experts \xE2\x84\xAA", &hits));
  EXPECT_EQ(gate_.MayOccur(hits, false, &places), sources_ | pronouns_ | verbs_);
  EXPECT_TRUE(places.anywhere);
}

TEST(LexiconGateMostWords, CountsWordsAsTheGateReadsThem) {
  EXPECT_EQ(LexiconGate::MostWords({}), 0u);
  EXPECT_EQ(LexiconGate::MostWords({"some", "a number of", "u.s.", "it's"}), 3u);
  EXPECT_EQ(LexiconGate::MostWords({"co-workers of the", "--"}), 4u);
}

}  // namespace
}  // namespace qa
