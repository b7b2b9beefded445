// The speaker-phrase reader on token lists: which noun phrase of an
// attribution region is the source, and what kind of source it is.
#include "scan/speaker_phrase.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "builtin_scanner.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {
namespace {

using test_scanner::BuiltinWords;
using test_scanner::IsKnownAbbreviation;

// Readable names for failure messages.
std::string_view FormName(PhraseForm form) {
  switch (form) {
    case PhraseForm::kNone:
      return "none";
    case PhraseForm::kPronoun:
      return "pronoun";
    case PhraseForm::kName:
      return "name";
    case PhraseForm::kRole:
      return "role";
    case PhraseForm::kVague:
      return "vague";
    case PhraseForm::kDocument:
      return "document";
  }
  return "?";
}

class SpeakerPhraseTest : public ::testing::Test {
 protected:
  SpeakerPhraseTest()
      : phrases_(BuiltinWords()),
        reader_(phrases_),
        tokenizer_(&IsKnownAbbreviation, &BuiltinWords().abbreviations) {}

  // Reads `region` (the text between a quote and its cue, or after the cue)
  // and returns the phrase with its mention as text.
  SpeakerPhrase Read(std::string_view region, bool before_cue) {
    text_ = std::string(region);
    tokens_ = tokenizer_.Tokenize(text_, 0);
    return reader_.Read(tokens_, before_cue);
  }

  std::string MentionOf(const SpeakerPhrase& phrase) const {
    return text_.substr(phrase.mention.begin, phrase.mention.size());
  }

