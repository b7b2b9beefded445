#include "cli/ordered_stream.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace qa {
namespace {

// A stream of 0, 1, ..., count-1 read one at a time, as an archive's lines are.
std::function<std::optional<int>()> Counter(int count, int* next_value) {
  return [count, next_value]() -> std::optional<int> {
    if (*next_value >= count) return std::nullopt;
    return (*next_value)++;
  };
}

TEST(OrderedStreamTest, ResultsComeBackInStreamOrderWhateverTheWorkTakes) {
  for (unsigned jobs : {1u, 2u, 4u}) {
    int next_value = 0;
    std::vector<int> seen;
    RunStreamInOrder<int, int>(
        Counter(200, &next_value), jobs, 8,
        [](int item) {
          // Later items often finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((200 - item) % 7 * 50));
          return item * 10;
        },
        [&](int result) { seen.push_back(result); });
    ASSERT_EQ(seen.size(), 200u) << "jobs " << jobs;
    for (int i = 0; i < 200; ++i) EXPECT_EQ(seen[i], i * 10) << "jobs " << jobs;
  }
}

TEST(OrderedStreamTest, EveryResultArrivesWhateverTheWindowAndBatch) {
  // The caller is woken for a batch of results, or for fewer when no more
  // can come: a window smaller than a batch, a stream that ends inside one
  // and items finishing out of order must never leave it asleep (a hang
  // here is a failure by timeout).
  for (size_t window : {size_t{1}, size_t{2}, size_t{3}, kCallerBatch, kCallerBatch + 1}) {
    for (int count : {1, 2, 3, 5, 9, 40}) {
      for (unsigned jobs : {2u, 3u}) {
        int next_value = 0;
        std::vector<int> seen;
        RunStreamInOrder<int, int>(
            Counter(count, &next_value), jobs, window,
            [](int item) {
              std::this_thread::sleep_for(std::chrono::microseconds((item * 37) % 5 * 100));
              return item;
            },
            [&](int result) { seen.push_back(result); });
        ASSERT_EQ(seen.size(), static_cast<size_t>(count))
            << "window " << window << " count " << count << " jobs " << jobs;
        for (int i = 0; i < count; ++i) EXPECT_EQ(seen[static_cast<size_t>(i)], i);
      }
    }
  }
}

TEST(OrderedStreamTest, AResultIsHandedOnWhileTheNextItemIsStillBeingRead) {
  // An archive piped from a live source: its next line has not come yet,
  // and must not hold back the article already audited.
  for (unsigned jobs : {1u, 2u, 3u}) {
    std::mutex mutex;
    std::condition_variable consumed_one;
    int consumed = 0;
    int next_value = 0;
    RunStreamInOrder<int, int>(
        [&]() -> std::optional<int> {
          if (next_value == 2) return std::nullopt;
          if (next_value == 1 && jobs > 1) {
            // The next line comes only once item 0 is reported.
            std::unique_lock<std::mutex> lock(mutex);
            const bool arrived = consumed_one.wait_for(lock, std::chrono::seconds(10),
                                                       [&] { return consumed == 1; });
            EXPECT_TRUE(arrived) << "item 0 waited for the next read, jobs " << jobs;
          }
          return next_value++;
        },
        jobs, 8, [](int item) { return item; },
        [&](int) {
          std::lock_guard<std::mutex> lock(mutex);
          ++consumed;
          consumed_one.notify_all();
        });
    EXPECT_EQ(consumed, 2) << "jobs " << jobs;
  }
}

TEST(OrderedStreamTest, NoMoreThanTheWindowIsInFlight) {
  int next_value = 0;
  std::atomic<int> in_flight{0};
  std::atomic<int> most{0};
  int consumed = 0;
  const size_t window = 5;
  RunStreamInOrder<int, int>(
      [&]() -> std::optional<int> {
        if (next_value >= 100) return std::nullopt;
        // Read, not yet consumed: in flight until consume() sees it.
        int now = ++in_flight;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        return next_value++;
      },
      3, window, [](int item) { return item; },
      [&](int) {
        --in_flight;
        ++consumed;
      });
  EXPECT_EQ(consumed, 100);
  // The slot of an item is freed just before consume() sees it, so one more
  // item may be read in that moment.
  EXPECT_LE(most.load(), static_cast<int>(window) + 1);
}

TEST(OrderedStreamTest, AnEmptyStreamConsumesNothing) {
  int next_value = 0;
  int calls = 0;
  RunStreamInOrder<int, int>(
      Counter(0, &next_value), 4, 8, [](int item) { return item; }, [&](int) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(OrderedStreamTest, AFailureIsRethrownAfterEveryEarlierResult) {
  for (unsigned jobs : {1u, 3u}) {
    int next_value = 0;
    std::vector<int> seen;
    auto run = [&] {
      RunStreamInOrder<int, int>(
          Counter(50, &next_value), jobs, 4,
          [](int item) {
            if (item == 20) throw std::runtime_error("bad item");
            return item;
          },
          [&](int result) { seen.push_back(result); });
    };
    EXPECT_THROW(run(), std::runtime_error);
    ASSERT_EQ(seen.size(), 20u) << "jobs " << jobs;
    for (int i = 0; i < 20; ++i) EXPECT_EQ(seen[i], i);
  }
}

TEST(OrderedStreamTest, AReadErrorStopsTheStreamWhereItHappened) {
  int next_value = 0;
  std::vector<int> seen;
  auto run = [&] {
    RunStreamInOrder<int, int>(
        [&]() -> std::optional<int> {
          if (next_value == 7) throw std::runtime_error("read error");
          return next_value++;
        },
        2, 4, [](int item) { return item; }, [&](int result) { seen.push_back(result); });
  };
  EXPECT_THROW(run(), std::runtime_error);
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3, 4, 5, 6}));
}

