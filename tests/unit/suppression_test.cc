// Inline suppression (src/cli/suppression.h) on documents built by hand as a
// Markdown reader would build them: blocks through DocumentBuilder, HTML
// comments pushed into Document::comments. The readers are tested on their
// own; this tests the directives, the regions and blocks they cover, the
// unused-suppression findings and how reporters count and show the result.
#include "cli/suppression.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "builtin_scanner.h"
#include "cli/auditor.h"
#include "core/line_index.h"
#include "io/document_builder.h"
#include "report/json_reporter.h"
#include "report/text_reporter.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

// One piece of a hand-built Markdown file: a text block or, when `comment`,
// an HTML comment (on its own line unless `own_line` is false, in which case
// it is appended to the previous block's line).
struct Piece {
  std::string text;
  bool comment = false;
  bool own_line = true;
};

Piece Block(std::string text) { return {std::move(text), false, true}; }
Piece Comment(std::string body) { return {std::move(body), true, true}; }
Piece InlineComment(std::string body) { return {std::move(body), true, false}; }

// The file is the pieces joined by blank lines; each comment's text_offset
// is where the next block starts in the analysis text (the end when none).
Document BuildMarkdown(const std::vector<Piece>& pieces) {
  std::string source;
  struct Placed {
    size_t begin, end;
    const Piece* piece;
  };
  std::vector<Placed> placed;
  for (const Piece& piece : pieces) {
    if (!source.empty()) source += piece.own_line ? "\n\n" : " ";
    size_t begin = source.size();
    source += piece.comment ? "<!--" + piece.text + "-->" : piece.text;
    placed.push_back({begin, source.size(), &piece});
  }
  source += "\n";
  DocumentBuilder builder("story.md", source);
  std::vector<size_t> next_block;  // per comment: blocks ended before it
  size_t blocks = 0;
  for (const Placed& p : placed) {
    if (p.piece->comment) {
      next_block.push_back(p.piece->own_line ? blocks : blocks - 1);
      continue;
    }
    builder.Copy(p.begin, p.end);
    builder.EndBlock();
    ++blocks;
  }
  Document document = std::move(builder).Finish();
  size_t c = 0;
  for (const Placed& p : placed) {
    if (!p.piece->comment) continue;
    size_t block = next_block[c++];
    SourceComment comment;
    comment.source = {p.begin, p.end};
    comment.body = p.piece->text;
    comment.own_line = p.piece->own_line;
    comment.text_offset = !p.piece->own_line                   ? document.paragraphs[block].end
                          : block < document.paragraphs.size() ? document.paragraphs[block].begin
                                                               : document.text.size();
    document.comments.push_back(comment);
  }
  return document;
}

// A finding of `rule` on the first word of paragraph `index`.
Finding At(const Document& document, size_t index, std::string rule,
           Severity severity = Severity::kWarning) {
  Finding finding;
  finding.rule = std::move(rule);
  finding.severity = severity;
  finding.message = "hand-made finding";
  size_t begin = document.paragraphs[index].begin;
  finding.span = {begin, begin + 4};
  return finding;
}

SuppressionRules Rules() {
  SuppressionRules rules;
  rules.known = {"unattributed-quote", "unsourced-claim", "unused-suppression", "vague-source"};
  rules.enabled = rules.known;
  rules.unused_severity = Severity::kInfo;
  return rules;
}

std::vector<std::string> Rules(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& finding : findings) rules.push_back(finding.rule);
  return rules;
}

size_t LineOf(const Document& document, size_t source_offset) {
  return LineIndex(document.original()).At(source_offset).line;
}