  NounPhraseClassifier phrases_;
  SpeakerPhraseReader reader_;
  Tokenizer tokenizer_;
  std::string text_;
  std::vector<Token> tokens_;
};

// --- Before the cue: the subject at the end of the region -------------------

TEST_F(SpeakerPhraseTest, NameBeforeCueIsAPerson) {
  SpeakerPhrase phrase = Read("Elena Varga", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Elena Varga");
  EXPECT_EQ(MentionOf(phrase), "Elena Varga");
}

TEST_F(SpeakerPhraseTest, TitleBeforeTheNameIsKeptApart) {
  SpeakerPhrase phrase = Read("Mayor Elena Varga", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(phrase.name, "Elena Varga");
  EXPECT_EQ(phrase.title, "Mayor");
  EXPECT_EQ(MentionOf(phrase), "Mayor Elena Varga");
}

TEST_F(SpeakerPhraseTest, AbbreviatedTitleStaysOutOfTheName) {
  SpeakerPhrase phrase = Read("Dr. Hannah Lowe", /*before_cue=*/true);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Hannah Lowe");
  EXPECT_EQ(MentionOf(phrase), "Dr. Hannah Lowe");
}

TEST_F(SpeakerPhraseTest, RelativeClauseAndAppositionAreSkipped) {
  SpeakerPhrase phrase = Read(
      "Anders Moll, the deputy chief executive of Redhill Trust, which represents tenants in "
      "40 buildings,",
      /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Anders Moll");
  EXPECT_EQ(MentionOf(phrase), "Anders Moll");
}

TEST_F(SpeakerPhraseTest, PossessiveRoleBeforeTheNameGivesTheName) {
  SpeakerPhrase phrase = Read("Redhill's chief executive, Anders Moll,", /*before_cue=*/true);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Anders Moll");
}

TEST_F(SpeakerPhraseTest, AgeBetweenCommasIsNotTheSubject) {
  SpeakerPhrase phrase = Read("Quina Marsh, 25,", /*before_cue=*/true);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Quina Marsh");
}

TEST_F(SpeakerPhraseTest, ParenthesisedAcronymIsDropped) {
  SpeakerPhrase phrase = Read("the Harbor Transit Authority (HTA)", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "organization");
  EXPECT_EQ(phrase.name, "Harbor Transit Authority");
}

TEST_F(SpeakerPhraseTest, PronounsAreReadAsPronounsOfTheirKind) {
  SpeakerPhrase he = Read("he", /*before_cue=*/true);
  EXPECT_EQ(FormName(he.form), "pronoun");
  EXPECT_EQ(SpeakerKindName(he.kind), "person");
  EXPECT_EQ(he.name, "he");

  SpeakerPhrase it = Read("it", /*before_cue=*/true);
  EXPECT_EQ(FormName(it.form), "pronoun");
  EXPECT_EQ(SpeakerKindName(it.kind), "organization");

  SpeakerPhrase they = Read("they", /*before_cue=*/true);
  EXPECT_EQ(FormName(they.form), "pronoun");
  EXPECT_EQ(SpeakerKindName(they.kind), "vague");
}

TEST_F(SpeakerPhraseTest, RoleWordIsARoleToResolve) {
  SpeakerPhrase bureau = Read("the bureau", /*before_cue=*/true);
  EXPECT_EQ(FormName(bureau.form), "role");
  EXPECT_EQ(SpeakerKindName(bureau.kind), "organization");
  EXPECT_EQ(bureau.name, "bureau");
  EXPECT_EQ(MentionOf(bureau), "the bureau");

  SpeakerPhrase mayor = Read("the mayor", /*before_cue=*/true);
  EXPECT_EQ(FormName(mayor.form), "role");
  EXPECT_EQ(SpeakerKindName(mayor.kind), "person");
  EXPECT_EQ(mayor.name, "mayor");
}

TEST_F(SpeakerPhraseTest, UnnamedGroupIsVague) {
  SpeakerPhrase experts = Read("experts", /*before_cue=*/true);
  EXPECT_EQ(FormName(experts.form), "vague");
  EXPECT_EQ(SpeakerKindName(experts.kind), "vague");
  EXPECT_EQ(experts.name, "experts");
}

TEST_F(SpeakerPhraseTest, DocumentWithModifiersIsADocument) {
  SpeakerPhrase phrase = Read("a new county report", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "document");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "document");
  EXPECT_EQ(MentionOf(phrase), "a new county report");
}

TEST_F(SpeakerPhraseTest, AcronymAloneIsAnOrganisation) {
  SpeakerPhrase phrase = Read("HTA", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "organization");
  EXPECT_EQ(phrase.name, "HTA");
}

// --- After the cue: the phrase at the start of the region -------------------

TEST_F(SpeakerPhraseTest, NameAfterCueStopsAtTheApposition) {
  SpeakerPhrase phrase =
      Read("Dr. Hannah Lowe, a structural engineer at Kestrel University.", false);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Hannah Lowe");
  EXPECT_EQ(MentionOf(phrase), "Dr. Hannah Lowe");
}

TEST_F(SpeakerPhraseTest, UnnamedRoleAfterCueTakesTheFollowingName) {
  SpeakerPhrase phrase = Read("a spokeswoman for the authority, Ana Ruiz.", false);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Ana Ruiz");
}

TEST_F(SpeakerPhraseTest, IndefiniteRoleAfterCueIsVague) {
  SpeakerPhrase phrase = Read("an engineer.", false);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "vague");
  EXPECT_EQ(MentionOf(phrase), "an engineer");
}

TEST_F(SpeakerPhraseTest, OrganisationNameAfterCue) {
  SpeakerPhrase phrase = Read("the National Weather Bureau in a statement.", false);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "organization");
  EXPECT_EQ(phrase.name, "National Weather Bureau");
}

TEST_F(SpeakerPhraseTest, LowerCaseWordsAreNoSpeaker) {
  SpeakerPhrase phrase = Read("quickly and then left.", false);
  EXPECT_EQ(FormName(phrase.form), "none");
}

// --- Participle cues: the subject opens the clause --------------------------

TEST_F(SpeakerPhraseTest, ParticipleCueSubjectIsReadAtTheClauseStart) {
  text_ = "Varga defended the levy on Monday,";
  tokens_ = tokenizer_.Tokenize(text_, 0);
  SpeakerPhrase phrase = reader_.ReadSubjectAtStart(tokens_);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(phrase.name, "Varga");
}

TEST_F(SpeakerPhraseTest, ParticipleCueSkipsAnIntroductoryPhrase) {
  text_ = "In a statement on Monday, the authority defended the fares,";
  tokens_ = tokenizer_.Tokenize(text_, 0);
  SpeakerPhrase phrase = reader_.ReadSubjectAtStart(tokens_);
  EXPECT_EQ(FormName(phrase.form), "role");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "organization");
  EXPECT_EQ(phrase.name, "authority");
}