TEST(OrderedStreamTest, ACallerThatWorksIsOneOfTheJobs) {
  // -j 2 over files is two threads, not two workers and a caller waking
  // between them. The first jobs - 1 items are held until a later item is
  // done: they hold jobs - 1 threads, so the later item needs one more, and
  // with at most `jobs` threads every one of them, the caller included, has
  // worked (or this waits out its ten seconds and fails). Holding only item
  // 0 with three jobs let two workers do everything now and then.
  for (unsigned jobs : {2u, 3u}) {
    std::mutex mutex;
    std::condition_variable changed;
    bool another_done = false;
    std::set<std::thread::id> workers;
    int next_value = 0;
    std::vector<int> seen;
    RunStreamInOrder<int, int>(
        Counter(20, &next_value), jobs, 8,
        [&](int item) {
          std::unique_lock<std::mutex> lock(mutex);
          workers.insert(std::this_thread::get_id());
          if (item < static_cast<int>(jobs) - 1) {
            EXPECT_TRUE(
                changed.wait_for(lock, std::chrono::seconds(10), [&] { return another_done; }))
                << "jobs " << jobs;
          } else {
            another_done = true;
            changed.notify_all();
          }
          return item;
        },
        [&](int result) { seen.push_back(result); }, CallerRole::kConsumesAndWorks);
    ASSERT_EQ(seen.size(), 20u);
    for (int i = 0; i < 20; ++i) EXPECT_EQ(seen[static_cast<size_t>(i)], i);
    EXPECT_EQ(workers.count(std::this_thread::get_id()), 1u) << "jobs " << jobs;
    EXPECT_LE(workers.size(), jobs);
  }
}

TEST(OrderedStreamTest, ACallerThatWorksKeepsOrderWindowAndFailures) {
  for (unsigned jobs : {2u, 3u}) {
    for (size_t window : {size_t{1}, size_t{2}, kCallerBatch + 1}) {
      int next_value = 0;
      std::vector<int> seen;
      std::atomic<int> in_flight{0};
      std::atomic<int> most{0};
      auto run = [&] {
        RunStreamInOrder<int, int>(
            [&]() -> std::optional<int> {
              if (next_value >= 60) return std::nullopt;
              const int now = ++in_flight;
              int was = most.load();
              while (now > was && !most.compare_exchange_weak(was, now)) {
              }
              return next_value++;
            },
            jobs, window,
            [](int item) {
              std::this_thread::sleep_for(std::chrono::microseconds((item * 37) % 5 * 100));
              if (item == 45) throw std::runtime_error("bad item");
              return item;
            },
            [&](int result) {
              --in_flight;
              seen.push_back(result);
            },
            CallerRole::kConsumesAndWorks);
      };
      EXPECT_THROW(run(), std::runtime_error);
      ASSERT_EQ(seen.size(), 45u) << "jobs " << jobs << " window " << window;
      for (int i = 0; i < 45; ++i) EXPECT_EQ(seen[static_cast<size_t>(i)], i);
      EXPECT_LE(most.load(), static_cast<int>(window) + 1);
    }
  }
}

// Runs `body`, and ends the test program with a failure if it has not
// returned within `seconds`: a hang is what these tests look for, and ctest
// would otherwise wait its whole timeout for it.
void EndsWithin(int seconds, const std::function<void()>& body) {
  std::promise<void> returned;
  std::future<void> done = returned.get_future();
  std::thread runner([&] {
    body();
    returned.set_value();
  });
  if (done.wait_for(std::chrono::seconds(seconds)) != std::future_status::ready) {
    std::fprintf(stderr, "the ordered pipeline hung: no result for %d s\n", seconds);
    std::_Exit(1);
  }
  runner.join();
}

TEST(OrderedStreamTest, ACallerThatWorksNeverMissesItsWakeUp) {
  // Items that take no time, so that results come in while the caller lets
  // go of the lock to take one: it must look at its slot again before it
  // sleeps, or it sleeps for good with every slot of a full window done.
  for (size_t window : {size_t{1}, size_t{2}, size_t{3}, kCallerBatch, size_t{8}, size_t{9}}) {
    for (unsigned jobs : {2u, 3u}) {
      EndsWithin(60, [&] {
        for (int round = 0; round < 20; ++round) {
          int next_value = 0;
          int seen = 0;
          RunStreamInOrder<int, int>(
              Counter(2000, &next_value), jobs, window, [](int item) { return item; },
              [&](int result) { EXPECT_EQ(result, seen++); }, CallerRole::kConsumesAndWorks);
          ASSERT_EQ(seen, 2000) << "window " << window << " jobs " << jobs;
        }
      });
    }
  }
}

}  // namespace
}  // namespace qa