TEST(SuppressionTest, DisableCoversItsRulesUntilEnable) {
  Document document = BuildMarkdown(
      {Block("Experts said one."), Comment(" quoteaudit-disable vague-source "),
       Block("Experts said two."), Comment(" quoteaudit-enable "), Block("Experts said three.")});
  std::vector<Finding> findings = {At(document, 0, "vague-source"), At(document, 1, "vague-source"),
                                   At(document, 1, "unsourced-claim"),
                                   At(document, 2, "vague-source")};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  ASSERT_EQ(result.suppressed.size(), 1u);
  EXPECT_EQ(result.suppressed[0].finding.rule, "vague-source");
  EXPECT_EQ(result.suppressed[0].finding.span.begin, document.paragraphs[1].begin);
  EXPECT_EQ(result.suppressed[0].directive, document.comments[0].source);
  EXPECT_EQ(LineOf(document, result.suppressed[0].directive.begin), 3u);
  EXPECT_EQ(Rules(result.findings),
            (std::vector<std::string>{"vague-source", "unsourced-claim", "vague-source"}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(SuppressionTest, DisableWithoutListCoversEveryRuleToTheEnd) {
  Document document = BuildMarkdown({Block("First block."), Comment(" quoteaudit-disable "),
                                     Block("Second block."), Block("Third block.")});
  std::vector<Finding> findings = {At(document, 0, "vague-source"),
                                   At(document, 1, "unsourced-claim"),
                                   At(document, 2, "unattributed-quote", Severity::kError)};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  EXPECT_EQ(Rules(result.findings), (std::vector<std::string>{"vague-source"}));
  ASSERT_EQ(result.suppressed.size(), 2u);
  EXPECT_EQ(result.suppressed[1].finding.rule, "unattributed-quote");
}

TEST(SuppressionTest, EnableWithARuleReenablesOnlyThatRule) {
  Document document =
      BuildMarkdown({Comment(" quoteaudit-disable "), Block("First block."),
                     Comment(" quoteaudit-enable vague-source "), Block("Second block.")});
  std::vector<Finding> findings = {At(document, 1, "vague-source"),
                                   At(document, 1, "unsourced-claim")};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  EXPECT_EQ(Rules(result.findings), (std::vector<std::string>{"vague-source"}));
  ASSERT_EQ(result.suppressed.size(), 1u);
  EXPECT_EQ(result.suppressed[0].finding.rule, "unsourced-claim");
}

TEST(SuppressionTest, IgnoreCoversTheNextBlockOnly) {
  Document document = BuildMarkdown(
      {Block("First block."), Comment(" quoteaudit-ignore vague-source -- Koval names them later "),
       Block("Second block."), Block("Third block.")});
  std::vector<Finding> findings = {At(document, 0, "vague-source"), At(document, 1, "vague-source"),
                                   At(document, 1, "unsourced-claim"),
                                   At(document, 2, "vague-source")};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  ASSERT_EQ(result.suppressed.size(), 1u);
  EXPECT_EQ(result.suppressed[0].finding.span.begin, document.paragraphs[1].begin);
  EXPECT_EQ(result.findings.size(), 3u);
  EXPECT_TRUE(result.problems.empty());
}

TEST(SuppressionTest, DirectivesParseRulesAndReason) {
  Document document = BuildMarkdown(
      {Comment(" quoteaudit-ignore vague-source, unsourced-claim -- quoted from the filing "),
       Block("Text.")});
  std::vector<InputProblem> problems;
  std::vector<Directive> directives = ParseDirectives(document, Rules(), &problems);
  ASSERT_EQ(directives.size(), 1u);
  EXPECT_EQ(directives[0].kind, DirectiveKind::kIgnore);
  EXPECT_FALSE(directives[0].all_rules);
  EXPECT_EQ(directives[0].rules, (std::vector<std::string>{"vague-source", "unsourced-claim"}));
  EXPECT_EQ(directives[0].reason, "quoted from the filing");
  EXPECT_TRUE(problems.empty());
}

TEST(SuppressionTest, CommentsNotOnTheirOwnLineOrNotDirectivesAreIgnored) {
  Document document =
      BuildMarkdown({Block("Experts said so."), InlineComment(" quoteaudit-disable vague-source "),
                     Comment(" an editor's note about quoteaudit-disable "), Block("More.")});
  std::vector<Finding> findings = {At(document, 1, "vague-source")};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  EXPECT_TRUE(result.suppressed.empty());
  EXPECT_EQ(result.findings.size(), 1u);
  EXPECT_TRUE(result.problems.empty());
}

TEST(SuppressionTest, AnUnknownRuleIsAnInputProblemWithASuggestion) {
  Document document =
      BuildMarkdown({Block("Lead."), Comment(" quoteaudit-disable vague-sorce unsourced-claim "),
                     Block("Experts said so.")});
  std::vector<Finding> findings = {At(document, 1, "unsourced-claim"),
                                   At(document, 1, "vague-source")};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].message,
            "unknown rule \"vague-sorce\" in quoteaudit-disable (did you mean \"vague-source\"?); "
            "that rule id is ignored");
  EXPECT_EQ(result.problems[0].offset, document.comments[0].source.begin);
  EXPECT_EQ(LineOf(document, result.problems[0].offset), 3u);
  // The known rule still applies; the unknown one suppresses nothing.
  ASSERT_EQ(result.suppressed.size(), 1u);
  EXPECT_EQ(result.suppressed[0].finding.rule, "unsourced-claim");
  EXPECT_EQ(Rules(result.findings), (std::vector<std::string>{"vague-source"}));
}

TEST(SuppressionTest, AnUnknownRuleFarFromAnyGetsNoSuggestionAndAnUnknownWordIsReported) {
  Document document = BuildMarkdown({Comment(" quoteaudit-ignore marrow-bay "),
                                     Comment(" quoteaudit-disabel vague-source "), Block("Text.")});
  SuppressionResult result = ApplySuppressions(document, {}, Rules());
  ASSERT_EQ(result.problems.size(), 2u);
  EXPECT_EQ(result.problems[0].message,
            "unknown rule \"marrow-bay\" in quoteaudit-ignore; that rule id is ignored");
  EXPECT_EQ(result.problems[1].message,
            "unknown directive \"quoteaudit-disabel\" (did you mean \"quoteaudit-disable\"?); "
            "expected quoteaudit-disable, quoteaudit-enable or quoteaudit-ignore; the comment is "
            "ignored");
  // Neither is also reported as unused: each is already an input problem.
  EXPECT_TRUE(result.findings.empty());
}

TEST(SuppressionTest, ADirectiveThatSuppressesNothingIsReportedAtItsPlace) {
  Document document =
      BuildMarkdown({Block("Ines Koval said so."), Comment(" quoteaudit-ignore vague-source "),
                     Block("Marrow Bay council agreed."), Comment(" quoteaudit-disable "),
                     Block("End."), Comment(" quoteaudit-enable ")});
  std::vector<Finding> findings = {At(document, 1, "unsourced-claim")};  // not vague-source
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  std::vector<Finding> unused;
  for (const Finding& finding : result.findings) {
    if (finding.rule == "unused-suppression") unused.push_back(finding);
  }
  // The ignore suppressed nothing; the disable-all silenced nothing either
  // (the unsourced-claim finding stands before it); enable is never unused.
  ASSERT_EQ(unused.size(), 2u);
  EXPECT_EQ(unused[0].severity, Severity::kInfo);
  EXPECT_EQ(unused[0].span,
            (Span{document.comments[0].text_offset, document.comments[0].text_offset}));
  EXPECT_EQ(unused[0].message,
            "quoteaudit-ignore at line 3 suppresses nothing: no finding of vague-source in the "
            "next block; remove the directive or correct its rule list");
  EXPECT_EQ(unused[1].message,
            "quoteaudit-disable at line 7 suppresses nothing: no finding of any rule in the region "
            "it disables; remove the directive or correct its rule list");
}

TEST(SuppressionTest, UnusedIsNotReportedWhenOffOrWhenItsRulesAreOff) {
  Document document = BuildMarkdown({Comment(" quoteaudit-ignore vague-source "), Block("Text.")});
  SuppressionRules off = Rules();
  off.unused_severity = std::nullopt;
  EXPECT_TRUE(ApplySuppressions(document, {}, off).findings.empty());
  SuppressionRules rule_disabled = Rules();
  rule_disabled.enabled = {"unattributed-quote", "unsourced-claim", "unused-suppression"};
  EXPECT_TRUE(ApplySuppressions(document, {}, rule_disabled).findings.empty());
  SuppressionRules warning = Rules();
  warning.unused_severity = Severity::kWarning;
  std::vector<Finding> findings = ApplySuppressions(document, {}, warning).findings;
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
}

TEST(SuppressionTest, AnIgnoreWithNoBlockAfterItIsUnused) {
  Document document = BuildMarkdown({Block("Text."), Comment(" quoteaudit-ignore ")});
  std::vector<Finding> findings = ApplySuppressions(document, {}, Rules()).findings;
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "quoteaudit-ignore at line 3 suppresses nothing: no finding of any rule after it (no "
            "block follows); remove the directive or correct its rule list");
}

