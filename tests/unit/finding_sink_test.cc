// A capped sink must list exactly what a report of every finding lists,
// and still count (and fail the run on) what it lets go.
#include "core/finding_sink.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace qa {
namespace {

Finding Make(size_t begin, std::string rule, Severity severity, std::string message) {
  Finding finding;
  finding.rule = std::move(rule);
  finding.severity = severity;
  finding.span = {begin, begin + 1};
  finding.message = std::move(message);
  return finding;
}

// Findings out of order, with ties (same place, same rule) that must keep
// the order they arrived in, and a mix of levels.
std::vector<Finding> Arrivals() {
  std::vector<Finding> all;
  for (size_t i = 0; i < 300; ++i) {
    size_t begin = (i * 37) % 101;  // revisits each place about three times
    Severity severity =
        i % 5 == 0 ? Severity::kInfo : (i % 7 == 0 ? Severity::kError : Severity::kWarning);
    all.push_back(Make(begin, i % 2 ? "duplicate-text" : "attribution-conflict", severity,
                       "arrival " + std::to_string(i)));
  }
  return all;
}

std::vector<std::string> Messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& finding : findings) out.push_back(finding.message);
  return out;
}

TEST(FindingSinkTest, CappedListIsThePrefixOfTheFullReport) {
  const FindingCap cap{10, Severity::kWarning, Severity::kError};
  std::vector<Finding> every;
  std::vector<Finding> capped;
  LeftOutFindings left_out;
  const FindingSink all_sink(&every);
  const FindingSink capped_sink(&capped, &cap, &left_out);
  for (const Finding& finding : Arrivals()) {
    all_sink.push_back(finding);
    capped_sink.push_back(finding);
  }
  EXPECT_LT(capped.size(), 60u) << "the list was cut while it grew";
  CutToCap(cap, &capped, &left_out);
  SortFindings(&every);

  // The capped list is the full report's prefix up to and including the
  // 11th finding at or above the level (the one the "more" line points at).
  size_t listed = 0, prefix = 0;
  while (listed < cap.listed + 1) listed += every[prefix++].severity >= cap.min_level;
  std::vector<Finding> expected(every.begin(), every.begin() + static_cast<long>(prefix));
  EXPECT_EQ(Messages(capped), Messages(expected));

  size_t later = 0, hidden = 0;
  bool fails = false;
  for (size_t i = prefix; i < every.size(); ++i) {
    later += every[i].severity >= cap.min_level;
    hidden += every[i].severity >= Severity::kError && every[i].severity < cap.min_level;
    fails |= every[i].severity >= Severity::kError;
  }
  EXPECT_EQ(left_out.listed_later, later);
  EXPECT_EQ(left_out.hidden_failing, hidden);
  EXPECT_EQ(left_out.fails, fails);
  EXPECT_TRUE(left_out.fails) << "an error past the cap still fails the run";
}

TEST(FindingSinkTest, ErrorsBelowTheListedLevelAreCountedAsHiddenFailing) {
  // --min-level error --fail-level warning: warnings fail but are not shown.
  const FindingCap cap{1, Severity::kError, Severity::kWarning};
  std::vector<Finding> capped;
  LeftOutFindings left_out;
  const FindingSink sink(&capped, &cap, &left_out);
  sink.push_back(Make(5, "vague-source", Severity::kWarning, "a"));
  sink.push_back(Make(1, "unattributed-quote", Severity::kError, "b"));
  sink.push_back(Make(9, "unattributed-quote", Severity::kError, "c"));
  sink.push_back(Make(12, "vague-source", Severity::kWarning, "d"));
  sink.push_back(Make(20, "unattributed-quote", Severity::kError, "e"));
  CutToCap(cap, &capped, &left_out);
  EXPECT_EQ(Messages(capped), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(left_out.listed_later, 1u);    // "e"
  EXPECT_EQ(left_out.hidden_failing, 1u);  // "d"
  EXPECT_TRUE(left_out.fails);
}

TEST(FindingSinkTest, UncappedSinkKeepsEveryFindingInArrivalOrder) {
  std::vector<Finding> every;
  const FindingSink sink(&every);
  for (const Finding& finding : Arrivals()) sink.push_back(finding);
  EXPECT_EQ(Messages(every), Messages(Arrivals()));
}

}  // namespace
}  // namespace qa
