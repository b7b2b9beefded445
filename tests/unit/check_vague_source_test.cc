#include <gtest/gtest.h>

#include <random>

#include "checks/vague_source_check.h"
#include "rules/rule_loader.h"
#include "source_check_testing.h"

namespace qa {
namespace {

using testing_support::FindingTexts;
using testing_support::MakeCheck;
using testing_support::MakeCheckWithHouseRules;
using testing_support::MakeDocument;
using testing_support::MakeEntity;
using testing_support::MakeQuote;
using testing_support::RunCheck;
using testing_support::SameFindingsOverRandomSentences;
using testing_support::SpanOf;
using testing_support::Texts;

// The words each finding covers when the check runs over `text` with no
// quotes found.
std::vector<std::string> Flagged(const std::string& text,
                                 const nlohmann::json& options = nlohmann::json::object()) {
  Document doc = MakeDocument(text);
  ScanResult scan;
  auto check = MakeCheck<VagueSourceCheck>("vague-source", options);
  return FindingTexts(doc, RunCheck(*check, doc, scan));
}

TEST(VagueSourceCheckTest, GroupAsSubjectOfSpeechOrClaimVerb) {
  EXPECT_EQ(Flagged("Experts said the rebuilt bridge would not open before spring."),
            (Texts{"Experts said"}));
  EXPECT_EQ(Flagged("Onlookers raised the possibility of a second vote in Lorn."),
            (Texts{"Onlookers raised the possibility"}));
  EXPECT_EQ(Flagged("Critics say the tunnel is too narrow."), (Texts{"Critics say"}));
  EXPECT_EQ(Flagged("Some analysts have long argued that the port is too small."),
            (Texts{"Some analysts have long argued"}));
  EXPECT_EQ(Flagged("But officials said the road would stay shut."), (Texts{"officials said"}));
  EXPECT_EQ(Flagged("Many believe the mine will reopen."), (Texts{"Many believe"}));
}

TEST(VagueSourceCheckTest, MessageNamesThePhrase) {
  Document doc = MakeDocument("Experts said the rebuilt bridge would not open before spring.");
  ScanResult scan;
  auto check = MakeCheck<VagueSourceCheck>("vague-source");
  auto findings = RunCheck(*check, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "vague-source");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].span, (Span{0, 12}));
  EXPECT_EQ(findings[0].message,
            "vague source: \"Experts\" is not a named person or organisation; say who said it");
}

TEST(VagueSourceCheckTest, LineWrapsInsideThePhrase) {
  // A blank line somewhere makes the reader keep wrapped lines together.
  EXPECT_EQ(Flagged("Dam holds\n\nThe dam held.\nExperts\nsaid it was close."),
            (Texts{"Experts\nsaid"}));
}

TEST(VagueSourceCheckTest, InvertedAgentAndAccordingTo) {
  EXPECT_EQ(Flagged("\"The numbers do not add up,\" said analysts."), (Texts{"said analysts"}));
  EXPECT_EQ(Flagged("It was suggested by analysts that the levy would rise."),
            (Texts{"suggested by analysts"}));
  EXPECT_EQ(Flagged("The levy will rise, according to people familiar with the matter."),
            (Texts{"according to people familiar with the matter"}));
  EXPECT_EQ(Flagged("The vote was delayed, according to one official."),
            (Texts{"according to one official"}));
}

// The according and passive forms are searched only in sentences holding
// one of their cue words (LexiconGate): every built-in cue, in any case and
// broken over a line, still finds its source.
TEST(VagueSourceCheckTest, EveryCueOfTheGatedFormsStillFindsItsSource) {
  EXPECT_EQ(Flagged("The ferry was late, as reported by residents."),
            (Texts{"as reported by residents"}));
  EXPECT_EQ(Flagged("The toll is too high, in the view of some economists."),
            (Texts{"in the view of some economists"}));
  EXPECT_EQ(Flagged("The dam will hold, ACCORDING TO Observers."),
            (Texts{"ACCORDING TO Observers"}));
  EXPECT_EQ(Flagged("Pier shut\n\nThe pier is unsafe, according\nto critics."),
            (Texts{"according\nto critics"}));
  EXPECT_EQ(Flagged("It was disputed BY officials that the pier is unsafe."),
            (Texts{"disputed BY officials"}));
  // A word that only looks like a cue flags nothing.
  EXPECT_EQ(Flagged("The pier is unsafe, accorded to critics."), Texts{});
}

