// The attribution engine end to end: short articles (fictional people and
// places) go through the plain-text reader and qa::Scanner with the built-in
// rules, and each quote's speaker, speaker kind, rule, mention, cue and
// quote kind are checked as an editor would read them.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "builtin_scanner.h"
#include "core/document.h"
#include "core/quote.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"
#include "scan/scanner.h"

namespace qa {
namespace {

using test_scanner::BuiltinScanner;

struct Scanned {
  Document doc;
  ScanResult result;
};

Scanned ScanArticle(std::string text) {
  LoadResult loaded = LoadPlainText("article.txt", std::move(text));
  EXPECT_TRUE(loaded.document.has_value());
  Scanned scanned;
  scanned.doc = loaded.document.value_or(Document{});
  scanned.result = BuiltinScanner().Scan(scanned.doc);
  return scanned;
}

// What an editor expects of one quote. Unset optionals are not checked; an
// empty speaker means the quote must stay unattributed.
struct Expected {
  std::string speaker = {};
  std::optional<SpeakerKind> kind = std::nullopt;
  std::optional<std::string> rule = std::nullopt;
  std::optional<std::string> mention = std::nullopt;
  std::optional<std::string> cue = std::nullopt;
  QuoteKind quote_kind = QuoteKind::kDirect;
};

std::string Describe(const Scanned& s, const Quote& quote) {
  const Attribution& a = quote.attribution;
  std::string out = "quote " + std::string(s.doc.Text(quote.span)) + " [" +
                    std::string(QuoteKindName(quote.kind)) + "] -> ";
  if (a.entity < 0) return out + "unattributed";
  const Entity& entity = s.result.entities[static_cast<size_t>(a.entity)];
  return out + entity.name + " (" + std::string(SpeakerKindName(entity.kind)) + ") rule " + a.rule +
         ", mention \"" + std::string(s.doc.Text(a.mention)) + "\", cue \"" +
         std::string(s.doc.Text(a.cue)) + "\"; " + a.explanation;
}

// The one quote whose text (between the marks) contains `needle`.
const Quote* FindQuote(const Scanned& s, std::string_view needle) {
  const Quote* found = nullptr;
  for (const Quote& quote : s.result.quotes) {
    if (s.doc.Text(quote.inner).find(needle) == std::string_view::npos) continue;
    EXPECT_EQ(found, nullptr) << "more than one quote contains: " << needle;
    found = &quote;
  }
  EXPECT_NE(found, nullptr) << "no quote contains: " << needle;
  return found;
}

std::string SpeakerOf(const Scanned& s, const Quote& quote) {
  int e = quote.attribution.entity;
  return e < 0 ? "" : s.result.entities[static_cast<size_t>(e)].name;
}

void ExpectQuote(const Scanned& s, std::string_view needle, const Expected& want) {
  const Quote* quote = FindQuote(s, needle);
  if (quote == nullptr) return;
  SCOPED_TRACE(Describe(s, *quote));
  const Attribution& a = quote->attribution;
  EXPECT_EQ(SpeakerOf(s, *quote), want.speaker);
  EXPECT_EQ(QuoteKindName(quote->kind), QuoteKindName(want.quote_kind)) << "quote kind";
  if (want.speaker.empty()) {
    EXPECT_EQ(a.entity, -1);
    return;
  }
  if (a.entity < 0) return;
  const Entity& entity = s.result.entities[static_cast<size_t>(a.entity)];
  if (want.kind) {
    EXPECT_EQ(SpeakerKindName(entity.kind), SpeakerKindName(*want.kind)) << "speaker kind";
  }
  if (want.rule) {
    EXPECT_EQ(a.rule, *want.rule);
  }
  if (want.mention) {
    EXPECT_EQ(s.doc.Text(a.mention), *want.mention) << "mention";
  }
  if (want.cue) {
    EXPECT_EQ(s.doc.Text(a.cue), *want.cue) << "cue";
  }
}

void ExpectQuoteCount(const Scanned& s, size_t count) { EXPECT_EQ(s.result.quotes.size(), count); }

// No quote in the article is given to a speaker whose name contains `word`.
void ExpectNoSpeakerNamed(const Scanned& s, std::string_view word) {
  for (const Quote& quote : s.result.quotes) {
    EXPECT_EQ(SpeakerOf(s, quote).find(word), std::string::npos) << Describe(s, quote);
  }
}

constexpr SpeakerKind kPerson = SpeakerKind::kPerson;
constexpr SpeakerKind kOrganization = SpeakerKind::kOrganization;
constexpr SpeakerKind kDocument = SpeakerKind::kDocument;
constexpr SpeakerKind kVague = SpeakerKind::kVague;

// --- Cue and speaker around the quote -------------------------------------

TEST(AttributorTest, InvertedCueAfterQuoteGivesTheFullNameWithoutTitle) {
  Scanned s = ScanArticle(
      "\"We will reopen the library by spring,\" said Mayor Elena Varga.\n\n"
      "The library on Quay Street has been shut since a storm tore off its roof.\n");
  ExpectQuoteCount(s, 1);
  ExpectQuote(s, "reopen the library",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Mayor Elena Varga",
               .cue = "said"});
}

TEST(AttributorTest, QuoteEndingInANestedQuoteStillTakesTheCueAfterIt) {
  // The comma that hands over to "she said" sits inside the nested quote.
  Scanned s = ScanArticle(
      "Mayor Elena Varga met harbor master Peter Brandt on Monday.\n\n"
      "\"People tell me, 'The levy can wait a year,'\" she said.\n\n"
      "\u201cThey say they \u2018accept the blame, and it was the fault of the crews,\u2019\u201d "
      "Brandt said.\n");
  ExpectQuoteCount(s, 2);
  ExpectQuote(s, "People tell me",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "she",
               .cue = "said"});
  ExpectQuote(s, "They say they",
              {.speaker = "Peter Brandt",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Brandt",
               .cue = "said"});
}

TEST(AttributorTest, SurnameBeforeCueResolvesToTheFullNameGivenEarlier) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga presented the harbor budget on Monday.\n\n"
      "\"The budget is balanced for the first time in a decade,\" Varga said.\n");
  ExpectQuote(s, "budget is balanced",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Varga",
               .cue = "said"});
}

TEST(AttributorTest, SpeakerAndCueBeforeAColonOwnTheQuote) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga spoke after the vote.\n\n"
      "Varga said: \"The depot will close in March.\"\n");
  ExpectQuote(s, "depot will close",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "speaker-cue-quote",
               .mention = "Varga",
               .cue = "said"});
}

TEST(AttributorTest, MultiWordCueBeforeTheQuote) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga met the press on Monday.\n\n"
      "At the meeting, Varga told reporters: \"There will be no new tax.\"\n");
  ExpectQuote(s, "no new tax",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "speaker-cue-quote",
               .mention = "Varga",
               .cue = "told reporters"});
}

TEST(AttributorTest, CueClosingThePreviousParagraphWithAColon) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga closed the hearing with a warning for the contractors:\n\n"
      "\"Finish the sea wall by October or pay the penalty.\"\n");
  ExpectQuote(s, "Finish the sea wall",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "colon-paragraph-before",
               .mention = "Mayor Elena Varga"});
}

