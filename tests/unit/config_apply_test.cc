// Applying a config to the built-in rules, then auditing a fictional article:
// rules switched off, severities and options changed and lexicon words added
// must change what an editor sees; mistakes must name the config and key.
#include "config/config_apply.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "builtin_scanner.h"
#include "cli/auditor.h"
#include "io/plain_text_reader.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

constexpr const char* kArticle =
    "Harbour vote delayed\n"
    "\n"
    "The council of Velmora postponed its vote on the harbour plan on Tuesday.\n"
    "\n"
    "\"This is a disgrace and everybody in town knows it.\"\n"
    "\n"
    "Gossips said the delay could cost the town its funding.\n"
    "\n"
    "Experts said the plan was sound.\n"
    "\n"
    "\"Tolls will rise by a third,\" Valley Wire reported.\n";

const RuleSet& Builtin() { return test_scanner::BuiltinRules(); }

Config ConfigFrom(const std::string& text) {
  ConfigResult result = ParseConfig(text, "site/.quoteaudit.json", fs::temp_directory_path());
  for (const RuleError& error : result.errors) ADD_FAILURE() << error.ToString();
  return std::move(result.config);
}

RuleSet Apply(const std::string& text) {
  std::vector<RuleError> errors;
  RuleSet rules = ApplyConfig(Builtin(), ConfigFrom(text), &errors);
  for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
  return rules;
}

std::vector<std::string> ApplyErrors(const std::string& text) {
  std::vector<RuleError> errors;
  ApplyConfig(Builtin(), ConfigFrom(text), &errors);
  std::vector<std::string> out;
  for (const RuleError& error : errors) out.push_back(error.ToString());
  return out;
}

AuditedFile Audit(const RuleSet& rules, const std::string& text = kArticle) {
  std::vector<RuleError> errors;
  std::unique_ptr<Auditor> auditor = Auditor::Create(rules, &errors);
  for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
  if (auditor == nullptr) return {};
  LoadResult loaded = LoadPlainText("article.txt", text);
  return auditor->AuditDocument(std::move(*loaded.document));
}

// "rule severity: covered text" for each finding.
std::vector<std::string> Findings(const AuditedFile& audited) {
  std::vector<std::string> out;
  for (const Finding& finding : audited.findings) {
    out.push_back(finding.rule + " " + std::string(SeverityName(finding.severity)) + ": " +
                  std::string(audited.document->Text(finding.span)));
  }
  return out;
}

bool Has(const std::vector<std::string>& findings, const std::string& wanted) {
  return std::find(findings.begin(), findings.end(), wanted) != findings.end();
}

const std::string kOrphan =
    "unattributed-quote error: \"This is a disgrace and everybody in town knows it.\"";
const std::string kExperts = "vague-source warning: Experts said";

TEST(ConfigApplyTest, BuiltinRulesReportTheOrphanQuoteAndTheExperts) {
  std::vector<std::string> findings = Findings(Audit(Builtin()));
  EXPECT_TRUE(Has(findings, kOrphan)) << ::testing::PrintToString(findings);
  EXPECT_TRUE(Has(findings, kExperts)) << ::testing::PrintToString(findings);
  EXPECT_FALSE(Has(findings, "vague-source warning: Gossips said"));
}

TEST(ConfigApplyTest, RuleOffRemovesItsFindings) {
  RuleSet rules = Apply(R"({"rules": {"unattributed-quote": "off"}})");
  EXPECT_FALSE(rules.FindRule("unattributed-quote")->enabled);
  std::vector<std::string> findings = Findings(Audit(rules));
  EXPECT_FALSE(Has(findings, kOrphan)) << ::testing::PrintToString(findings);
  EXPECT_TRUE(Has(findings, kExperts));
}

TEST(ConfigApplyTest, SeverityChangesTheFindings) {
  std::vector<std::string> findings = Findings(Audit(Apply(R"({"rules": {"vague-source": "error",
      "unattributed-quote": {"severity": "info"}}})")));
  EXPECT_TRUE(Has(findings, "vague-source error: Experts said"))
      << ::testing::PrintToString(findings);
  EXPECT_TRUE(Has(
      findings, "unattributed-quote info: \"This is a disgrace and everybody in town knows it.\""))
      << ::testing::PrintToString(findings);
}