// A cue a user adds to the lexicon counts as the built-in ones do: the
// gate is built from the merged rules, not from the built-in words.
TEST(VagueSourceCheckTest, ACueAUserAddsIsSearchedFor) {
  RuleSetBuilder builder(testing_support::BuiltinRules());
  std::vector<RuleError> errors;
  MergeRuleFile("mine.json",
                R"({"lexicons": {"vague-source-according-cues": {"entries": ["in the words of"]},
                                 "vague-source-agent-markers": {"entries": ["via"]}}})",
                &builder, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0].ToString();
  const RuleSet rules = std::move(builder).Build();
  auto check = VagueSourceCheck::Create(testing_support::RuleFor("vague-source"), rules, &errors);
  ASSERT_NE(check, nullptr);
  Document doc = MakeDocument(
      "The levy is unfair, in the words of campaigners. It was suggested via insiders that it "
      "rises.");
  ScanResult scan;
  EXPECT_EQ(FindingTexts(doc, RunCheck(*check, doc, scan)),
            (Texts{"in the words of campaigners", "suggested via insiders"}));
}

// Each form is searched only from the first word that can open a match of
// it to the last that can close one (LexiconGate::Places): a phrase whose
// words run on past those words is still found whole.
TEST(VagueSourceCheckTest, APartSearchedStillHoldsTheWholePhrase) {
  // Three qualifiers, five words, before the noun that opens the search.
  EXPECT_EQ(Flagged("A number of senior government experts said the pier would close."),
            (Texts{"A number of senior government experts said"}));
  // A verb phrase that runs on past its longest word.
  EXPECT_EQ(Flagged("Critics played down the risk of a flood."), (Texts{"Critics played down"}));
  // A source that runs on past its longest word, after an inverted verb.
  EXPECT_EQ(Flagged("\"The pier will close,\" said people familiar with the talks."),
            (Texts{"said people familiar with the talks"}));
  EXPECT_EQ(Flagged("The toll rose, in the view of a number of senior government economists."),
            (Texts{"in the view of a number of senior government economists"}));
  // Several places of each word: the search spans the first to the last.
  EXPECT_EQ(Flagged("Experts said the toll would rise; officials said it would not."),
            (Texts{"Experts said", "officials said"}));
}

TEST(VagueSourceCheckTest, PostmodifiersAndAnonymity) {
  EXPECT_EQ(Flagged("People close to Mayor Elin Sato expect her to run again."),
            (Texts{"People close to Mayor Elin Sato"}));
  // Words of the postmodifier before the word it is filed under ("about").
  EXPECT_EQ(Flagged("Officials in the know about the plan doubt it."),
            (Texts{"Officials in the know about the plan"}));
  EXPECT_EQ(Flagged("A senior official, who asked not to be named, confirmed the deal."),
            (Texts{"A senior official, who asked not to be named"}));
  // The anonymity phrase explains the source already reported: one finding.
  EXPECT_EQ(Flagged("An official said on condition of anonymity that talks had stalled."),
            (Texts{"An official said"}));
}

TEST(VagueSourceCheckTest, AnonymityCanBeSwitchedOff) {
  EXPECT_EQ(Flagged("A senior official, who asked not to be named, confirmed the deal.",
                    {{"anonymous_sources", false}}),
            Texts{});
}

TEST(VagueSourceCheckTest, NamedSourcesAreNotVague) {
  EXPECT_EQ(Flagged("Redhill's chief executive, Anders Moll, said the plant would close."),
            Texts{});
  EXPECT_EQ(Flagged("Harbor Council officials said the pier was safe."), Texts{});
  EXPECT_EQ(Flagged("Redhill's analysts said the pier was safe."), Texts{});
  EXPECT_EQ(Flagged("\"We expected more,\" said analyst Jon Berg."), Texts{});
  EXPECT_EQ(Flagged("The fee will rise, according to officials at Redhill Bank."), Texts{});
  // "The analysts" points back to analysts the article already named.
  EXPECT_EQ(Flagged("The analysts said the fee would rise."), Texts{});
}