TEST(AttributorTest, DashAfterTheQuoteNamesThePressReleaseSpeaker) {
  Scanned s = ScanArticle(
      "The county opened the new Kestrel bridge on Friday.\n\n"
      "\"Safety comes first, and this bridge proves it\" — Commissioner Ines Okafor\n");
  ExpectQuote(s, "Safety comes first",
              {.speaker = "Ines Okafor",
               .kind = kPerson,
               .rule = "quote-dash-speaker",
               .mention = "Commissioner Ines Okafor",
               .cue = "—"});
}

TEST(AttributorTest, AccordingToBeforeTheQuoteGivesTheOrganisation) {
  Scanned s = ScanArticle(
      "According to the Harbor Transit Authority, \"ridership has doubled since May.\"\n");
  ExpectQuote(s, "ridership has doubled",
              {.speaker = "Harbor Transit Authority",
               .kind = kOrganization,
               .rule = "according-to-quote",
               .mention = "the Harbor Transit Authority",
               .cue = "According to"});
}

TEST(AttributorTest, AccordingToAfterTheQuoteGivesTheOrganisation) {
  Scanned s = ScanArticle(
      "\"Ridership has doubled since May,\" according to the Harbor Transit Authority.\n");
  ExpectQuote(s, "Ridership has doubled",
              {.speaker = "Harbor Transit Authority",
               .kind = kOrganization,
               .rule = "quote-according-to",
               .mention = "the Harbor Transit Authority",
               .cue = "according to"});
}

TEST(AttributorTest, AccordingToADocumentGivesADocumentSource) {
  Scanned s =
      ScanArticle("According to the audit, \"the depot lost track of 300 tonnes of grit.\"\n");
  ExpectQuote(s, "lost track",
              {.speaker = "audit",
               .kind = kDocument,
               .rule = "according-to-quote",
               .mention = "the audit",
               .cue = "According to"});
}

TEST(AttributorTest, SplitQuoteGivesBothPiecesToTheOneSpeaker) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga defended the survey on Tuesday.\n\n"
      "\"The numbers,\" Varga said, \"were checked twice by the county auditor.\"\n");
  ExpectQuoteCount(s, 2);
  ExpectQuote(s, "The numbers",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Varga",
               .cue = "said"});
  ExpectQuote(s, "were checked twice",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "speaker-cue-quote",
               .mention = "Varga",
               .cue = "said"});
}

TEST(AttributorTest, SeveralQuotesInAParagraphBelongToTheirOneSpeaker) {
  Scanned s = ScanArticle(
      "\"We will reopen the library by spring,\" said Mayor Elena Varga. \"The roof comes "
      "first. Then the shelves.\" She smiled. \"After that, the books.\"\n");
  ExpectQuoteCount(s, 3);
  ExpectQuote(s, "reopen the library",
              {.speaker = "Elena Varga", .kind = kPerson, .rule = "quote-cue-speaker"});
  ExpectQuote(s, "The roof comes first",
              {.speaker = "Elena Varga", .kind = kPerson, .rule = "continuation", .cue = ""});
  ExpectQuote(s, "After that",
              {.speaker = "Elena Varga", .kind = kPerson, .rule = "continuation", .cue = ""});
}

// The continuation rule is data: its confidences come from the rule file,
// and a newsroom that disables it gets no continued speaker.
TEST(AttributorTest, ContinuationRuleComesFromTheRuleFiles) {
  const std::string article =
      "\"We will reopen the library by spring,\" said Mayor Elena Varga. \"The roof comes "
      "first.\"\n";
  auto scan_with = [&](const std::string& extra_rules) {
    RuleLoadResult loaded = LoadRules({});
    RuleSetBuilder builder(std::move(loaded.rules));
    MergeRuleFile("house.json", extra_rules, &builder, &loaded.errors);
    for (const RuleError& error : loaded.errors) ADD_FAILURE() << error.ToString();
    RuleSet rules = std::move(builder).Build();
    std::vector<RuleError> errors;
    std::unique_ptr<Scanner> scanner = Scanner::Create(rules, &errors);
    EXPECT_NE(scanner, nullptr);
    Scanned scanned;
    scanned.doc = LoadPlainText("article.txt", article).document.value_or(Document{});
    scanned.result = scanner->Scan(scanned.doc);
    return scanned;
  };
  Scanned lower = scan_with(
      R"({"attribution_patterns": [{"id": "continuation", "where": "continuation",
          "description": "no cue of its own", "confidence": 0.55}]})");
  ASSERT_EQ(lower.result.quotes.size(), 2u);
  EXPECT_EQ(lower.result.quotes[1].attribution.rule, "continuation");
  EXPECT_DOUBLE_EQ(lower.result.quotes[1].attribution.confidence, 0.55);
  Scanned off =
      scan_with(R"({"attribution_patterns": [{"id": "continuation", "enabled": false}]})");
  ASSERT_EQ(off.result.quotes.size(), 2u);
  EXPECT_EQ(off.result.quotes[1].attribution.entity, -1);
}

TEST(AttributorTest, PartialQuoteInsideReportedSpeech) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga said the harbor levy serves as a \"bridge to recovery\" for the "
      "port.\n");
  ExpectQuote(s, "bridge to recovery",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "speaker-cue-partial",
               .mention = "Mayor Elena Varga",
               .cue = "said",
               .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, PartialQuoteAtTheEndOfReportedSpeech) {
  Scanned s = ScanArticle(
      "Tomasz Wilk said on Friday that the dockers' union would strike. \"We have no choice,\" "
      "he said. Ruth Adeyemi, a councillor, said the strike was \"regrettable but "
      "understandable.\"\n");
  ExpectQuote(s, "no choice", {.speaker = "Tomasz Wilk", .kind = kPerson, .mention = "he"});
  ExpectQuote(s, "regrettable",
              {.speaker = "Ruth Adeyemi",
               .kind = kPerson,
               .mention = "Ruth Adeyemi",
               .cue = "said",
               .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, TwoNamesInTheInvertedSpeakerPhraseKeepTheFirstPerson) {
  Scanned s = ScanArticle(
      "\"We were not consulted,\" said Tomasz Wilk, a fisherman, and Ruth Adeyemi, a "
      "councillor.\n");
  ExpectQuote(s, "not consulted",
              {.speaker = "Tomasz Wilk",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Tomasz Wilk"});
}

TEST(AttributorTest, RoleThenNameAfterTheCueTakesTheName) {
  Scanned s = ScanArticle(
      "\"The timetable is sound,\" said a spokeswoman for the authority, Ana Ruiz.\n\n"
      "\"The timetable is late,\" the mayor, Elena Varga, said.\n");
  ExpectQuote(s, "timetable is sound",
              {.speaker = "Ana Ruiz", .kind = kPerson, .mention = "Ana Ruiz"});
  ExpectQuote(s, "timetable is late",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "Elena Varga"});
}

TEST(AttributorTest, CuesBeyondSaid) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga was in a combative mood after the vote.\n\n"
      "\"Let them sue,\" she tweeted.\n\n"
      "\"I have read worse,\" Varga quipped.\n\n"
      "\"We will see,\" she sighed.\n");
  ExpectQuote(s, "Let them sue",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "she", .cue = "tweeted"});
  ExpectQuote(s, "read worse",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "Varga", .cue = "quipped"});
  ExpectQuote(s, "We will see",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "she", .cue = "sighed"});
}

