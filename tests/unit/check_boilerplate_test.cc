#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "checks/boilerplate_check.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"
#include "scan/scanner.h"
#include "source_check_testing.h"
#include "test_files.h"

namespace qa {
namespace {

Document Load(const std::string& text) {
  LoadResult loaded = LoadPlainText("story.txt", text);
  EXPECT_TRUE(loaded.document.has_value());
  return std::move(*loaded.document);
}

const RuleSet& BuiltInRules() {
  static const RuleLoadResult* loaded = new RuleLoadResult(LoadRules({}));
  return loaded->rules;
}

// The check as configured by rules/boilerplate.json, with option overrides.
std::unique_ptr<Check> MakeCheck(const nlohmann::json& overrides = nlohmann::json::object()) {
  RuleInfo rule = *BuiltInRules().FindRule("boilerplate");
  testing_support::OverrideOptions(&rule, overrides);
  std::vector<RuleError> errors;
  auto check = BoilerplateCheck::Create(rule, BuiltInRules(), &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  return check;
}

std::vector<Finding> RunCheck(Check& check, const Document& document, const ScanResult& scan = {}) {
  std::vector<Finding> findings;
  check.Run(CheckContext{document, scan}, &findings);
  return findings;
}

// The text of each finding, in document order.
std::vector<std::string> Flagged(const Document& document, std::vector<Finding> findings) {
  std::sort(findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; });
  std::vector<std::string> texts;
  for (const Finding& finding : findings) texts.emplace_back(document.Text(finding.span));
  return texts;
}

std::vector<std::string> Flagged(const std::string& text,
                                 const nlohmann::json& overrides = nlohmann::json::object()) {
  auto check = MakeCheck(overrides);
  const Document document = Load(text);
  return Flagged(document, RunCheck(*check, document));
}

using Texts = std::vector<std::string>;

const char kStory[] =
    "Pier repairs to start in May\n\n"
    "Repairs to the damaged north pier in Port Elin will begin in May, the harbour office said "
    "on Tuesday.\n\n"
    "Harbour master Tomas Reyes said the work would take about six weeks and cost the county "
    "$2 million.\n\n";

TEST(BoilerplateTest, NewsletterPromptNamesItsKindAndCoversTheParagraph) {
  auto check = MakeCheck();
  const Document document = Load(std::string(kStory) + "Sign up for the morning briefing\n");
  const std::vector<Finding> findings = RunCheck(*check, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "boilerplate");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].span, document.paragraphs.back());
  EXPECT_EQ(findings[0].message, "page furniture: newsletter prompt; remove it from the copy");
}

TEST(BoilerplateTest, KnownFurnitureAnywhereInTheCopy) {
  EXPECT_EQ(Flagged("OPINION\n\nThe harbour deserves better than another delay.\n\n"
                    "Advertisement\n\n"
                    "The council has put off the budget twice this year already.\n\n"
                    "Share this article\n\n"
                    "Read more: Council delays harbour vote again\n\n"
                    "The vote is now set for April.\n\n"
                    "© 2024 Harbor Times. All rights reserved.\n"),
            (Texts{"OPINION", "Advertisement", "Share this article",
                   "Read more: Council delays harbour vote again",
                   "© 2024 Harbor Times. All rights reserved."}));
}

// A legal opener with a year right after it is a copyright line; the same
// words in a sentence, or a year further on, are copy.
TEST(BoilerplateTest, CopyrightLineNeedsAYearRightAfterTheOpener) {
  const std::string story(kStory);
  EXPECT_EQ(Flagged(story + "Copyright 2025 Harbor Times\n"),
            (Texts{"Copyright 2025 Harbor Times"}));
  EXPECT_EQ(Flagged(story + "Copyright (c) 2025 Harbor Times\n"),
            (Texts{"Copyright (c) 2025 Harbor Times"}));
  EXPECT_EQ(Flagged(story + "(c) 2025 Harbor Times\n"), (Texts{"(c) 2025 Harbor Times"}));
  EXPECT_EQ(Flagged(story + "Copyright lawyers said 2025 had been a busy year.\n"), Texts{});
  EXPECT_EQ(Flagged(story + "Copyright Harbor Times\n"), Texts{});
  // Digits inside a word are no year.
  EXPECT_EQ(Flagged(story + "Copyright A2025 Harbor Times\n"), Texts{});
}

