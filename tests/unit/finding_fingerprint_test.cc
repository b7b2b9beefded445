// Fingerprints must survive edits elsewhere in the file and keep identical
// findings apart: baselines and SARIF's partialFingerprints depend on both.
#include "core/finding_fingerprint.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/plain_text_reader.h"

namespace qa {
namespace {

Document Load(const std::string& text) { return *LoadPlainText("story.txt", text).document; }

Finding At(const Document& document, const std::string& needle, size_t from = 0) {
  size_t at = document.text.find(needle, from);
  Finding finding;
  finding.rule = "vague-source";
  finding.span = {at, at + needle.size()};
  return finding;
}

std::string Fingerprint(const Document& document, Finding finding) {
  std::vector<Finding> findings{std::move(finding)};
  FingerprintFindings(document, findings);
  return findings[0].fingerprint;
}

TEST(FindingFingerprintTest, SurvivesEditsInOtherParagraphs) {
  Document before = Load("Council meets.\n\nExperts said the bridge was unsafe.\n");
  Document after = Load(
      "Council meets on Tuesday after a long delay.\n\nA new paragraph.\n\n"
      "Experts said the bridge was unsafe.\n");
  EXPECT_EQ(Fingerprint(before, At(before, "Experts")), Fingerprint(after, At(after, "Experts")));
}

TEST(FindingFingerprintTest, IgnoresCaseSpacingAndLineEndings) {
  Document before = Load("Intro.\n\nExperts said the bridge was unsafe.\n");
  Document after = Load("Intro.\r\n\r\nExperts  said\tthe BRIDGE was unsafe.\r\n");
  EXPECT_EQ(Fingerprint(before, At(before, "Experts")), Fingerprint(after, At(after, "Experts")));
}

TEST(FindingFingerprintTest, ChangesWithTheRuleTheTextOrItsContext) {
  Document document = Load("Experts said the bridge was unsafe.\n");
  Finding finding = At(document, "Experts");
  std::string original = Fingerprint(document, finding);
  finding.rule = "unsourced-claim";
  EXPECT_NE(Fingerprint(document, finding), original);
  Document reworded = Load("Experts warned the bridge was unsafe.\n");
  EXPECT_NE(Fingerprint(reworded, At(reworded, "Experts")), original);
}

TEST(FindingFingerprintTest, IdenticalFindingsStayDistinct) {
  Document document = Load("Sign up now.\n\nSign up now.\n");
  std::vector<Finding> findings{At(document, "Sign up now."), At(document, "Sign up now.", 5)};
  FingerprintFindings(document, findings);
  EXPECT_NE(findings[0].fingerprint, findings[1].fingerprint);
  EXPECT_EQ(findings[0].fingerprint.substr(0, 16), findings[1].fingerprint.substr(0, 16));
  EXPECT_EQ(findings[0].fingerprint.substr(16), ":1");
  EXPECT_EQ(findings[1].fingerprint.substr(16), ":2");
}

}  // namespace
}  // namespace qa
