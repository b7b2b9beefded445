// A run of a few small files narrows its patterns to the words of all of
// them (cli/batch_focus.h): which runs qualify, and that the narrowed
// patterns report exactly what the full ones do, for the offered files and
// for a text the offer never saw.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/auditor.h"
#include "cli/batch_focus.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"
#include "test_files.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

class BatchFocusTest : public ::testing::Test {
 protected:
  CollectedInput Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return CollectedInput{(dir_ / name).string(), std::nullopt};
  }

  test_files::TestFolder folder_{"qa_batch_focus_"};
  fs::path dir_ = folder_.path();
  Engine first_;
  Engine second_;
};

TEST_F(BatchFocusTest, JoinsEachEnginesFilesWhenTheyAreFewAndSmall) {
  std::vector<CollectedInput> inputs = {Write("a.txt", "Harbour"), Write("b.txt", "Quay"),
                                        Write("c.txt", "Lighthouse")};
  auto texts = SmallBatchTexts(inputs, {&first_, &second_, &first_});
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0].first, &first_);
  EXPECT_EQ(texts[0].second, "Harbour\nLighthouse\n");
  EXPECT_EQ(texts[1].first, &second_);
  EXPECT_EQ(texts[1].second, "Quay\n");
}

TEST_F(BatchFocusTest, LeavesOutFilesWithErrorsOrNoEngine) {
  std::vector<CollectedInput> inputs = {Write("a.txt", "Harbour"), Write("b.txt", "Quay"),
                                        Write("c.txt", "Lighthouse")};
  inputs[1].error = InputError{};
  auto texts = SmallBatchTexts(inputs, {&first_, &first_, nullptr});
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0].second, "Harbour\n");
}

TEST_F(BatchFocusTest, NothingForOneFileALargeBatchOrStandardInput) {
  std::vector<CollectedInput> one = {Write("a.txt", "Harbour")};
  EXPECT_TRUE(SmallBatchTexts(one, {&first_}).empty()) << "one file has its own focus";

  std::vector<CollectedInput> two = {Write("a.txt", std::string(600, 'a')),
                                     Write("b.txt", std::string(600, 'b'))};
  EXPECT_EQ(SmallBatchTexts(two, {&first_, &first_}, 1200).size(), 1u);
  EXPECT_TRUE(SmallBatchTexts(two, {&first_, &first_}, 1199).empty());

  std::vector<CollectedInput> with_stdin = {Write("a.txt", "Harbour"),
                                            CollectedInput{"-", std::nullopt}};
  EXPECT_TRUE(SmallBatchTexts(with_stdin, {&first_, &first_}).empty())
      << "standard input cannot be read twice";
  std::vector<CollectedInput> with_folder = {Write("a.txt", "Harbour"),
                                             CollectedInput{dir_.string(), std::nullopt}};
  EXPECT_TRUE(SmallBatchTexts(with_folder, {&first_, &first_}).empty());
}

// Vague sources, quotes with and without a speaker and a repeated
// sentence: most checks and attribution patterns have something to find.
std::string Story(const std::string& town, const std::string& speaker) {
  return "\"The ferry will run again in " + town + " by spring,\" said " + speaker +
         ", the harbour master.\n\nOfficials said the quay needed work. Residents who live "
         "near the slipway said they were worried.\n\n\"Nobody told us,\" one fisherman "
         "said. According to people familiar with the plans, the council will vote on "
         "Tuesday.\n\n\"We were never asked.\"\n\nOfficials said the quay needed work.\n";
}

std::vector<std::string> Findings(Auditor* auditor, const std::string& name,
                                  const std::string& text) {
  AuditedFile audited = auditor->AuditDocument(*LoadPlainText(name, text).document);
  std::vector<std::string> lines;
  for (const Finding& f : audited.findings) {
    lines.push_back(f.rule + " " + std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) +
                    " " + f.message);
  }
  for (const Quote& quote : audited.scan.quotes) {
    lines.push_back("quote " + std::to_string(quote.span.begin) + " entity " +
                    std::to_string(quote.attribution.entity) + " " + quote.attribution.rule);
  }
  return lines;
}

TEST(AuditorFocusOnTest, NarrowedToTheBatchReportsAsTheFullPatterns) {
  const std::string first = Story("Tarnmouth", "Ilse Varnholt");
  const std::string second = Story("Kessel Bay", "Oren Maddox");
  // Not offered: words the batch does not hold, so its searches take the
  // full patterns.
  const std::string other =
      "Observers believe the levy will pass, analysts told reporters. \"It is done,\" "
      "declared Petra Lind.\n";
  RuleLoadResult focused_rules = LoadRules({});
  RuleLoadResult full_rules = LoadRules({});
  std::vector<RuleError> errors;
  std::unique_ptr<Auditor> focused = Auditor::Create(focused_rules.rules, &errors);
  std::unique_ptr<Auditor> full = Auditor::Create(full_rules.rules, &errors);
  ASSERT_NE(focused, nullptr);
  ASSERT_NE(full, nullptr);
  focused->FocusOn(first + "\n" + second + "\n");
  ASSERT_NE(focused_rules.rules.pattern_focus()->runs(), nullptr);
  EXPECT_EQ(full_rules.rules.pattern_focus()->runs(), nullptr);

  const auto expected_first = Findings(full.get(), "a.txt", first);
  ASSERT_GT(expected_first.size(), 6u) << "the story must give findings and attributions";
  EXPECT_EQ(Findings(focused.get(), "a.txt", first), expected_first);
  EXPECT_EQ(Findings(focused.get(), "b.txt", second), Findings(full.get(), "b.txt", second));
  EXPECT_EQ(Findings(focused.get(), "c.txt", other), Findings(full.get(), "c.txt", other));
}

}  // namespace
}  // namespace qa