TEST(VagueSourceCheckTest, NearMissesStaySilent) {
  // Actions rather than statements.
  EXPECT_EQ(Flagged("Residents called the fire brigade at midnight."), Texts{});
  // A vague noun that is no one's source.
  EXPECT_EQ(Flagged("The council hired two experts to inspect the dam."), Texts{});
  // "said" before a vague noun that is not an inverted cue after a quote.
  EXPECT_EQ(Flagged("Brandt said officials had lost the keys."), Texts{});
}

TEST(VagueSourceCheckTest, WordsInsideAQuoteBelongToTheSpeaker) {
  Document doc = MakeDocument("\"Experts said it would fail,\" said Mayor Ilse Brandt.");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Ilse Brandt", SpeakerKind::kPerson));
  scan.quotes.push_back(MakeQuote(doc, "\"Experts said it would fail,\"", QuoteKind::kDirect, 0,
                                  SpanOf(doc, "Mayor Ilse Brandt")));
  auto check = MakeCheck<VagueSourceCheck>("vague-source");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

TEST(VagueSourceCheckTest, QuoteAttributedToVagueEntityIsReportedOnce) {
  Document doc = MakeDocument("\"The water smells of rust,\" residents told the inquiry.");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("residents", SpeakerKind::kVague));
  scan.quotes.push_back(MakeQuote(doc, "\"The water smells of rust,\"", QuoteKind::kDirect, 0,
                                  SpanOf(doc, "residents")));
  auto check = MakeCheck<VagueSourceCheck>("vague-source");
  // The attribution and the text pattern find the same words: one finding.
  EXPECT_EQ(FindingTexts(doc, RunCheck(*check, doc, scan)), (Texts{"residents told"}));

  auto attribution_only = MakeCheck<VagueSourceCheck>("vague-source", {{"text_patterns", false}});
  auto findings = RunCheck(*attribution_only, doc, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, SpanOf(doc, "residents"));
  EXPECT_EQ(findings[0].message,
            "vague source: \"residents\" is not a named person or organisation; say who said it");
}

TEST(VagueSourceCheckTest, QuoteAttributedToNamedEntityIsNotReported) {
  Document doc = MakeDocument("\"The water is fine,\" Harbor Council officials said.");
  ScanResult scan;
  scan.entities.push_back(MakeEntity("Harbor Council", SpeakerKind::kOrganization));
  scan.quotes.push_back(MakeQuote(doc, "\"The water is fine,\"", QuoteKind::kDirect, 0,
                                  SpanOf(doc, "Harbor Council officials")));
  auto check = MakeCheck<VagueSourceCheck>("vague-source");
  EXPECT_TRUE(RunCheck(*check, doc, scan).empty());
}

TEST(VagueSourceCheckTest, SentencesBoundTheNamedWordBefore) {
  // "Lorn" ends the previous sentence; it does not name the officials.
  std::string text = "The ferry sailed to Lorn\nOfficials said it was late.";
  Document doc = MakeDocument(text);
  ScanResult scan;
  scan.sentences = {SpanOf(doc, "The ferry sailed to Lorn"),
                    SpanOf(doc, "Officials said it was late.")};
  auto check = MakeCheck<VagueSourceCheck>("vague-source");
  EXPECT_EQ(FindingTexts(doc, RunCheck(*check, doc, scan)), (Texts{"Officials said"}));
}

TEST(VagueSourceCheckTest, OneFindingPerOccurrence) {
  EXPECT_EQ(Flagged("Experts said the dam was safe.\n\nLater, experts said it was not."),
            (Texts{"Experts said", "experts said"}));
}

