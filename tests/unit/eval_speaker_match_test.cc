#include <gtest/gtest.h>

#include "eval/speaker_match.h"

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
  EXPECT_EQ(ClassifySource("he"), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("She"), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("who"), SourceClass::kPronoun);
  EXPECT_EQ(ClassifySource("Mayor Zo\xC3\xAB Marchetti"), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("Ilse Korhonen, who has worked at the looms"), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("Rep. Ana Ruiz (D-Vessany)"), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("The Alder Post"), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("a source"), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("Union officials"), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("the Vessany senator"), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("the chair of the Harbour Board"), SourceClass::kOther);
  EXPECT_EQ(ClassifySource("his wife and board chair Ana Ruiz"), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource("Ruiz\xE2\x80\x99s"), SourceClass::kNamed);
  EXPECT_EQ(ClassifySource(""), SourceClass::kNone);
}

TEST(SpeakerMatchTest, NormalisesArticlesPossessivesAndCase) {
  EXPECT_EQ(NormalizeSourceName("The Alder Post's"), "alder post");
  EXPECT_EQ(NormalizeSourceName("Brenn\xE2\x80\x99s"), "brenn");
  EXPECT_EQ(NormalizeSourceName("  the   company, "), "company");
  EXPECT_EQ(SourceHead("Ilse Korhonen, who has worked there"), "ilse korhonen");
}

TEST(SpeakerMatchTest, MentionOverlappingTheGoldSourceIsRight) {
  Entity entity = Person("Tomas Brenn");
  EXPECT_TRUE(SpeakerMatches({{100, 102}}, "he", &entity, {100, 102}));
  EXPECT_FALSE(SpeakerMatches({{100, 102}}, "he", &entity, {200, 202}));
}

TEST(SpeakerMatchTest, NameOrAliasEqualToTheGoldSourceIsRight) {
  Entity agency;
  agency.name = "Ostrava Weaving";
  agency.aliases = {"the company"};
  agency.kind = SpeakerKind::kOrganization;
  EXPECT_TRUE(SpeakerMatches({{0, 11}}, "The company", &agency, {}));
  EXPECT_FALSE(SpeakerMatches({{0, 11}}, "the union", &agency, {}));
}

TEST(SpeakerMatchTest, PersonLastNameMatchesFullerName) {
  Entity entity = Person("Donna Vell");
  EXPECT_TRUE(SpeakerMatches({{0, 4}}, "Vell", &entity, {}));
  EXPECT_TRUE(SpeakerMatches({{0, 4}}, "Councillor Donna Vell, who chairs the board", &entity, {}));
  // Only for people: an organisation sharing a last word is not the source.
  Entity paper;
  paper.name = "Vessany Post";
  paper.kind = SpeakerKind::kOrganization;
  EXPECT_FALSE(SpeakerMatches({{0, 4}}, "The Alder Post", &paper, {}));
}

TEST(SpeakerMatchTest, NoSpeakerIsAlwaysWrong) {
  EXPECT_FALSE(SpeakerMatches({{0, 2}}, "he", nullptr, {0, 2}));
}

}  // namespace
}  // namespace qa