TEST(AttributorTest, SubjectOfTheCueWinsOverTheObject) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga met harbor master Peter Brandt on the quay.\n\n"
      "\"We start dredging on Monday,\" Varga told Brandt.\n\n"
      "\"Not before the survey,\" Brandt told the mayor.\n");
  ExpectQuote(s, "start dredging",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "Varga", .cue = "told"});
  ExpectQuote(s, "Not before the survey",
              {.speaker = "Peter Brandt", .kind = kPerson, .mention = "Brandt", .cue = "told"});
}

TEST(AttributorTest, AccordingToInsideTheQuoteIsNotTheSource) {
  Scanned s =
      ScanArticle("\"According to my mother, the pier was built in 1910,\" said Peter Brandt.\n");
  ExpectQuote(s, "According to my mother",
              {.speaker = "Peter Brandt",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Peter Brandt",
               .cue = "said"});
}

// --- Pronouns and short forms ----------------------------------------------

TEST(AttributorTest, SheResolvesToTheWomanEvenWhenAManIsNamedFirst) {
  Scanned s = ScanArticle(
      "Harbor master Peter Brandt met Mayor Elena Varga on Monday to discuss the dredging.\n\n"
      "\"We have a plan and the money to carry it out,\" she said.\n");
  ExpectQuote(s, "We have a plan",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "she",
               .cue = "said"});
}

TEST(AttributorTest, HeResolvesToTheManEvenWhenAWomanIsNamedFirst) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga met harbor master Peter Brandt on Monday to discuss the dredging.\n\n"
      "\"The channel will take two years to clear,\" he said.\n");
  ExpectQuote(s, "two years",
              {.speaker = "Peter Brandt",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "he",
               .cue = "said"});
}

TEST(AttributorTest, SheNeverResolvesToAManWithAKnownMaleFirstName) {
  Scanned s = ScanArticle(
      "Harbor master Peter Brandt inspected the dock on Monday.\n\n"
      "\"It is worse than we feared,\" she said.\n");
  const Quote* quote = FindQuote(s, "worse than we feared");
  ASSERT_NE(quote, nullptr);
  EXPECT_NE(SpeakerOf(s, *quote), "Peter Brandt") << Describe(s, *quote);
}

TEST(AttributorTest, ItResolvesToTheOrganisationAndTheBureauToItsFullName) {
  Scanned s = ScanArticle(
      "The National Weather Bureau issued a storm warning on Tuesday for all of Kestrel "
      "County.\n\n"
      "\"Residents should stay indoors after dark,\" it added.\n\n"
      "\"The worst of the wind will arrive before dawn,\" the bureau said.\n");
  ExpectQuote(s, "stay indoors",
              {.speaker = "National Weather Bureau",
               .kind = kOrganization,
               .rule = "quote-speaker-cue",
               .mention = "it",
               .cue = "added"});
  ExpectQuote(s, "worst of the wind",
              {.speaker = "National Weather Bureau",
               .kind = kOrganization,
               .rule = "quote-speaker-cue",
               .mention = "the bureau",
               .cue = "said"});
}

TEST(AttributorTest, ItSkipsAPersonNamedInBetween) {
  Scanned s = ScanArticle(
      "The Harbor Transit Authority said fares would rise. Peter Brandt, a ferry captain, "
      "disagreed.\n\n"
      "\"Fares are already too high for islanders,\" it said.\n");
  ExpectQuote(s, "already too high",
              {.speaker = "Harbor Transit Authority", .kind = kOrganization, .mention = "it"});
}

TEST(AttributorTest, AcronymGivenInParenthesesResolvesToTheFullName) {
  Scanned s = ScanArticle(
      "The Harbor Transit Authority (HTA) will raise fares in June, officials said.\n\n"
      "\"Fuel costs have doubled,\" HTA said in a statement.\n\n"
      "\"No route will be cut,\" the authority said.\n");
  ExpectQuote(s, "Fuel costs",
              {.speaker = "Harbor Transit Authority",
               .kind = kOrganization,
               .rule = "quote-speaker-cue",
               .mention = "HTA",
               .cue = "said"});
  ExpectQuote(
      s, "No route",
      {.speaker = "Harbor Transit Authority", .kind = kOrganization, .mention = "the authority"});
  bool has_alias = false;
  for (const Entity& entity : s.result.entities) {
    if (entity.name != "Harbor Transit Authority") continue;
    for (const std::string& alias : entity.aliases) has_alias = has_alias || alias == "HTA";
  }
  EXPECT_TRUE(has_alias) << "HTA is not recorded as an alias of the Harbor Transit Authority";
}

TEST(AttributorTest, TitleAloneResolvesToItsHolderAndSurnameToItsOwner) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga and Councillor Ruth Adeyemi toured the flooded depot on Monday.\n\n"
      "\"The roof has leaked since the storm,\" the mayor said.\n\n"
      "\"It has leaked for years,\" said Adeyemi.\n");
  ExpectQuote(s, "since the storm",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "the mayor"});
  ExpectQuote(s, "leaked for years",
              {.speaker = "Ruth Adeyemi", .kind = kPerson, .mention = "Adeyemi"});
}

TEST(AttributorTest, TheCourtResolvesToTheCourtNamedEarlier) {
  Scanned s = ScanArticle(
      "The Kestrel High Court ruled on Friday that the levy was lawful. \"The council acted "
      "within its powers,\" the court said.\n");
  ExpectQuote(s, "within its powers",
              {.speaker = "Kestrel High Court", .kind = kOrganization, .mention = "the court"});
}

// --- Speakers outside the quote's sentence ---------------------------------

TEST(AttributorTest, SpeakerNamedInTheNextSentence) {
  Scanned s = ScanArticle(
      "\"The bridge will not survive another winter.\" That was the verdict of Dr. Hannah "
      "Lowe, a structural engineer at Kestrel University.\n");
  ExpectQuote(s, "another winter",
              {.speaker = "Hannah Lowe",
               .kind = kPerson,
               .rule = "verdict-next-sentence",
               .mention = "Dr. Hannah Lowe",
               .cue = "verdict"});
}

TEST(AttributorTest, SpeakerIntroducedInAnIndirectSentenceBefore) {
  Scanned s = ScanArticle(
      "Peter Brandt said he was worried about the dredging. \"The channel is silting up "
      "faster than anyone predicted.\"\n");
  ExpectQuote(s, "silting up",
              {.speaker = "Peter Brandt",
               .kind = kPerson,
               .rule = "indirect-speech-before",
               .mention = "Peter Brandt",
               .cue = "said"});
}