TEST_F(SpeakerPhraseTest, PossessiveTitleBeforeTheNameGivesTheName) {
  SpeakerPhrase phrase = Read("the board's chairman Tomas Kell", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(phrase.name, "Tomas Kell");
}

// --- Name tokens and pronoun stems ------------------------------------------

TEST_F(SpeakerPhraseTest, CapitalisedFunctionWordsAndTitlesAreNotNameTokens) {
  Read("The Mayor Varga", true);
  ASSERT_EQ(tokens_.size(), 3u);
  EXPECT_FALSE(phrases_.IsNameToken(tokens_[0]));
  EXPECT_FALSE(phrases_.IsNameToken(tokens_[1]));
  EXPECT_TRUE(phrases_.IsNameToken(tokens_[2]));
}

TEST_F(SpeakerPhraseTest, PronounStemDropsAContractedVerb) {
  EXPECT_EQ(phrases_.PronounStem("she"), "she");
  EXPECT_EQ(phrases_.PronounStem("He's"), "He");
  EXPECT_EQ(phrases_.PronounStem("she\xE2\x80\x99s"), "she");
  EXPECT_EQ(phrases_.PronounStem("Varga's"), "");
}

// --- Where a name ends, and what kind of source a phrase is -----------------

TEST_F(SpeakerPhraseTest, AffiliationAfterAPersonsNameIsNotPartOfTheName) {
  SpeakerPhrase phrase = Read("Councillor Tomas Kell of Alder County", /*before_cue=*/false);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Tomas Kell");
}

TEST_F(SpeakerPhraseTest, OrganisationNameKeepsItsConnector) {
  SpeakerPhrase phrase = Read("the Bureau of Tide Statistics", /*before_cue=*/true);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "organization");
  EXPECT_EQ(phrase.name, "Bureau of Tide Statistics");
}

TEST_F(SpeakerPhraseTest, TwoCoordinatedPeopleAreNotOneFusedName) {
  SpeakerPhrase phrase = Read("Mira Sand and Tomas Kell", /*before_cue=*/false);
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_EQ(phrase.name, "Mira Sand");
}

TEST_F(SpeakerPhraseTest, NamedDocumentIsADocument) {
  SpeakerPhrase phrase = Read("the Alder Harbor Charter", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "document");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "document");
  EXPECT_EQ(phrase.name, "Alder Harbor Charter");
}

TEST_F(SpeakerPhraseTest, CapitalisedVagueNounIsVagueNotAName) {
  SpeakerPhrase phrase = Read("Analysts", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "vague");
  EXPECT_EQ(phrase.name, "analysts");
}

TEST_F(SpeakerPhraseTest, OneBeforeARoleIsVague) {
  SpeakerPhrase phrase = Read("one nurse", /*before_cue=*/false);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(phrase.name, "one nurse");
}