// The group form ("Traders at the depot said ...") is searched from the
// clause of a sentence's first group verb on, since no match spans a mark
// outside its words. A phrase with a digit in one of its lexicons turns that
// off; the findings must not change, over random sentences full of clause
// marks, group subjects and characters RE2 folds to letters.
TEST(VagueSourceCheckProperty, SearchingFromTheVerbsClauseFindsWhatTheWholeSentenceDoes) {
  auto unbounded = MakeCheckWithHouseRules<VagueSourceCheck>(
      "vague-source", R"({"lexicons": {"vague-group-clause-openers": {"entries": ["zz9"]}}})");
  ASSERT_NE(unbounded, nullptr);
  auto bounded = MakeCheck<VagueSourceCheck>("vague-source");
  const std::vector<std::string> pieces = {
      "Traders", "traders", "workers", "Locals", "economists", "some", "many of them", "several",
      "a few", "local", "night-shift", "porters", "at the depot", "who spoke", "have", "had",
      "long", "quietly", "said", "say", "argued", "warned", "believe", "point out", "and", "but",
      "that", "because", "while", "Varga", "Lorn", "the ferry", ",", ";", ":", "(", ")",
      "\xE2\x80\x94", "\xE2\x80\x93", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "'",
      ".", "-", "\xC3\xA9", "\xE2\x84\xAA", "\xC5\xBF", "9", "\t", "\n", "  ",
      // Apostrophes and folding letters inside a group's words.
      "depot\xE2\x80\x99s", "depot's", "don\xE2\x80\x99t",
      "wor\xE2\x84\xAA"
      "ers",
      "\xC5\xBF"
      "ailors",
      "at the ferry\xE2\x80\x99s dock"};
  const size_t findings = SameFindingsOverRandomSentences(*unbounded, *bounded, pieces, 20261205);
  EXPECT_GT(findings, 200u);  // the sentences do hold group subjects
}

// The forms whose two phrases stand side by side (a source and a verb, a
// source and a postmodifier) are searched only in sentences whose words
// hold them so (checks/word_gap.h): the same findings as a check whose
// lexicons the gate cannot place (a phrase with the Kelvin sign in each),
// which searches every sentence holding them.
TEST(VagueSourceCheckProperty, SkippingSentencesWithThePhrasesApartLosesNothing) {
  auto every_sentence = MakeCheckWithHouseRules<VagueSourceCheck>(
      "vague-source",
      "{\"lexicons\": {\"vague-sources\": {\"entries\": [\"qq\xE2\x84\xAAqq\"]},"
      " \"claim-verbs\": {\"entries\": [\"zz\xE2\x84\xAAzz\"]},"
      " \"vague-source-postmodifiers\": {\"entries\": [\"xx\xE2\x84\xAAxx\"]}}}");
  ASSERT_NE(every_sentence, nullptr);
  auto gapped = MakeCheck<VagueSourceCheck>("vague-source");
  const std::vector<std::string> pieces = {
      "Analysts", "analysts", "officials", "experts", "people familiar with the matter", "some",
      "Many", "others", "several", "a number of", "senior", "local", "would", "have long",
      "did not", "quietly", "reportedly", "said", "say", "warned", "argued", "believe",
      "played down", "according to", "as reported by", "by", "suggested", "at the depot", "the",
      "pier", "Varga", "that", "familiar with", "close to", "in the know about", "Mayor", "Elena",
      // Punctuation, and characters that split words or fold to letters.
      ",", ";", ".", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\xE2\x80\x99", "-", "\xC2\xA0",
      "\n", "  ", "\xE2\x84\xAA", "\xC5\xBF"};
  const size_t findings =
      SameFindingsOverRandomSentences(*every_sentence, *gapped, pieces, 20261207);
  EXPECT_GT(findings, 500u);  // the sentences do hold vague sources
}

}  // namespace
}  // namespace qa

namespace qa {
namespace {

TEST(VagueSourceCheckTest, MissingLexiconIsARuleErrorNamingTheFile) {
  RuleInfo rule = testing_support::RuleFor("vague-source");
  rule.declared_in = "mine/vague.json";
  RuleSet empty;  // none of the lexicons the patterns name
  std::vector<RuleError> errors;
  EXPECT_EQ(VagueSourceCheck::Create(rule, empty, &errors), nullptr);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].file, "mine/vague.json");
  EXPECT_NE(errors[0].ToString().find("vague-source"), std::string::npos) << errors[0].ToString();
}

}  // namespace
}  // namespace qa
