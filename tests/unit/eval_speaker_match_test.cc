#include <gtest/gtest.h>

#include "eval/speaker_match.h"
#include "eval_words_testing.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"

namespace qa {
namespace {

Entity Person(std::string name, std::vector<std::string> aliases = {}) {
  Entity entity;
  entity.name = std::move(name);
  entity.aliases = std::move(aliases);
  entity.kind = SpeakerKind::kPerson;
  return entity;
}

TEST(SpeakerMatchTest, ClassifiesGoldSources) {
  const EvalWords& words = BuiltInEvalWords();
  EXPECT_EQ(ClassifySource("he", words), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("She", words), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("who", words), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("Mayor Zo\xC3\xAB Marchetti", words), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("Ilse Korhonen, who has worked at the looms", words),
            SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("Rep. Ana Ruiz (D-Vessany)", words), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("The Alder Post", words), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("a source", words), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("Union officials", words), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("the Vessany senator", words), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("the chair of the Harbour Board", words), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("his wife and board chair Ana Ruiz", words), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("Ruiz\xE2\x80\x99s", words), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("", words), SourceClass::kNone);
}

TEST(SpeakerMatchTest, NormalisesArticlesPossessivesAndCase) {
  const EvalWords& words = BuiltInEvalWords();
  EXPECT_EQ(NormalizeSourceName("The Alder Post's", words), "alder post");
  EXPECT_EQ(NormalizeSourceName("Brenn\xE2\x80\x99s", words), "brenn");
  EXPECT_EQ(NormalizeSourceName("  the   company, ", words), "company");
  EXPECT_EQ(SourceHead("Ilse Korhonen, who has worked there", words), "ilse korhonen");
}

TEST(SpeakerMatchTest, MentionOverlappingTheGoldSourceIsRight) {
  const EvalWords& words = BuiltInEvalWords();
  Entity entity = Person("Tomas Brenn");
  EXPECT_TRUE(SpeakerMatches({{100, 102}}, "he", &entity, {100, 102}, words));
  EXPECT_FALSE(SpeakerMatches({{100, 102}}, "he", &entity, {200, 202}, words));
}

TEST(SpeakerMatchTest, NameOrAliasEqualToTheGoldSourceIsRight) {
  const EvalWords& words = BuiltInEvalWords();
  Entity agency;
  agency.name = "Ostrava Weaving";
  agency.aliases = {"the company"};
  agency.kind = SpeakerKind::kOrganization;
  EXPECT_TRUE(SpeakerMatches({{0, 11}}, "The company", &agency, {}, words));
  EXPECT_FALSE(SpeakerMatches({{0, 11}}, "the union", &agency, {}, words));
}

TEST(SpeakerMatchTest, PersonLastNameMatchesFullerName) {
  const EvalWords& words = BuiltInEvalWords();
  Entity entity = Person("Donna Vell");
  EXPECT_TRUE(SpeakerMatches({{0, 4}}, "Vell", &entity, {}, words));
  EXPECT_TRUE(
      SpeakerMatches({{0, 4}}, "Councillor Donna Vell, who chairs the board", &entity, {}, words));
  // Only for people: an organisation sharing a last word is not the source.
  Entity paper;
  paper.name = "Vessany Post";
  paper.kind = SpeakerKind::kOrganization;
  EXPECT_FALSE(SpeakerMatches({{0, 4}}, "The Alder Post", &paper, {}, words));
}

// The words are the rule set's gold-* lexicons, compared lower-case with
// curly apostrophes folded, and nothing else.
TEST(SpeakerMatchTest, WordsComeFromTheRuleSet) {
  RuleSetBuilder builder;
  std::vector<RuleError> errors;
  MergeRuleFile("words.json", R"({"lexicons": {
      "gold-source-pronouns": {"entries": ["Somebody", "y’all"]},
      "gold-source-determiners": {"entries": ["Their"]},
      "gold-source-prepositions": {"entries": ["Near"]},
      "gold-source-dropped-articles": {"entries": ["A"]}}})",
                &builder, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].ToString();
  RuleSet rules = std::move(builder).Build();
  EvalWords words = LoadEvalWords(rules);
  EXPECT_EQ(ClassifySource("somebody", words), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("Y'all", words), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("he", words), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("a man near their Harbour Board", words), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("the chair of the Harbour Board", words), SourceClass::kNamed);
  EXPECT_EQ(NormalizeSourceName("A Harbour Post", words), "harbour post");
  EXPECT_EQ(NormalizeSourceName("The Harbour Post", words), "the harbour post");
  EXPECT_TRUE(LoadEvalWords(RuleSet{}).source_pronouns.empty());
}

// The built-in words are the scorer's own lexicons, not the scanner's.
TEST(SpeakerMatchTest, BuiltInWordsAreTheScorersOwn) {
  RuleLoadResult loaded = LoadRules({});
  for (const char* name :
       {"gold-source-pronouns", "gold-source-determiners", "gold-source-prepositions",
        "gold-source-dropped-articles", "gold-elisions"}) {
    const Lexicon* lexicon = loaded.rules.FindLexicon(name);
    ASSERT_NE(lexicon, nullptr) << name;
    EXPECT_FALSE(lexicon->entries.empty()) << name;
    EXPECT_EQ(lexicon->source, "rules/eval-words.json") << name;
  }
  const EvalWords& words = BuiltInEvalWords();
  EXPECT_TRUE(words.source_pronouns.contains("who"));
  EXPECT_TRUE(words.source_prepositions.contains("of"));
}

TEST(SpeakerMatchTest, NoSpeakerIsAlwaysWrong) {
  const EvalWords& words = BuiltInEvalWords();
  EXPECT_FALSE(SpeakerMatches({{0, 2}}, "he", nullptr, {0, 2}, words));
}

}  // namespace
}  // namespace qa