TEST(AttributorTest, SoSaidInTheNextSentence) {
  Scanned s = ScanArticle(
      "\"The bridge will not survive another winter.\" So said Dr. Hannah Lowe, who inspected "
      "it in March.\n");
  ExpectQuote(s, "another winter",
              {.speaker = "Hannah Lowe",
               .kind = kPerson,
               .rule = "so-said-next-sentence",
               .mention = "Dr. Hannah Lowe"});
}

TEST(AttributorTest, UnrelatedNextSentenceGivesNoSpeaker) {
  Scanned s = ScanArticle(
      "\"The bridge will not survive another winter.\" The county closed it to lorries on "
      "Friday.\n");
  ExpectQuote(s, "another winter", {.speaker = ""});
}

TEST(AttributorTest, MentionWithoutACueBeforeAQuoteIsNotItsSpeaker) {
  Scanned s = ScanArticle(
      "Peter Brandt inspected the dock on Monday.\n\n"
      "\"The channel is silting up faster than anyone predicted.\"\n");
  ExpectQuote(s, "silting up", {.speaker = ""});
}

// --- Unnamed groups and documents ------------------------------------------

TEST(AttributorTest, VagueGroupIsAVagueSpeaker) {
  Scanned s = ScanArticle(
      "Fish stocks in Marrow Bay fell again this year.\n\n"
      "\"Prices will keep rising,\" experts said.\n");
  ExpectQuote(s, "Prices will keep rising",
              {.speaker = "experts",
               .kind = kVague,
               .rule = "quote-speaker-cue",
               .mention = "experts",
               .cue = "said"});
}

TEST(AttributorTest, NamedExpertIsAPersonNotAVagueGroup) {
  Scanned s = ScanArticle(
      "Fish stocks in Marrow Bay fell again this year.\n\n"
      "\"The season is over,\" said Dr. Hannah Lowe, an expert on coastal fisheries.\n");
  ExpectQuote(s, "season is over",
              {.speaker = "Hannah Lowe",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Dr. Hannah Lowe"});
}

TEST(AttributorTest, IndefiniteRoleAfterTheCueIsVague) {
  Scanned s = ScanArticle(
      "The sea wall failed on Sunday night.\n\n"
      "\"It was obsolete on the day it opened,\" said an engineer.\n");
  ExpectQuote(s, "obsolete",
              {.speaker = "an engineer",
               .kind = kVague,
               .rule = "quote-cue-speaker",
               .mention = "an engineer",
               .cue = "said"});
}

TEST(AttributorTest, AnonymousSourcesAreVague) {
  Scanned s = ScanArticle(
      "\"The talks are close to collapse,\" said a senior official who spoke on condition of "
      "anonymity.\n\n"
      "\"Nobody will sign this week,\" people familiar with the matter said.\n");
  ExpectQuote(s, "close to collapse",
              {.speaker = "senior official",
               .kind = kVague,
               .mention = "a senior official",
               .cue = "said"});
  ExpectQuote(s, "Nobody will sign",
              {.speaker = "people familiar with the matter",
               .kind = kVague,
               .mention = "people familiar with the matter",
               .cue = "said"});
}

// A plural noun for people that no lexicon lists ("owners", "farmers") heads
// an unnamed group when the group fills the subject or follows the cue.
TEST(AttributorTest, UnlistedPluralOfPeopleIsAnUnnamedGroup) {
  Scanned s = ScanArticle(
      "Rents rose again in Eastbury this week.\n\n"
      "\"We cannot keep the lights on,\" shop owners said on Tuesday.\n\n"
      "Shop owners said the new levy was \"a disaster for the high street.\"\n\n"
      "\"It is over,\" said dairy farmers in the valley.\n\n"
      "Many angry tenants said the rise was \"beyond what anyone can pay.\"\n");
  ExpectQuote(s, "lights on",
              {.speaker = "shop owners", .kind = kVague, .mention = "shop owners", .cue = "said"});
  // The capital comes from the sentence, not from a name.
  ExpectQuote(s, "high street",
              {.speaker = "shop owners",
               .kind = kVague,
               .mention = "Shop owners",
               .cue = "said",
               .quote_kind = QuoteKind::kPartial});
  ExpectQuote(s, "It is over",
              {.speaker = "dairy farmers", .kind = kVague, .mention = "dairy farmers"});
  ExpectQuote(s, "beyond what anyone",
              {.speaker = "many angry tenants",
               .kind = kVague,
               .cue = "said",
               .quote_kind = QuoteKind::kPartial});
  ExpectNoSpeakerNamed(s, "Shop");
}

TEST(AttributorTest, PluralOfPeopleOpeningItsSentenceIsAGroupUnlessItNamesSomeone) {
  // A capitalised plural opening a sentence is a group when the article
  // gives no person that word; "Sanders" here is a councillor's surname.
  Scanned s = ScanArticle(
      "Dairy prices fell again in the valley this spring.\n\n"
      "Farmers said the rain had come \"far too late to help.\"\n\n"
      "Councillor Ruth Sanders visited the valley on Friday.\n\n"
      "Sanders said the county would \"look at every farm.\"\n");
  ExpectQuote(s, "far too late",
              {.speaker = "farmers",
               .kind = kVague,
               .mention = "Farmers",
               .cue = "said",
               .quote_kind = QuoteKind::kPartial});
  ExpectQuote(s, "every farm",
              {.speaker = "Ruth Sanders",
               .kind = kPerson,
               .cue = "said",
               .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, GroupAlreadyNamedOrAVerbIsNoUnnamedGroup) {
  // "her aides" are someone's: their own source, named as written, not an
  // unnamed group; "rallied farmers" is a name and its verb; a plural with
  // a person ending that names things ("numbers") is no group.
  Scanned s = ScanArticle(
      "Mayor Elena Varga opened the new ferry terminal on Monday.\n\n"
      "\"It is a fine day for Portvale,\" her aides said.\n\n"
      "Varga rallied farmers, saying the terminal was \"only the start.\"\n\n"
      "\"Nobody was hurt,\" the numbers said.\n");
  ExpectQuote(s, "fine day", {.speaker = "her aides", .kind = kPerson, .mention = "her aides"});
  ExpectQuote(s, "only the start",
              {.speaker = "Elena Varga", .kind = kPerson, .quote_kind = QuoteKind::kPartial});
  for (const Entity& entity : s.result.entities) {
    EXPECT_NE(entity.kind == SpeakerKind::kVague ? entity.name : "", "her aides");
    EXPECT_NE(entity.name, "varga rallied farmers");
    EXPECT_NE(entity.name, "numbers");
  }
}

TEST(AttributorTest, TreatyThatCallsForIsADocumentSource) {
  Scanned s = ScanArticle(
      "Both towns signed a treaty that calls for \"immediate mutual assistance\" in any "
      "flood.\n");
  ExpectQuote(s, "mutual assistance",
              {.speaker = "treaty",
               .kind = kDocument,
               .rule = "document-cue-partial",
               .mention = "a treaty",
               .cue = "calls for",
               .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, ReportThatFoundIsADocumentSource) {
  Scanned s = ScanArticle(
      "The county audited its road depot last year.\n\n"
      "The report found \"serious lapses in oversight\" at the depot.\n");
  ExpectQuote(s, "serious lapses",
              {.speaker = "report",
               .kind = kDocument,
               .rule = "document-cue-partial",
               .mention = "The report",
               .cue = "found",
               .quote_kind = QuoteKind::kPartial});
}

// --- What is never a speaker ----------------------------------------------

TEST(AttributorTest, DatelineAgencyIsNotTheSpeakerOfAnAttributedQuote) {
  Scanned s =
      ScanArticle("PORTVALE (Wirefax) — \"We are ready for the storm,\" said Mayor Elena Varga.\n");
  ExpectQuote(s, "ready for the storm",
              {.speaker = "Elena Varga", .kind = kPerson, .rule = "quote-cue-speaker"});
  ExpectNoSpeakerNamed(s, "Wirefax");
  ExpectNoSpeakerNamed(s, "PORTVALE");
}

TEST(AttributorTest, QuoteAfterADatelineWithNoCueStaysUnattributed) {
  Scanned s = ScanArticle(
      "PORTVALE (Wirefax) — Crews worked through the night to shore up the sea wall.\n\n"
      "\"The water is still rising.\"\n");
  ExpectQuote(s, "still rising", {.speaker = ""});
}

TEST(AttributorTest, PhotoCreditAfterACaptionIsNeverASpeaker) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga inspects the sea wall in Portvale on Monday. WIREFAX-Lumen\n\n"
      "\"Nobody expected the tide to come in this fast.\"\n");
  ExpectQuote(s, "Nobody expected the tide", {.speaker = ""});
  ExpectNoSpeakerNamed(s, "WIREFAX");
}

TEST(AttributorTest, PhotoCreditDoesNotBlockTheNamedSpeaker) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga visits the flooded pier on Monday. WIREFAX-Lumen\n\n"
      "\"Nobody expected the tide to come in this fast,\" said Peter Brandt, the harbor "
      "master.\n");
  ExpectQuote(s, "Nobody expected the tide",
              {.speaker = "Peter Brandt", .kind = kPerson, .rule = "quote-cue-speaker"});
}

TEST(AttributorTest, OrphanQuoteAfterAMentionIsNotGuessed) {
  Scanned s = ScanArticle(
      "Councillor Ruth Adeyemi attended the housing meeting on Monday and left early.\n\n"
      "\"Nobody asked the tenants what they wanted.\"\n");
  ExpectQuote(s, "Nobody asked the tenants", {.speaker = ""});
}

TEST(AttributorTest, FirstPersonWordsInsideAnOrphanQuoteAreNotItsSpeaker) {
  Scanned s = ScanArticle(
      "Councillor Ruth Adeyemi attended the meeting on Monday.\n\n"
      "\"I said it would flood, and it did. We told them so.\"\n");
  ExpectQuote(s, "I said it would flood", {.speaker = ""});
}

TEST(AttributorTest, FirstPersonWordsInsideAQuoteDoNotOverrideTheCue) {
  Scanned s = ScanArticle(
      "\"I told the board we would not sign, and I said so again today,\" said Peter "
      "Brandt.\n");
  ExpectQuote(s, "I told the board",
              {.speaker = "Peter Brandt",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Peter Brandt",
               .cue = "said"});
}

// --- Continuations ---------------------------------------------------------

TEST(AttributorTest, QuoteOpeningTheNextParagraphContinuesTheSpeaker) {
  Scanned s = ScanArticle(
      "\"The ferry will run again by June,\" said Mayor Elena Varga.\n\n"
      "\"We owe the islanders that much.\"\n");
  ExpectQuote(s, "ferry will run",
              {.speaker = "Elena Varga", .kind = kPerson, .rule = "quote-cue-speaker"});
  ExpectQuote(s, "We owe the islanders",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "continuation",
               .mention = "Mayor Elena Varga",
               .cue = ""});
}

TEST(AttributorTest, UnrelatedParagraphBetweenBreaksTheContinuation) {
  Scanned s = ScanArticle(
      "\"The ferry will run again by June,\" said Mayor Elena Varga.\n\n"
      "The ferry has been idle since a fire in its engine room in October.\n\n"
      "\"We owe the islanders that much.\"\n");
  ExpectQuote(s, "We owe the islanders", {.speaker = ""});
}

TEST(AttributorTest, MultiParagraphQuoteIsOneQuoteWithOneSpeaker) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga spoke at the ferry terminal.\n\n"
      "Varga said: \"The ferry will run again by June.\n\n"
      "\"We owe the islanders that much, and more.\"\n\n"
      "The council meets on Thursday.\n");
  ExpectQuoteCount(s, 1);
  const Quote* quote = FindQuote(s, "owe the islanders");
  ASSERT_NE(quote, nullptr);
  EXPECT_TRUE(quote->multi_paragraph);
  ExpectQuote(s, "ferry will run",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "speaker-cue-quote",
               .mention = "Varga",
               .cue = "said"});
}