TEST(SuppressionTest, NoCommentsChangeNothing) {
  Document document = BuildMarkdown({Block("Experts said so.")});
  std::vector<Finding> findings = {At(document, 0, "vague-source")};
  SuppressionResult result = ApplySuppressions(document, findings, Rules());
  EXPECT_EQ(result.findings.size(), 1u);
  EXPECT_TRUE(result.suppressed.empty());
  EXPECT_TRUE(result.problems.empty());
}

// The whole audit with the built-in rules: the real vague-source check runs,
// then the directives apply.
class SuppressionAuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<RuleError> errors;
    auditor_ = Auditor::Create(test_scanner::BuiltinRules(), &errors);
    ASSERT_NE(auditor_, nullptr);
  }
  std::unique_ptr<Auditor> auditor_;
};

TEST_F(SuppressionAuditTest, AuditDocumentAppliesDirectivesAfterTheChecks) {
  Document document = BuildMarkdown(
      {Block("Experts said the dam at Marrow Bay was older than the records showed."),
       Comment(" quoteaudit-ignore vague-source -- the council names them in the next story "),
       Block("Observers said the spillway had cracked."),
       Comment(" quoteaudit-disable unsourced-claim "), Block("The lead paragraph ends here.")});
  AuditedFile audited = auditor_->AuditDocument(document);
  std::vector<std::string> kept = Rules(audited.findings);
  EXPECT_EQ(std::count(kept.begin(), kept.end(), "vague-source"), 1);
  ASSERT_EQ(audited.suppressed.size(), 1u);
  EXPECT_EQ(audited.suppressed[0].finding.rule, "vague-source");
  EXPECT_EQ(LineOf(document, audited.suppressed[0].directive.begin), 3u);
  EXPECT_EQ(std::count(kept.begin(), kept.end(), "unused-suppression"), 1)
      << "the disable of unsourced-claim suppresses nothing";
  EXPECT_TRUE(std::is_sorted(
      audited.findings.begin(), audited.findings.end(),
      [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; }));
}

