// An auditor with a finding cap keeps only what a report lists: the same
// findings, in the same order, with the same fingerprints, as a full audit
// cut afterwards, and the rest counted.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "builtin_scanner.h"
#include "cli/auditor.h"
#include "io/markdown_reader.h"
#include "io/plain_text_reader.h"

namespace qa {
namespace {

// Repeated paragraphs and sentences (duplicate-text), the same words given
// to two people (attribution-conflict), unattributed quotes and vague
// sources: findings of several rules and levels at interleaved places.
std::string Story() {
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "\"The harbour wall will hold for another winter,\" said Orla Penhallow. ";
    text += "Experts said the tide gauges at Kestle Quay were out of date. ";
    text += "\"The wall will hold,\" said Tamsin Rowe.\n\n";
    text += "\"Nobody has checked the sluice gates in " + std::to_string(1990 + i) + ".\"\n\n";
  }
  return text;
}

class AuditorFindingCapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<RuleError> errors;
    full_ = Auditor::Create(test_scanner::BuiltinRules(), &errors);
    capped_ = Auditor::Create(test_scanner::BuiltinRules(), &errors);
    ASSERT_NE(full_, nullptr);
    ASSERT_NE(capped_, nullptr);
  }
  std::unique_ptr<Auditor> full_;
  std::unique_ptr<Auditor> capped_;
};

TEST_F(AuditorFindingCapTest, KeepsWhatTheReportListsAndCountsTheRest) {
  const FindingCap cap{12, Severity::kWarning, Severity::kError};
  capped_->set_finding_cap(cap);
  AuditedFile full = full_->AuditDocument(*LoadPlainText("harbour.txt", Story()).document);
  AuditedFile capped = capped_->AuditDocument(*LoadPlainText("harbour.txt", Story()).document);

  size_t listed = 0, prefix = 0;
  while (prefix < full.findings.size() && listed < cap.listed + 1) {
    listed += full.findings[prefix++].severity >= cap.min_level;
  }
  ASSERT_GT(full.findings.size(), prefix + 50) << "the story must give far more than the cap";
  ASSERT_EQ(capped.findings.size(), prefix);
  for (size_t i = 0; i < prefix; ++i) {
    EXPECT_EQ(capped.findings[i].rule, full.findings[i].rule) << i;
    EXPECT_EQ(capped.findings[i].span.begin, full.findings[i].span.begin) << i;
    EXPECT_EQ(capped.findings[i].message, full.findings[i].message) << i;
    EXPECT_EQ(capped.findings[i].fingerprint, full.findings[i].fingerprint) << i;
  }
  size_t later = 0;
  bool fails = false;
  for (size_t i = prefix; i < full.findings.size(); ++i) {
    later += full.findings[i].severity >= cap.min_level;
    fails |= full.findings[i].severity >= Severity::kError;
  }
  EXPECT_EQ(capped.left_out.listed_later, later);
  EXPECT_EQ(capped.left_out.fails, fails);
  EXPECT_EQ(full.left_out.listed_later, 0u);
}

TEST_F(AuditorFindingCapTest, DocumentWithInlineDirectivesKeepsEveryFinding) {
  // Suppression may silence any finding, so it must see all of them.
  capped_->set_finding_cap(FindingCap{3, Severity::kInfo, Severity::kError});
  const std::string markdown = "<!-- quoteaudit-ignore vague-source -->\n\n" + Story();
  AuditedFile full = full_->AuditDocument(*LoadMarkdown("harbour.md", markdown, {}).document);
  AuditedFile capped = capped_->AuditDocument(*LoadMarkdown("harbour.md", markdown, {}).document);
  EXPECT_GT(capped.findings.size(), 50u);
  EXPECT_EQ(capped.findings.size(), full.findings.size());
  EXPECT_EQ(capped.suppressed.size(), full.suppressed.size());
  EXPECT_EQ(capped.left_out.listed_later, 0u);
}

}  // namespace
}  // namespace qa