TEST(AttributorTest, MultiParagraphQuoteStartingMidParagraphAfterAClosedQuote) {
  Scanned s = ScanArticle(
      "Ruth Adeyemi was blunt. \"We were ignored,\" she said. \"For years we wrote letters.\n\n"
      "\"Nobody answered a single one.\"\n\n"
      "The council did not respond.\n");
  ExpectQuoteCount(s, 2);
  ExpectQuote(s, "We were ignored",
              {.speaker = "Ruth Adeyemi", .kind = kPerson, .mention = "she", .cue = "said"});
  const Quote* letters = FindQuote(s, "wrote letters");
  ASSERT_NE(letters, nullptr);
  EXPECT_TRUE(letters->multi_paragraph);
  ExpectQuote(s, "Nobody answered", {.speaker = "Ruth Adeyemi", .kind = kPerson});
}

// --- Long speaker phrases ----------------------------------------------------

TEST(AttributorTest, LongSpeakerPhraseBeforeTheCueKeepsTheName) {
  Scanned s = ScanArticle(
      "\"Rents have risen faster than wages for six years,\" Anders Moll, the deputy chief "
      "executive of Redhill Trust, which represents tenants in 40 buildings, said.\n");
  ExpectQuote(s, "Rents have risen",
              {.speaker = "Anders Moll",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Anders Moll",
               .cue = "said"});
}

TEST(AttributorTest, LongSpeakerPhraseBeforeAColonKeepsTheName) {
  Scanned s = ScanArticle(
      "Anders Moll, the deputy chief executive of Redhill Trust, which represents tenants in "
      "40 buildings across the city, said: \"Rents have risen faster than wages.\"\n");
  ExpectQuote(s, "Rents have risen",
              {.speaker = "Anders Moll",
               .kind = kPerson,
               .rule = "speaker-cue-quote",
               .mention = "Anders Moll",
               .cue = "said"});
}

