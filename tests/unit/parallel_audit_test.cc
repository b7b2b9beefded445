// The ordered pipeline behind -j (cli/parallel_audit.h): every index is
// worked once and consumed once, in order, whatever the number of threads,
// and an exception from the work reaches the caller.
#include "cli/parallel_audit.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace qa {
namespace {

TEST(RunInOrderTest, ConsumesEveryResultInInputOrder) {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    SCOPED_TRACE("jobs " + std::to_string(jobs));
    for (size_t count : {0u, 1u, 2u, 7u, 100u}) {
      std::atomic<size_t> worked{0};
      std::vector<size_t> consumed;
      RunInOrder<std::string>(
          count, jobs,
          [&](size_t i) {
            ++worked;
            // Uneven work, so later indexes often finish first.
            std::string text(1 + (i * 7919) % 97, 'x');
            return std::to_string(i) + ":" + std::to_string(text.size());
          },
          [&](size_t i, std::string result) {
            EXPECT_EQ(result, std::to_string(i) + ":" + std::to_string(1 + (i * 7919) % 97));
            consumed.push_back(i);
          });
      EXPECT_EQ(worked.load(), count);
      ASSERT_EQ(consumed.size(), count);
      for (size_t i = 0; i < count; ++i) EXPECT_EQ(consumed[i], i);
    }
  }
}

TEST(RunInOrderTest, NeverWorksFurtherAheadThanTheWindow) {
  const unsigned jobs = 3;
  std::atomic<size_t> consumed{0};
  std::atomic<size_t> furthest_ahead{0};
  RunInOrder<size_t>(
      200, jobs,
      [&](size_t i) {
        size_t ahead = i - std::min(i, consumed.load());
        size_t seen = furthest_ahead.load();
        while (ahead > seen && !furthest_ahead.compare_exchange_weak(seen, ahead)) {
        }
        return i;
      },
      [&](size_t i, size_t) { consumed = i + 1; });
  EXPECT_LE(furthest_ahead.load(), InFlightWindow(jobs));
}

TEST(RunInOrderTest, RethrowsTheWorksException) {
  for (unsigned jobs : {1u, 4u}) {
    std::vector<size_t> consumed;
    EXPECT_THROW(RunInOrder<size_t>(
                     50, jobs,
                     [](size_t i) -> size_t {
                       if (i == 17) throw std::runtime_error("broken input");
                       return i;
                     },
                     [&](size_t i, size_t) { consumed.push_back(i); }),
                 std::runtime_error);
    // Everything before the broken index was consumed, nothing after.
    ASSERT_EQ(consumed.size(), 17u);
    EXPECT_EQ(consumed.back(), 16u);
  }
}

TEST(DefaultJobsTest, IsAtLeastOne) { EXPECT_GE(DefaultJobs(), 1u); }

}  // namespace
}  // namespace qa
