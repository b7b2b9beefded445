// The acceptance story for the source checks: the wire story in
// ../shared/samples/treaty-kcna.txt (read-only, outside the repository) run
// through the whole pipeline: reader, scanner, every built-in check. Skipped
// when the shared folder is absent, failed then under QA_REQUIRE_SHARED=1.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "io/document_reader.h"
#include "rules/rule_loader.h"
#include "scan/scanner.h"
#include "test_files.h"

namespace qa {
namespace {

const char kSample[] = QA_SOURCE_DIR "/../shared/samples/treaty-kcna.txt";

class TreatySampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QA_SHARED_PATH_OR_SKIP(kSample);
    RuleLoadResult loaded = LoadRules({});
    ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front().ToString();
    std::vector<RuleError> errors;
    auto scanner = Scanner::Create(loaded.rules, &errors);
    auto checks = MakeChecks(loaded.rules, &errors);
    ASSERT_TRUE(errors.empty()) << errors.front().ToString();
    ASSERT_NE(scanner, nullptr);
    LoadResult read = ReadDocument(kSample);
    ASSERT_TRUE(read.document.has_value());
    document_ = std::move(*read.document);
    ScanResult scan = scanner->Scan(document_);
    for (auto& check : checks) CheckDocument(*check, CheckContext{document_, scan}, &findings_);
  }

  std::vector<std::string> Texts(const std::string& rule) const {
    std::vector<std::string> texts;
    for (const Finding& finding : findings_) {
      if (finding.rule == rule) texts.emplace_back(document_.Text(finding.span));
    }
    return texts;
  }

  // The byte range of the first paragraph holding `word` (one word, so that
  // no text of the sample is copied here).
  Span Paragraph(std::string_view word) const {
    for (Span paragraph : document_.paragraphs) {
      if (document_.Text(paragraph).find(word) != std::string_view::npos) return paragraph;
    }
    ADD_FAILURE() << "no paragraph holds " << word;
    return Span{};
  }

  Document document_;
  std::vector<Finding> findings_;
};

TEST_F(TreatySampleTest, ExpertsAndObserversAreVagueSources) {
  std::vector<std::string> vague = Texts("vague-source");
  ASSERT_EQ(vague.size(), 2u) << ::testing::PrintToString(vague);
  EXPECT_TRUE(vague[0].starts_with("Experts")) << vague[0];
  EXPECT_TRUE(vague[1].starts_with("Observers")) << vague[1];
}

TEST_F(TreatySampleTest, ConsequenceFramingIsNotAnUnsourcedClaimByDefault) {
  // The paragraph on the two states' growing military ties.
  Span deepening = Paragraph("deepening");
  for (const Finding& finding : findings_) {
    if (finding.rule == "unsourced-claim") {
      EXPECT_FALSE(deepening.Overlaps(finding.span)) << finding.message;
    }
  }
}

TEST_F(TreatySampleTest, SeenAsUnderExpertsSaidIsNotReportedTwice) {
  // The experts' sentence holds "is seen as": the claim rests on the
  // experts, which vague-source reports.
  Span experts = Paragraph("Experts");
  for (const Finding& finding : findings_) {
    if (finding.rule == "unsourced-claim") {
      EXPECT_FALSE(experts.Overlaps(finding.span)) << finding.message;
    }
  }
}

TEST_F(TreatySampleTest, AttributedQuotesAreNotReported) {
  // Every quote in the story has a source: a document, a state, a news
  // agency (one through "it added") and a person. None is unattributed or in
  // conflict.
  EXPECT_TRUE(Texts("unattributed-quote").empty())
      << ::testing::PrintToString(Texts("unattributed-quote"));
  EXPECT_TRUE(Texts("attribution-conflict").empty());
  EXPECT_TRUE(Texts("unbalanced-quote").empty());
}

}  // namespace
}  // namespace qa