TEST_F(SpeakerPhraseTest, SubjectBeforeAParticiplePhraseIsReadPastThePreposition) {
  SpeakerPhrase phrase = Read("Demonstrators marching along the quay", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(phrase.name, "demonstrators");
}

TEST_F(SpeakerPhraseTest, PersonAfterAPrepositionIsNoSubject) {
  SpeakerPhrase phrase = Read("the crowd marching past Mira Sand", /*before_cue=*/true);
  EXPECT_NE(phrase.name, "Mira Sand");
}

TEST_F(SpeakerPhraseTest, QuantifiedPluralIsAnUnnamedGroup) {
  SpeakerPhrase phrase =
      Read("The pier reopened after what several surveyors", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "vague");
  EXPECT_EQ(phrase.name, "several surveyors");
}

TEST_F(SpeakerPhraseTest, CapitalisedWhatIsNotPartOfTheGroup) {
  SpeakerPhrase phrase = Read("What multiple surveyors", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(phrase.name, "multiple surveyors");
}

TEST_F(SpeakerPhraseTest, BothBeforeAPluralIsNoGroupSource) {
  SpeakerPhrase phrase = Read("Both ferry companies", /*before_cue=*/true);
  EXPECT_NE(FormName(phrase.form), "vague");
}

TEST_F(SpeakerPhraseTest, GroupAfterAmongIsAnObjectNotTheSubject) {
  SpeakerPhrase phrase =
      Read("asked whether anger lingers among his supporters, the Alder senator", true);
  EXPECT_NE(phrase.name, "his supporters");
  EXPECT_EQ(phrase.name, "senator");
}

TEST_F(SpeakerPhraseTest, PhraseBeforeAPrepositionalModifierIsTheSubject) {
  // "a narrator in the council's ad asks": not "the council's ad".
  SpeakerPhrase phrase = Read("a narrator in the Harbour Board", true);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(MentionOf(phrase), "a narrator");
  SpeakerPhrase engineer = Read("an engineer with Redhill Trust", true);
  EXPECT_EQ(FormName(engineer.form), "vague");
  EXPECT_EQ(MentionOf(engineer), "an engineer");
}

TEST_F(SpeakerPhraseTest, NounPhraseAfterACopulaIsAPredicateNotASpeaker) {
  // "... should be a wake-up call to the council": "call" is a noun here.
  SpeakerPhrase phrase = Read("if they were taxed -- should be a wake-up", true);
  EXPECT_EQ(FormName(phrase.form), "none");
  SpeakerPhrase subject = Read("In the end a harbour pilot", true);
  EXPECT_EQ(FormName(subject.form), "vague");
}

TEST_F(SpeakerPhraseTest, IndefiniteAppositionAfterANameLeavesTheName) {
  SpeakerPhrase phrase = Read("Tomas Reyl, a finance panel member,", true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(phrase.name, "Tomas Reyl");
}

TEST_F(SpeakerPhraseTest, PartyAndStateTagAfterANameIsSkipped) {
  SpeakerPhrase phrase = Read("Council Leader Orla Penn, D-Mar.,", true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(phrase.name, "Orla Penn");
}

TEST_F(SpeakerPhraseTest, PrepositionalAsideBetweenCommasIsSkipped) {
  SpeakerPhrase phrase = Read("Port director Ines Calder, at a later briefing,", true);
  EXPECT_EQ(FormName(phrase.form), "name");
  EXPECT_EQ(phrase.name, "Ines Calder");
}

// --- Unnamed groups no lexicon lists ---------------------------------------

TEST_F(SpeakerPhraseTest, PluralOfPeopleFillingTheSubjectIsAGroup) {
  for (std::string_view region : {"shop owners", "Shop owners", "many dairy farmers",
                                  "the angry farmers", "two ferry workers"}) {
    SCOPED_TRACE(region);
    SpeakerPhrase phrase = Read(region, /*before_cue=*/true);
    EXPECT_EQ(FormName(phrase.form), "vague");
    EXPECT_EQ(SpeakerKindName(phrase.kind), "vague");
    EXPECT_EQ(MentionOf(phrase), region);
  }
}

TEST_F(SpeakerPhraseTest, PluralOfPeopleAfterTheCueIsAGroupUpToItsPreposition) {
  SpeakerPhrase phrase = Read("dairy farmers in the valley.", /*before_cue=*/false);
  EXPECT_EQ(FormName(phrase.form), "vague");
  EXPECT_EQ(phrase.name, "dairy farmers");
  EXPECT_EQ(MentionOf(phrase), "dairy farmers");
}

TEST_F(SpeakerPhraseTest, WhatOnlyLooksLikeAGroupIsNone) {
  // A name and its verb, a group already named, a thing with a person
  // ending, and a capitalised word (a surname as often as a group) are no
  // unnamed group.
  for (std::string_view region :
       {"Varga rallied farmers", "his aides", "police officers", "the numbers", "Sanders"}) {
    SCOPED_TRACE(region);
    SpeakerPhrase phrase = Read(region, /*before_cue=*/true);
    EXPECT_NE(FormName(phrase.form), "vague");
  }
}

TEST_F(SpeakerPhraseTest, SomeonesGroupIsItsOwnRoleNotAnUnnamedGroup) {
  SpeakerPhrase phrase = Read("their two lawyers", /*before_cue=*/true);
  EXPECT_EQ(FormName(phrase.form), "role");
  EXPECT_EQ(SpeakerKindName(phrase.kind), "person");
  EXPECT_TRUE(phrase.possessed);
  EXPECT_EQ(MentionOf(phrase), "their two lawyers");
}

TEST(WordSetsTest, GroupNounsArePluralsOfPeopleInLowercase) {
  const WordSets& words = BuiltinWords();
  EXPECT_TRUE(words.IsGroupNoun("farmers"));
  EXPECT_TRUE(words.IsGroupNoun("owners"));
  EXPECT_TRUE(words.IsGroupNoun("economists"));
  EXPECT_TRUE(words.IsGroupNoun("staff"));     // an irregular plural
  EXPECT_FALSE(words.IsGroupNoun("Farmers"));  // a capital: left to the name rules
  EXPECT_FALSE(words.IsGroupNoun("numbers"));  // a person ending, no people
  EXPECT_FALSE(words.IsGroupNoun("ers"));      // an ending needs a stem
  EXPECT_FALSE(words.IsGroupNoun("farmer"));
  EXPECT_FALSE(words.IsGroupNoun("owner's"));
}

}  // namespace
}  // namespace qa