TEST(AttributorTest, PossessiveAppositionGivesTheNamedPerson) {
  Scanned s = ScanArticle(
      "Redhill's chief executive, Anders Moll, said: \"We will appeal the ruling.\"\n\n"
      "\"We will not pay the fine,\" Redhill's chief executive, Anders Moll, said.\n");
  ExpectQuote(s, "appeal the ruling",
              {.speaker = "Anders Moll",
               .kind = kPerson,
               .rule = "speaker-cue-quote",
               .mention = "Anders Moll"});
  ExpectQuote(s, "not pay the fine",
              {.speaker = "Anders Moll",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Anders Moll"});
}

TEST(AttributorTest, NameInsideTheSpeakersRelativeClauseIsNotTheSpeaker) {
  Scanned s = ScanArticle(
      "\"The board has failed the tenants,\" Ruth Adeyemi, who replaced Anders Moll as chair of "
      "the housing board in May, said.\n");
  ExpectQuote(s, "failed the tenants",
              {.speaker = "Ruth Adeyemi",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Ruth Adeyemi"});
}

TEST(AttributorTest, NameInTheRelativeClauseAfterTheCueIsNotTheSpeaker) {
  Scanned s = ScanArticle(
      "\"The harbor has never been busier,\" said Peter Brandt, who succeeded Elena Varga as "
      "harbor master in 2019.\n");
  ExpectQuote(s, "never been busier",
              {.speaker = "Peter Brandt",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Peter Brandt"});
}

TEST(AttributorTest, PossessiveOwnerIsNotTheSpeaker) {
  Scanned s = ScanArticle("Anders Moll's deputy, Ruth Adeyemi, said: \"The trust will appeal.\"\n");
  ExpectQuote(s, "trust will appeal",
              {.speaker = "Ruth Adeyemi", .kind = kPerson, .mention = "Ruth Adeyemi"});
}

TEST(AttributorTest, TimePhraseAfterTheInvertedNameIsNotPartOfIt) {
  Scanned s = ScanArticle(
      "\"We are ready for the storm,\" said Mayor Elena Varga on Sunday.\n\n"
      "\"We are ready,\" said Varga on Tuesday.\n");
  ExpectQuote(s, "for the storm",
              {.speaker = "Elena Varga",
               .kind = kPerson,
               .rule = "quote-cue-speaker",
               .mention = "Mayor Elena Varga",
               .cue = "said"});
  ExpectQuote(s, "We are ready,", {.speaker = "Elena Varga", .kind = kPerson, .mention = "Varga"});
}

TEST(AttributorTest, PassiveByAgentIsTheSource) {
  Scanned s = ScanArticle(
      "The landlord was criticised by the tribunal for \"a failure of basic diligence\" in its "
      "repairs.\n");
  ExpectQuote(s, "basic diligence",
              {.speaker = "the tribunal",
               .kind = kOrganization,
               .rule = "passive-by-agent",
               .mention = "the tribunal",
               .cue = "criticised",
               .quote_kind = QuoteKind::kPartial});
}

// --- Quote kinds -----------------------------------------------------------

TEST(AttributorTest, SoCalledWordIsAScareQuoteWithNoSpeaker) {
  Scanned s =
      ScanArticle("Shop owners oppose the so-called \"temporary\" levy on harbor parking.\n");
  ExpectQuote(s, "temporary", {.speaker = "", .quote_kind = QuoteKind::kScare});
}

TEST(AttributorTest, ScareCueBeforeAQuestionOrExclamationIsNotTheReason) {
  // A short quote ending in "?" or "!" ends like speech: the scare cue
  // before it does not decide its kind (no speaker does); without the mark
  // the cue does.
  Scanned s = ScanArticle(
      "Posters for the so-called \"Why not?\" campaign went up.\n\n"
      "Posters for the so-called \"Never again!\" march went up.\n\n"
      "Posters for the so-called \"Why not\" campaign went up.\n");
  ASSERT_EQ(s.result.quotes.size(), 3u);
  for (const Quote& quote : s.result.quotes) {
    EXPECT_EQ(QuoteKindName(quote.kind), "scare") << Describe(s, quote);
  }
  const std::string cue_reason = "a scare-quote cue (scare-quote-cues)";
  EXPECT_EQ(s.result.quotes[0].attribution.explanation.find(cue_reason), std::string::npos)
      << Describe(s, s.result.quotes[0]);
  EXPECT_EQ(s.result.quotes[1].attribution.explanation.find(cue_reason), std::string::npos)
      << Describe(s, s.result.quotes[1]);
  EXPECT_NE(s.result.quotes[2].attribution.explanation.find(cue_reason), std::string::npos)
      << Describe(s, s.result.quotes[2]);
}

TEST(AttributorTest, BookTitleIsATitle) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga has written a memoir, \"The Long Tide\", about the 1998 flood.\n\n"
      "Varga read from her book \"Harbor Lights\" at the library.\n");
  const Quote* memoir = FindQuote(s, "The Long Tide");
  const Quote* book = FindQuote(s, "Harbor Lights");
  ASSERT_NE(memoir, nullptr);
  ASSERT_NE(book, nullptr);
  EXPECT_EQ(QuoteKindName(memoir->kind), "title") << Describe(s, *memoir);
  EXPECT_EQ(QuoteKindName(book->kind), "title") << Describe(s, *book);
}

TEST(AttributorTest, TitleEndingInACommaIsATitleUnlessSomeoneSaysIt) {
  // American style puts the comma inside the closing mark, even after a name.
  Scanned s = ScanArticle(
      "Councillor Ruth Adeyemi is organising \"Harbour Light Day For Families,\" a festival "
      "on the quay.\n\n"
      "\"Come Down To The Quay Tonight,\" Adeyemi said.\n");
  const Quote* festival = FindQuote(s, "Harbour Light Day");
  ASSERT_NE(festival, nullptr);
  EXPECT_EQ(QuoteKindName(festival->kind), "title") << Describe(s, *festival);
  ExpectQuote(s, "Come Down To The Quay",
              {.speaker = "Ruth Adeyemi", .kind = kPerson, .quote_kind = QuoteKind::kDirect});
}

TEST(AttributorTest, HeadlineVerbEndsTheNameBeforeIt) {
  // "Is" in a title-case headline is a verb: the name is "Elena Varga".
  Scanned s = ScanArticle(
      "Harbour Board: Elena Varga Is Right About The Ferry\n\n"
      "The ferry timetable will change in May.\n\n"
      "\"The boats will run every hour,\" Varga said.\n");
  ExpectQuote(s, "boats will run",
              {.speaker = "Elena Varga", .kind = kPerson, .mention = "Varga", .cue = "said"});
}

TEST(AttributorTest, QuotedSubheadIsATitleNotTheLastSpeakersWords) {
  Scanned s = ScanArticle(
      "\"The ferry has never once left on time,\" said harbor master Peter Brandt.\n\n"
      "'The Ferry Never Waits.'\n\n"
      "Mayor Elena Varga took the morning boat on Tuesday.\n");
  ExpectQuote(s, "The Ferry Never Waits", {.speaker = "", .quote_kind = QuoteKind::kTitle});
}

TEST(AttributorTest, ScareAndTitleQuotesSayWhichTestDecided) {
  // quotes --explain shows these reasons; without them an editor cannot tell
  // why a quote was left without a speaker.
  Scanned s = ScanArticle(
      "Shop owners oppose the so-called \"temporary\" levy on harbor parking.\n\n"
      "Mayor Elena Varga has written a memoir, \"The Long Tide\", about the 1998 flood.\n\n"
      "'The Ferry Never Waits.'\n\n"
      "The harbour board met on Tuesday.\n");
  const Quote* scare = FindQuote(s, "temporary");
  const Quote* title = FindQuote(s, "The Long Tide");
  const Quote* subhead = FindQuote(s, "The Ferry Never Waits");
  ASSERT_NE(scare, nullptr);
  ASSERT_NE(title, nullptr);
  ASSERT_NE(subhead, nullptr);
  EXPECT_NE(scare->attribution.explanation.find("scare: a scare-quote cue"), std::string::npos)
      << scare->attribution.explanation;
  EXPECT_NE(title->attribution.explanation.find("title: "), std::string::npos)
      << title->attribution.explanation;
  EXPECT_NE(subhead->attribution.explanation.find("subhead"), std::string::npos)
      << subhead->attribution.explanation;
}

TEST(AttributorTest, QuoteWithoutSpeakerSaysWhereItLookedAndWhatItRejected) {
  // An editor reading quotes --explain must see why no speaker was taken:
  // the cue that was found and the phrase that named nobody.
  Scanned s = ScanArticle(
      "The ferry hall in Lorsund was full on Monday.\n\n"
      "\"Nobody asked us about the terminal,\" said a year later.\n\n"
      "\"The tide tables are wrong again.\"\n");
  const Quote* rejected = FindQuote(s, "Nobody asked us");
  const Quote* silent = FindQuote(s, "tide tables");
  ASSERT_NE(rejected, nullptr);
  ASSERT_NE(silent, nullptr);
  EXPECT_EQ(rejected->attribution.entity, -1);
  const std::string& why = rejected->attribution.explanation;
  EXPECT_NE(why.find("no speaker: searched after the quote"), std::string::npos) << why;
  EXPECT_NE(why.find("rejected: quote-cue-speaker found the cue \"said\" but no source phrase "
                     "in \"a year later.\""),
            std::string::npos)
      << why;
  EXPECT_NE(silent->attribution.explanation.find("the quote before it has no speaker either"),
            std::string::npos)
      << silent->attribution.explanation;
}

TEST(AttributorTest, QuoteInsideWhatAPublicationOrDocumentReportsHasAnInnerSpeaker) {
  // The outer source gets the credit; the speaker inside the report is kept,
  // so an editor sees both who published the words and who said them.
  Scanned s = ScanArticle(
      "Mayor Gunnhild Saether met ferry operators in Lorsund on Monday.\n\n"
      "The Solvik Courier reported that Saether told aides \"the deal is dead.\"\n\n"
      "According to a recording obtained by the Courier, Saether said \"we will never "
      "sign.\"\n\n"
      "Saether said that harbour master Peter Brandt had called the plan \"reckless.\"\n\n"
      "\"The ferry will run on Friday,\" Saether said, according to a pool report.\n");
  auto speakers = [&](std::string_view words) {
    const Quote* quote = FindQuote(s, words);
    EXPECT_NE(quote, nullptr) << words;
    const Entity* outer = quote ? s.result.SpeakerOf(*quote) : nullptr;
    const Entity* inner = quote ? s.result.InnerSpeakerOf(*quote) : nullptr;
    return std::make_pair(outer ? outer->name : "", inner ? inner->name : "");
  };
  EXPECT_EQ(speakers("deal is dead"),
            std::make_pair(std::string("Solvik Courier"), std::string("Gunnhild Saether")));
  EXPECT_EQ(speakers("never sign"),
            std::make_pair(std::string("recording"), std::string("Gunnhild Saether")));
  EXPECT_EQ(speakers("run on Friday"),
            std::make_pair(std::string("pool report"), std::string("Gunnhild Saether")));
  // A person reporting another person's words: the words stay Brandt's.
  EXPECT_EQ(speakers("reckless"), std::make_pair(std::string("Peter Brandt"), std::string("")));
}

TEST(AttributorTest, AnOuterReportFarBackInALongSentenceDoesNotFrameALaterQuote) {
  // "According to X, ..." frames the quotes the attribution reads in its
  // window, not every quote of a sentence that runs on for pages (a dump
  // pasted with no full stop): past the window the speaker keeps the quote.
  auto scan = [](const std::string& filler) {
    return ScanArticle("According to the Tarn Courier, the harbour board met on Monday, " + filler +
                       "and Odran Ruddock said \"we will not wait for the dredging plan\"\n");
  };
  std::string filler;
  for (int i = 0; filler.size() < 700; ++i) {
    filler += "the pier at Orlo " + std::to_string(i) + " stayed shut, ";
  }
  for (const std::string& between : {std::string(), filler}) {
    const Scanned s = scan(between);
    const Quote* quote = FindQuote(s, "dredging plan");
    ASSERT_NE(quote, nullptr);
    const Entity* outer = s.result.SpeakerOf(*quote);
    const Entity* inner = s.result.InnerSpeakerOf(*quote);
    ASSERT_NE(outer, nullptr);
    if (between.empty()) {
      EXPECT_EQ(outer->name, "Tarn Courier");
      ASSERT_NE(inner, nullptr);
      EXPECT_EQ(inner->name, "Odran Ruddock");
    } else {
      EXPECT_EQ(outer->name, "Odran Ruddock") << Describe(s, *quote);
      EXPECT_EQ(inner, nullptr);
    }
  }
}

TEST(AttributorTest, AScanWithoutExplanationsTiesEveryQuoteAsOneWithThem) {
  // Only quotes --explain prints explanations; every other run scans
  // without writing them (ScanOptions). Nothing else may change: speakers,
  // mentions, cues, rules, confidences, inner speakers and quote kinds.
  const std::string text =
      "Mayor Gunnhild Saether met ferry operators in Lorsund on Monday.\n\n"
      "The Solvik Courier reported that Saether told aides \"the deal is dead.\"\n\n"
      "\"The ferry will run on Friday,\" Saether said, according to a pool report.\n\n"
      "\"Nobody asked us about the terminal,\" said a year later.\n\n"
      "\"The tide tables are wrong again.\"\n\n"
      "Harbour master Peter Brandt called the plan \"reckless\" and so-called \"reform\". "
      "\"We will fight it,\" he said. \"All of us.\"\n";
  LoadResult loaded = LoadPlainText("article.txt", text);
  ASSERT_TRUE(loaded.document.has_value());
  const ScanResult with = BuiltinScanner().Scan(*loaded.document);
  const ScanResult without = BuiltinScanner().Scan(*loaded.document, ScanOptions{.explain = false});
  ASSERT_EQ(without.quotes.size(), with.quotes.size());
  ASSERT_GE(with.quotes.size(), 8u);
  size_t explained = 0;
  for (size_t q = 0; q < with.quotes.size(); ++q) {
    const Quote& a = with.quotes[q];
    const Quote& b = without.quotes[q];
    EXPECT_EQ(b.span, a.span);
    EXPECT_EQ(b.kind, a.kind) << q;
    EXPECT_EQ(b.attribution.entity, a.attribution.entity) << q;
    EXPECT_EQ(b.attribution.mention, a.attribution.mention) << q;
    EXPECT_EQ(b.attribution.cue, a.attribution.cue) << q;
    EXPECT_EQ(b.attribution.rule, a.attribution.rule) << q;
    EXPECT_EQ(b.attribution.confidence, a.attribution.confidence) << q;
    EXPECT_EQ(b.attribution.inner_entity, a.attribution.inner_entity) << q;
    EXPECT_TRUE(b.attribution.explanation.empty()) << b.attribution.explanation;
    explained += a.attribution.explanation.empty() ? 0 : 1;
  }
  EXPECT_EQ(explained, with.quotes.size());  // with them, every quote says why
  ASSERT_EQ(without.entities.size(), with.entities.size());
  for (size_t e = 0; e < with.entities.size(); ++e) {
    EXPECT_EQ(without.entities[e].name, with.entities[e].name);
    EXPECT_EQ(without.entities[e].aliases, with.entities[e].aliases);
  }
}

// --- Datelines, groups, documents without a determiner ----------------------

TEST(AttributorTest, DatelineNeverSuppliesAPronounsAntecedent) {
  Scanned s = ScanArticle(
      "LORNHAVEN, Alder County (Newswire) \xE2\x80\x94 Mayor Mira Sand closed the pier on "
      "Monday.\n\n"
      "\"The pier is not safe,\" she said.\n");
  ExpectQuote(s, "pier is not safe", {.speaker = "Mira Sand", .kind = kPerson, .mention = "she"});
  ExpectNoSpeakerNamed(s, "Newswire");
  ExpectNoSpeakerNamed(s, "LORNHAVEN");
}

TEST(AttributorTest, DatelinePlaceIsNoOrganisationForIt) {
  Scanned s = ScanArticle(
      "LORNHAVEN (Newswire) \xE2\x80\x94 The pier reopened on Monday.\n\n"
      "\"We are open again,\" it said.\n");
  ExpectNoSpeakerNamed(s, "LORNHAVEN");
  ExpectNoSpeakerNamed(s, "Newswire");
}

TEST(AttributorTest, TheyRefersToAGroupOpeningAnEarlierSentence) {
  Scanned s = ScanArticle(
      "Residents crowded the pier on Tuesday.\n\n"
      "\"Nobody told us anything,\" they said.\n");
  ExpectQuote(s, "Nobody told us", {.speaker = "residents", .kind = kVague, .mention = "they"});
}

TEST(AttributorTest, CountyIsAnOrganisationForIt) {
  Scanned s = ScanArticle(
      "Alder County closed the pier on Friday.\n\n"
      "\"The pier is unsafe,\" it said.\n");
  ExpectQuote(s, "pier is unsafe", {.speaker = "Alder County", .kind = kOrganization});
}

TEST(AttributorTest, PronounDoesNotReachBackOverSeveralParagraphs) {
  Scanned s = ScanArticle(
      "Mayor Mira Sand toured the pier.\n\n"
      "The pier was built in 1911.\n\n"
      "Its timber came from the north.\n\n"
      "Repairs will take a year.\n\n"
      "\"It will be worth the wait,\" she said.\n");
  const Quote* quote = FindQuote(s, "worth the wait");
  ASSERT_NE(quote, nullptr);
  EXPECT_NE(SpeakerOf(s, *quote), "Mira Sand") << Describe(s, *quote);
}

TEST(AttributorTest, DocumentWithoutDeterminerOpeningTheSentence) {
  Scanned s = ScanArticle("Tax records show the firm \"paid nothing for a decade.\"\n");
  ExpectQuote(s, "paid nothing",
              {.speaker = "tax records",
               .kind = kDocument,
               .rule = "document-cue-partial",
               .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, DocumentWithAParticiplePhraseBeforeItsVerb) {
  Scanned s =
      ScanArticle("A harbor study released on Tuesday found \"severe silting\" near the pier.\n");
  ExpectQuote(s, "severe silting",
              {.speaker = "harbor study", .kind = kDocument, .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, PlaceNameEndingInASpeechVerbIsNoCue) {
  Scanned s = ScanArticle(
      "Councillor Mira Sand said the United States would send \"two patrol ships\" soon.\n");
  ExpectQuote(s, "two patrol ships",
              {.speaker = "Mira Sand", .kind = kPerson, .quote_kind = QuoteKind::kPartial});
  ExpectNoSpeakerNamed(s, "United");
}

TEST(AttributorTest, PlaceNameVerbAfterAQuoteIsHiddenOnlyInItsOwnWindow) {
  // The first window hides "States" and reads on to "said"; the next window
  // holds no place name and is searched as written.
  Scanned s = ScanArticle(
      "\"We will send two ships,\" the United States envoy Mira Sand said on Monday. \"The "
      "harbour stays open,\" Sand said.\n");
  ExpectQuote(
      s, "We will send two ships",
      {.speaker = "Mira Sand", .kind = kPerson, .rule = "quote-speaker-cue", .cue = "said"});
  ExpectQuote(s, "The harbour stays open",
              {.speaker = "Mira Sand",
               .kind = kPerson,
               .rule = "quote-speaker-cue",
               .mention = "Sand",
               .cue = "said"});
  ExpectNoSpeakerNamed(s, "United");
}

TEST(AttributorTest, PossessiveSpeechNounInsideAReportedClauseGivesTheReporter) {
  Scanned s = ScanArticle(
      "Councillor Mira Sand said on Monday evening that Peter Brandt's claim of \"no risk at "
      "all\" ignored the engineers.\n");
  ExpectQuote(s, "no risk at all",
              {.speaker = "Mira Sand",
               .kind = kPerson,
               .rule = "speaker-cue-partial",
               .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, PossessiveSpeechNounAloneStillGivesItsOwner) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga toured the pier.\n\n"
      "Varga's claim that the pier is \"perfectly safe\" was disputed by engineers.\n");
  ExpectQuote(s, "perfectly safe",
              {.speaker = "Elena Varga", .kind = kPerson, .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, InfinitiveCueTakesTheSubjectOpeningTheClause) {
  Scanned s = ScanArticle(
      "Mayor Elena Varga went on local radio on Monday to accuse the ferry operator of \"gross "
      "negligence\" during the storm.\n");
  ExpectQuote(s, "gross negligence",
              {.speaker = "Elena Varga", .kind = kPerson, .quote_kind = QuoteKind::kPartial});
}

TEST(AttributorTest, ItRefersToAnOrganisationNamedByItsOwner) {
  Scanned s = ScanArticle(
      "Peter Brandt's office issued a statement on Monday.\n\n"
      "\"The harbor master will not resign,\" it said.\n");
  ExpectQuote(s, "will not resign",
              {.speaker = "Peter Brandt's office", .kind = kOrganization, .mention = "it"});
}

}  // namespace
}  // namespace qa