TEST(ConfigApplyTest, SeverityShortFormSwitchesADisabledRuleOn) {
  std::vector<RuleError> errors;
  RuleSet off =
      ApplyConfig(Builtin(), ConfigFrom(R"({"rules": {"vague-source": "off"}})"), &errors);
  RuleSet on = ApplyConfig(off, ConfigFrom(R"({"rules": {"vague-source": "info"}})"), &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(on.FindRule("vague-source")->enabled);
  EXPECT_TRUE(Has(Findings(Audit(on)), "vague-source info: Experts said"));
}

TEST(ConfigApplyTest, OptionChangeTakesEffectAndKeepsTheOtherOptions) {
  RuleSet rules = Apply(R"({"rules": {"unattributed-quote": {"options": {"min_words": 20}}}})");
  const RuleInfo* rule = rules.FindRule("unattributed-quote");
  EXPECT_EQ(rule->options.at("min_words"), OptionValue(20.0));
  EXPECT_EQ(rule->options.at("include_partial"), OptionValue(true));  // merged, not replaced
  EXPECT_EQ(rule->source, "site/.quoteaudit.json");
  std::vector<std::string> findings = Findings(Audit(rules));
  EXPECT_FALSE(Has(findings, kOrphan)) << ::testing::PrintToString(findings);
}

TEST(ConfigApplyTest, AddedVagueWordBecomesAFinding) {
  RuleSet rules = Apply(R"({"lexicons": {"vague-sources": {"add": ["gossips"]}}})");
  const std::vector<std::string>& words = rules.Words("vague-sources");
  EXPECT_NE(std::find(words.begin(), words.end(), "gossips"), words.end());
  std::vector<std::string> findings = Findings(Audit(rules));
  EXPECT_TRUE(Has(findings, "vague-source warning: Gossips said"))
      << ::testing::PrintToString(findings);
}

TEST(ConfigApplyTest, OnlyTheLexiconsAConfigEditsAreCompiledAtStartUp) {
  // Patterns over the other lexicons keep waiting for their first use.
  ASSERT_TRUE(Builtin().built_in_words_only());
  RuleSet settings = Apply(R"({"rules": {"vague-source": "error"}})");
  EXPECT_TRUE(settings.built_in_words_only());
  RuleSet edited = Apply(R"({"lexicons": {"vague-sources": {"add": ["gossips"]}}})");
  EXPECT_FALSE(edited.built_in_words_only());
  EXPECT_FALSE(edited.IsBuiltInLexicon("vague-sources"));
  EXPECT_TRUE(edited.IsBuiltInLexicon("speech-verbs"));
  // A config over a config: what the first edited stays edited.
  std::vector<RuleError> errors;
  RuleSet again =
      ApplyConfig(edited, ConfigFrom(R"({"rules": {"vague-source": "error"}})"), &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(again.IsBuiltInLexicon("vague-sources"));
  EXPECT_TRUE(again.IsBuiltInLexicon("speech-verbs"));
}

TEST(ConfigApplyTest, RemovedVagueWordIsNoLongerAFinding) {
  RuleSet rules = Apply(R"({"lexicons": {"vague-sources": {"remove": ["experts"]}}})");
  std::vector<std::string> findings = Findings(Audit(rules));
  EXPECT_FALSE(Has(findings, kExperts)) << ::testing::PrintToString(findings);
}

TEST(ConfigApplyTest, NewsroomsOwnAgencyBecomesAnOrganisationSource) {
  auto wire_kind = [](const AuditedFile& audited) {
    for (const Quote& quote : audited.scan.quotes) {
      int entity = quote.attribution.entity;
      if (entity >= 0 && audited.scan.entities[entity].name == "Valley Wire") {
        return std::string(SpeakerKindName(audited.scan.entities[entity].kind));
      }
    }
    return std::string("unattributed");
  };
  EXPECT_NE(wire_kind(Audit(Builtin())), "organization");
  RuleSet rules = Apply(R"({"lexicons": {"news-agencies": {"add": ["Valley Wire"]}}})");
  EXPECT_EQ(wire_kind(Audit(rules)), "organization");
}

TEST(ConfigApplyTest, UnknownRuleSuggestsTheClosestId) {
  EXPECT_EQ(ApplyErrors(R"({"rules": {"vague-sorce": "off"}})"),
            std::vector<std::string>{"site/.quoteaudit.json: /rules/vague-sorce: unknown rule "
                                     "(did you mean \"vague-source\"?)"});
}

TEST(ConfigApplyTest, UnknownRuleFarFromAnyListsTheRules) {
  std::vector<std::string> errors = ApplyErrors(R"({"rules": {"spelling": "off"}})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("site/.quoteaudit.json: /rules/spelling: unknown rule; known: ", 0), 0u)
      << errors[0];
  EXPECT_NE(errors[0].find("vague-source"), std::string::npos);
}

TEST(ConfigApplyTest, UnknownLexiconSuggestsTheClosestName) {
  EXPECT_EQ(ApplyErrors(R"({"lexicons": {"vage-sources": {"add": ["gossips"]}}})"),
            std::vector<std::string>{"site/.quoteaudit.json: /lexicons/vage-sources: unknown "
                                     "lexicon (did you mean \"vague-sources\"?)"});
}

TEST(ConfigApplyTest, UndeclaredOptionSuggestsTheDeclaredOne) {
  EXPECT_EQ(ApplyErrors(R"({"rules": {"unattributed-quote": {"options": {"min_wrods": 3}}}})"),
            std::vector<std::string>{
                "site/.quoteaudit.json: /rules/unattributed-quote/options/min_wrods: rule "
                "\"unattributed-quote\" has no option \"min_wrods\" (did you mean "
                "\"min_words\"?)"});
}

TEST(ConfigApplyTest, OptionOfTheWrongTypeIsAnError) {
  std::vector<std::string> errors =
      ApplyErrors(R"({"rules": {"unattributed-quote": {"options": {"min_words": "3"}}}})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("site/.quoteaudit.json: /rules/unattributed-quote/options/min_words: "
                            "expected a number",
                            0),
            0u)
      << errors[0];
}

TEST(ConfigApplyTest, ASettingWithAnErrorIsLeftOutAndTheOthersApply) {
  std::vector<RuleError> errors;
  RuleSet rules = ApplyConfig(Builtin(), ConfigFrom(R"({"rules": {
      "unattributed-quote": {"severity": "info", "options": {"strict": true}},
      "vague-source": "error"}})"),
                              &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "/rules/unattributed-quote/options/strict");
  EXPECT_EQ(rules.FindRule("unattributed-quote")->severity, Severity::kError);  // unchanged
  EXPECT_EQ(rules.FindRule("vague-source")->severity, Severity::kError);
}