TEST(BoilerplateTest, MessageNamesEachKind) {
  auto check = MakeCheck();
  const Document document = Load(
      "Most Read\n\nFollow us on Twitter\n\nLETTER\n\nAdvertisement\n\nWe use cookies\n\n"
      "Related: Ferry fares to rise\n");
  std::vector<std::string> messages;
  for (const Finding& finding : RunCheck(*check, document)) messages.push_back(finding.message);
  EXPECT_EQ(messages,
            (Texts{"page furniture: related-story or navigation link; remove it from the copy",
                   "page furniture: share or follow prompt; remove it from the copy",
                   "page furniture: section label; remove it from the copy",
                   "page furniture: advertising marker; remove it from the copy",
                   "page furniture: copyright or cookie notice; remove it from the copy",
                   "page furniture: related-story or navigation link; remove it from the copy"}));
}

TEST(BoilerplateTest, SentencesThatMerelyContainAPhraseStaySilent) {
  EXPECT_EQ(Flagged(std::string(kStory) +
                    "Voters who want to read more about the levy can find the full text at the "
                    "library.\n\n"
                    "Advertisement rates in the Harbor Times rose by a fifth last year.\n\n"
                    "Share prices\n\n"
                    "Related charges against the harbour contractor were dropped in March.\n\n"
                    "The council's newsletter was posted to every household on Monday.\n\n"
                    "Subscribers to the ferry pass will get a refund, the operator said.\n"),
            Texts{});
}

TEST(BoilerplateTest, TrailingShortLinesAreFurnitureEvenWhenUnknown) {
  EXPECT_EQ(
      Flagged(std::string(kStory) +
              "Harbor Weekend Picks\n\nBridge closures this week\n\nSign up for our "
              "briefing\n"),
      (Texts{"Harbor Weekend Picks", "Bridge closures this week", "Sign up for our briefing"}));
}

TEST(BoilerplateTest, TrailingListInOneParagraphIsOneFinding) {
  const std::string list = "Harbor Weekend Picks\nBridge closures this week\nFerry timetable";
  EXPECT_EQ(Flagged(std::string(kStory) + list + "\n"), Texts{list});
}

TEST(BoilerplateTest, ALoneTrailingLineNeedsMinTrailingLines) {
  const std::string text = std::string(kStory) + "Harbor Weekend Picks\n";
  EXPECT_EQ(Flagged(text), Texts{});
  EXPECT_EQ(Flagged(text, {{"min_trailing_lines", 1}}), Texts{"Harbor Weekend Picks"});
}

TEST(BoilerplateTest, StructuralSignalCanBeTurnedOff) {
  const std::string text =
      std::string(kStory) + "Harbor Weekend Picks\n\nBridge closures this week\n";
  EXPECT_EQ(Flagged(text, {{"trailing_furniture", false}}), Texts{});
}

TEST(BoilerplateTest, RealEndingsAreNotFurniture) {
  // A short closing sentence, a credit after a sentence, a sign-off, a
  // quote without a full stop, a headline-only text.
  EXPECT_EQ(Flagged(std::string(kStory) + "He declined to comment.\n"), Texts{});
  EXPECT_EQ(Flagged(std::string(kStory) + "He declined to comment. (Wirefax)\n"), Texts{});
  EXPECT_EQ(Flagged(std::string(kStory) +
                    "— Reporting by Ann Vale; Editing by Tom Reed\n\n(Harbor Times)\n"),
            Texts{});
  EXPECT_EQ(Flagged(std::string(kStory) + "Reporting by Ann Vale\nEditing by Tom Reed\n"), Texts{});
  EXPECT_EQ(Flagged(std::string(kStory) + "\"We will see,\" Reyes said\n\nHe shrugged\n"), Texts{});
  EXPECT_EQ(Flagged("Pier repairs to start in May\n\nHarbour office confirms\n"), Texts{});
}

TEST(BoilerplateTest, HeadlineAndCrossheadsAtTheTopAreNotFurniture) {
  EXPECT_EQ(
      Flagged("Top news anchor resigns\n\nMost popular ferry route cut\n\n" + std::string(kStory)),
      Texts{});
}

