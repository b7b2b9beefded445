// Whether two lexicons' phrases stand side by side (checks/word_gap.h): a
// "no" skips vague-source's search of a sentence for that form, so a wrong
// one would silently lose a finding. The cases are also checked against
// RE2 matching patterns of the forms' shapes.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "checks/word_gap.h"
#include "rules/pattern_expander.h"

namespace qa {
namespace {

class WordGapTest : public ::testing::Test {
 protected:
  bool MayMatch(const WordGap& gap, const std::string& text) const {
    std::vector<LexiconGate::Hit> hits;
    EXPECT_TRUE(gate_.ReadHits(text, &hits)) << text;
    return gap.MayMatch(text, hits);
  }

  const std::vector<std::string> sources_words_ = {"analysts", "officials",
                                                   "people familiar with the matter"};
  const std::vector<std::string> verb_words_ = {"said", "warned", "played down"};
  const std::vector<std::string> aux_words_ = {"would", "have long"};
  const std::vector<std::string> qualifier_words_ = {"some", "a number of", "senior"};
  LexiconGate gate_;
  const uint32_t sources_ = gate_.Add(sources_words_);
  const uint32_t verbs_ = gate_.Add(verb_words_);
  // "Analysts would quietly say": source, up to two auxiliaries or words in
  // -ly, verb (vague-source's subject form).
  const WordGap subject_{gate_,
                         {sources_,
                          verbs_,
                          {&sources_words_, &aux_words_, &verb_words_},
                          true,
                          /*most_words=*/4 + 2 * 2 + 1}};
  // "said some senior analysts": verb, up to three qualifiers, source.
  const WordGap inverted_{gate_,
                          {verbs_,
                           sources_,
                           {&verb_words_, &qualifier_words_, &sources_words_},
                           false,
                           /*most_words=*/1 + 3 * 3 + 4}};
};

TEST_F(WordGapTest, PhrasesSideBySideMayMatch) {
  EXPECT_TRUE(MayMatch(subject_, "Analysts said the pier is safe."));
  EXPECT_TRUE(MayMatch(subject_, "The pier, analysts would QUIETLY warned, is unsafe."));
  EXPECT_TRUE(MayMatch(subject_, "Officials have long said so."));
  // The source's and the verb's words around their longest ones.
  EXPECT_TRUE(MayMatch(subject_, "People familiar with the matter played down the risk."));
  EXPECT_TRUE(MayMatch(inverted_, "\"It holds,\" said a number of senior analysts."));
  EXPECT_TRUE(MayMatch(inverted_, "\"It holds,\" played down people familiar with it."));
}

TEST_F(WordGapTest, PhrasesApartOrTheWrongWayRoundCannot) {
  // Another word between them.
  EXPECT_FALSE(MayMatch(subject_, "Analysts at the depot said the pier is safe."));
  EXPECT_FALSE(MayMatch(subject_, "Analysts expect what the minister said."));
  // The verb first, for the subject form; the source first, for the inverted.
  EXPECT_FALSE(MayMatch(subject_, "He said analysts were wrong."));
  EXPECT_FALSE(MayMatch(inverted_, "Analysts said it."));
  // Only one of them.
  EXPECT_FALSE(MayMatch(subject_, "Analysts met at the depot."));
  EXPECT_FALSE(MayMatch(subject_, ""));
  // More words between them than the form holds, each of them allowed.
  const auto repeated = [](std::string_view word, int times) {
    std::string words;
    for (int i = 0; i < times; ++i) words += std::string(word) + " ";
    return words;
  };
  EXPECT_TRUE(MayMatch(subject_, "Analysts " + repeated("would", 9) + "said."));
  EXPECT_FALSE(MayMatch(subject_, "Analysts " + repeated("would", 10) + "said."));
  EXPECT_TRUE(MayMatch(inverted_, "said " + repeated("some", 14) + "analysts"));
  EXPECT_FALSE(MayMatch(inverted_, "said " + repeated("some", 15) + "analysts"));
  // A word ending in -ly stands between only where the form allows it.
  EXPECT_FALSE(MayMatch(inverted_, "\"It holds,\" said reportedly analysts."));
}

TEST_F(WordGapTest, ALaterPairCountsWhenAnEarlierOneIsApart) {
  EXPECT_TRUE(MayMatch(subject_, "Analysts met officials, and officials said the pier is safe."));
  EXPECT_TRUE(MayMatch(inverted_, "Officials said it; \"no,\" warned analysts."));
}

TEST(WordGap, SaysNothingWhereALexiconMayOccurAnywhere) {
  // A phrase with the Kelvin sign: the gate cannot place the lexicon.
  const std::vector<std::string> sources = {"analysts",
                                            "\xE2\x84\xAA"
                                            "eepers"};
  const std::vector<std::string> verbs = {"said"};
  LexiconGate gate;
  const uint32_t source_bit = gate.Add(sources);
  const uint32_t verb_bit = gate.Add(verbs);
  const WordGap gap(gate, {source_bit, verb_bit, {&sources, &verbs}, false, 2});
  std::vector<LexiconGate::Hit> hits;
  const std::string_view text = "Nothing of either here.";
  ASSERT_TRUE(gate.ReadHits(text, &hits));
  EXPECT_TRUE(gap.MayMatch(text, hits));
}

// Patterns of the two shapes over random texts: wherever RE2 finds a match,
// the gap says one may be there.
TEST(WordGapProperty, NeverRulesOutAMatchRe2Finds) {
  const std::vector<std::string> sources = {"analysts", "officials", "people familiar with",
                                            "u.s. officials", "co-workers"};
  const std::vector<std::string> verbs = {"said", "warned", "played down", "it's said"};
  const std::vector<std::string> aux = {"would", "have long", "do not"};
  const std::vector<std::string> qualifiers = {"some", "a number of", "senior"};
  LexiconGate gate;
  const uint32_t source_bit = gate.Add(sources);
  const uint32_t verb_bit = gate.Add(verbs);
  auto most = [](const std::vector<std::string>& phrases) {
    return LexiconGate::MostWords(phrases);
  };
  const WordGap subject(gate, {source_bit,
                               verb_bit,
                               {&sources, &aux, &verbs},
                               true,
                               most(sources) - 1 + 2 * most(aux) + most(verbs) - 1});
  const WordGap inverted(gate, {verb_bit,
                                source_bit,
                                {&verbs, &qualifiers, &sources},
                                false,
                                most(verbs) - 1 + 3 * most(qualifiers) + most(sources) - 1});
  RE2::Options options;
  options.set_case_sensitive(false);
  const std::string source =
      "(?:(?:" + AlternationRegex(qualifiers) + ")\\s+){0,3}(?:" + AlternationRegex(sources) + ")";
  const std::string verb = "(?:" + AlternationRegex(verbs) + ")";
  const RE2 subject_pattern(
      "\\b" + source + "\\s+(?:(?:" + AlternationRegex(aux) + "|[a-z]+ly)\\s+){0,2}" + verb + "\\b",
      options);
  const RE2 inverted_pattern("\\b" + verb + "\\s+" + source + "\\b", options);
  ASSERT_TRUE(subject_pattern.ok()) << subject_pattern.error();
  ASSERT_TRUE(inverted_pattern.ok()) << inverted_pattern.error();
  const std::vector<std::string> pieces = {
      "analysts", "Officials", "OFFICIALS", "people", "familiar", "with", "u.s.", "co", "workers",
      "said", "SAID", "warned", "played", "down", "it's", "it’s", "would", "have", "long", "do",
      "not", "some", "a", "number", "of", "senior", "quietly", "QUIETLY", "fly", "ly", "the",
      "depot", "x", "9", "_", ",", ".", "\"", "-", "'", "\xC2\xA0", "\xC3\xA9", "\n",
      // Whole phrases, so that matches are frequent.
      "analysts said", "said analysts", "officials would quietly warn", "played down"};
  std::mt19937 random(20261207);
  size_t matched = 0;
  size_t ruled_out = 0;
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const int count = 1 + static_cast<int>(random() % 14);
    for (int k = 0; k < count; ++k) {
      if (k > 0 && random() % 5 != 0) text += random() % 7 == 0 ? "  " : " ";
      text += pieces[random() % pieces.size()];
    }
    std::vector<LexiconGate::Hit> hits;
    ASSERT_TRUE(gate.ReadHits(text, &hits));
    for (const auto& [gap, pattern] :
         {std::pair{&subject, &subject_pattern}, std::pair{&inverted, &inverted_pattern}}) {
      const bool may = gap->MayMatch(text, hits);
      if (RE2::PartialMatch(text, *pattern)) {
        ++matched;
        EXPECT_TRUE(may) << "\"" << text << "\"";
      } else if (!may) {
        ++ruled_out;
      }
    }
  }
  // Both answers are frequent: the texts hold matches, and the gap rules
  // out many texts that hold both lexicons but no match.
  EXPECT_GT(matched, 500u);
  EXPECT_GT(ruled_out, 500u);
}

}  // namespace
}  // namespace qa