TEST_F(SuppressionAuditTest, UnusedSuppressionFollowsTheRuleSet) {
  SuppressionRules rules = SuppressionRulesFor(test_scanner::BuiltinRules());
  ASSERT_TRUE(rules.unused_severity.has_value());
  EXPECT_EQ(*rules.unused_severity, Severity::kInfo);
  EXPECT_NE(std::find(rules.known.begin(), rules.known.end(), "vague-source"), rules.known.end());
}

// Reporters: counted in the summary, listed only when asked.
class SuppressionReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    document_ =
        BuildMarkdown({Block("Experts said so."), Comment(" quoteaudit-ignore vague-source "),
                       Block("Observers said so.")});
    Finding kept = At(document_, 0, "vague-source");
    kept.message = "vague source";
    findings_ = {kept};
    Finding hidden = At(document_, 1, "vague-source");
    hidden.message = "vague source";
    suppressed_ = {{hidden, document_.comments[0].source}};
  }
  FileReport Report() const {
    FileReport report{"story.md", &document_, &scan_, findings_, {}};
    report.suppressed = suppressed_;
    return report;
  }
  std::string Run(const std::string& format, bool show_suppressed) const {
    std::ostringstream out;
    ReportOptions options;
    options.show_suppressed = show_suppressed;
    std::unique_ptr<Reporter> reporter;
    if (format == "json") {
      reporter = std::make_unique<JsonReporter>(out, options);
    } else {
      reporter = std::make_unique<TextReporter>(out, options);
    }
    RunSummary summary;
    summary.Add(Report());
    reporter->AddFile(Report());
    reporter->Finish(summary);
    return out.str();
  }
  Document document_;
  ScanResult scan_;
  std::vector<Finding> findings_;
  std::vector<SuppressedFinding> suppressed_;
};

TEST_F(SuppressionReportTest, TextCountsSuppressedAndListsThemOnlyWhenAsked) {
  EXPECT_EQ(Run("text", false),
            "story.md:1:1: warning: vague source [vague-source]\n"
            "    Expe\n"
            "1 file, 0 quotes: 0 errors, 1 warning, 0 info, 1 suppressed\n");
  EXPECT_EQ(Run("text", true),
            "story.md:1:1: warning: vague source [vague-source]\n"
            "    Expe\n"
            "story.md:5:1: warning: vague source [vague-source] (suppressed by line 3)\n"
            "    Obse\n"
            "1 file, 0 quotes: 0 errors, 1 warning, 0 info, 1 suppressed\n");
}

TEST_F(SuppressionReportTest, JsonHasASummaryCountAndWithTheFlagASuppressedArray) {
  nlohmann::json plain = nlohmann::json::parse(Run("json", false));
  EXPECT_EQ(plain["summary"]["suppressed"], 1);
  EXPECT_FALSE(plain["files"][0].contains("suppressed"));
  EXPECT_EQ(plain["files"][0]["findings"].size(), 1u);

  nlohmann::json shown = nlohmann::json::parse(Run("json", true));
  const nlohmann::json& suppressed = shown["files"][0]["suppressed"];
  ASSERT_EQ(suppressed.size(), 1u);
  EXPECT_EQ(suppressed[0]["rule"], "vague-source");
  EXPECT_EQ(suppressed[0]["line"], 5);
  EXPECT_EQ(suppressed[0]["suppressed_by"]["line"], 3);
  EXPECT_EQ(suppressed[0]["suppressed_by"]["start"], document_.comments[0].source.begin);
}

TEST_F(SuppressionReportTest, NothingSuppressedKeepsTheOutputAsBefore) {
  suppressed_.clear();
  EXPECT_EQ(Run("text", false),
            "story.md:1:1: warning: vague source [vague-source]\n"
            "    Expe\n"
            "1 file, 0 quotes: 0 errors, 1 warning, 0 info\n");
  EXPECT_EQ(nlohmann::json::parse(Run("json", false))["summary"]["suppressed"], 0);
}

}  // namespace
}  // namespace qa