TEST(BoilerplateTest, ShortLinesAfterACreditAreStillFurniture) {
  EXPECT_EQ(Flagged(std::string(kStory) +
                    "— Reporting by Ann Vale\n\nHarbor Weekend Picks\n\nFerry timetable\n"),
            (Texts{"Harbor Weekend Picks", "Ferry timetable"}));
}

TEST(BoilerplateTest, QuotedShortLineIsCopyForTheScan) {
  auto check = MakeCheck();
  const Document document =
      Load(std::string(kStory) + "Our pier, our town\n\nHarbor Weekend Picks\n");
  ScanResult scan;
  Quote quote;
  quote.paragraph = 3;
  scan.quotes.push_back(quote);
  // With the scan saying paragraph 3 is a quote, it ends the story and only
  // one short line follows: not enough for a run.
  EXPECT_EQ(Flagged(document, RunCheck(*check, document, scan)), Texts{});
  EXPECT_EQ(Flagged(document, RunCheck(*check, document)),
            (Texts{"Our pier, our town", "Harbor Weekend Picks"}));
}

TEST(BoilerplateTest, UserLexiconAddsFurnitureWithItsOwnKind) {
  RuleSetBuilder builder(BuiltInRules());
  std::vector<RuleError> errors;
  // The lexicon belongs to the check: the file that defines it sets the rule.
  MergeRuleFile("newsroom.json", R"({
      "lexicons": {"house-promos": {"entries": ["harbor times plus"]}},
      "rule": {"id": "boilerplate", "options": {"phrase_lexicons": {"house-promos": "house promotion"}}}
    })",
                &builder, &errors);
  const RuleSet rules = std::move(builder).Build();
  ASSERT_TRUE(errors.empty()) << errors.front().ToString();
  auto check = BoilerplateCheck::Create(*rules.FindRule("boilerplate"), rules, &errors);
  ASSERT_NE(check, nullptr);
  const Document document = Load("Try Harbor Times Plus\n\n" + std::string(kStory));
  const std::vector<Finding> findings = RunCheck(*check, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "page furniture: house promotion; remove it from the copy");
}

TEST(BoilerplateTest, MissingLexiconIsARuleError) {
  RuleInfo rule = *BuiltInRules().FindRule("boilerplate");
  testing_support::OverrideOptions(&rule, {{"phrase_lexicons", {{"no-such-list", "nothing"}}}});
  std::vector<RuleError> errors;
  EXPECT_EQ(BoilerplateCheck::Create(rule, BuiltInRules(), &errors), nullptr);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "/rule/options/phrase_lexicons/no-such-list");
  EXPECT_NE(errors[0].message.find("no-such-list"), std::string::npos);
}

TEST(BoilerplateTest, HugeParagraphIsCopy) {
  std::string huge = "Subscribe ";
  while (huge.size() < 100000) huge += "and the harbour ";
  EXPECT_EQ(Flagged(std::string(kStory) + huge + "\n"), Texts{});
}

// The wire story the project started from ends with three furniture lines.
TEST(BoilerplateTest, TreatySampleReportsItsTrailingFurnitureOnly) {
  const std::filesystem::path path = test_files::SharedDir() / "samples/treaty-kcna.txt";
  QA_SHARED_PATH_OR_SKIP(path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  LoadResult loaded = LoadPlainText(path.string(), bytes.str());
  ASSERT_TRUE(loaded.document.has_value());
  const Document& document = *loaded.document;
  std::vector<RuleError> errors;
  auto scanner = Scanner::Create(BuiltInRules(), &errors);
  ASSERT_NE(scanner, nullptr);
  auto check = MakeCheck();
  const std::vector<Finding> findings = RunCheck(*check, document, scanner->Scan(document));
  // Exactly its last three paragraphs (not quoted here: the sample's text
  // stays out of the repository).
  ASSERT_GE(document.paragraphs.size(), 3u);
  std::vector<Span> expected(document.paragraphs.end() - 3, document.paragraphs.end());
  std::vector<Span> reported;
  for (const Finding& finding : findings) reported.push_back(finding.span);
  EXPECT_EQ(reported, expected);
}

}  // namespace
}  // namespace qa