TEST(ConfigApplyTest, ErrorsFromSeveralSettingsAreAllReported) {
  EXPECT_EQ(ApplyErrors(R"({"rules": {"vague-sorce": "off", "unattributed-quote":
      {"options": {"min_wrods": 3}}}, "lexicons": {"vage-sources": {"add": ["x"]}}})")
                .size(),
            3u);
}

TEST(ConfigApplyTest, ApplyingLeavesTheBaseAlone) {
  Apply(
      R"({"rules": {"vague-source": "off"}, "lexicons": {"vague-sources": {"add": ["gossips"]}}})");
  EXPECT_TRUE(Builtin().FindRule("vague-source")->enabled);
  const std::vector<std::string>& words = Builtin().Words("vague-sources");
  EXPECT_EQ(std::find(words.begin(), words.end(), "gossips"), words.end());
}

class ConfigRulesDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("qa_config_apply_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "house-rules");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
  }
  fs::path dir_;
};

TEST_F(ConfigRulesDirTest, ConfigSettingsMayUseWhatItsRulesDirsDefine) {
  Write("house-rules/ports.json",
        R"({"lexicons": {"port-titles": {"entries": ["Harbourmaster"]}}})");
  Write(".quoteaudit.json", R"({"rules_dirs": ["house-rules"],
      "lexicons": {"port-titles": {"add": ["Dock Warden"]}}})");
  ConfigResult config = LoadConfig((dir_ / ".quoteaudit.json").string(), "house/.quoteaudit.json");
  ASSERT_TRUE(config.ok()) << config.errors[0].ToString();
  RuleLoadResult result = LoadRulesWithConfig({}, &config.config);
  for (const RuleError& error : result.errors) ADD_FAILURE() << error.ToString();
  EXPECT_EQ(result.rules.Words("port-titles"),
            (std::vector<std::string>{"Harbourmaster", "Dock Warden"}));
}

TEST_F(ConfigRulesDirTest, ErrorsInARulesDirFileNameThatFile) {
  Write("house-rules/broken.json", R"({"lexicons": {"port-titles": {"entires": []}}})");
  Write(".quoteaudit.json", R"({"rules_dirs": ["house-rules"]})");
  ConfigResult config = LoadConfig((dir_ / ".quoteaudit.json").string());
  ASSERT_TRUE(config.ok());
  RuleLoadResult result = LoadRulesWithConfig({}, &config.config);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].file, (dir_ / "house-rules/broken.json").string());
  EXPECT_EQ(result.errors[0].key, "/lexicons/port-titles/entires");
}

TEST(ConfigRulesTest, NoConfigMeansTheBuiltinRules) {
  RuleLoadResult result = LoadRulesWithConfig({}, nullptr);
  EXPECT_TRUE(result.errors.empty());
  EXPECT_EQ(result.rules.rules().size(), Builtin().rules().size());
}

}  // namespace
}  // namespace qa
