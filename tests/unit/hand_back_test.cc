// Objects handed back to the thread that made them (cli/hand_back.h): the
// memory of an article a worker audited goes back to that worker's arena.
#include "cli/hand_back.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace qa {
namespace {

// Records the thread each object dies on, by the object's number.
class DeathLog {
 public:
  void Died(int number) {
    std::lock_guard<std::mutex> lock(mutex_);
    died_on_[number] = std::this_thread::get_id();
  }
  std::map<int, std::thread::id> died_on() {
    std::lock_guard<std::mutex> lock(mutex_);
    return died_on_;
  }

 private:
  std::mutex mutex_;
  std::map<int, std::thread::id> died_on_;
};

// Movable; only the object that still owns its number logs its death.
class Tracked {
 public:
  Tracked(int number, DeathLog* log) : number_(number), log_(log) {}
  Tracked(Tracked&& other) noexcept : number_(other.number_), log_(other.log_) {
    other.log_ = nullptr;
  }
  Tracked& operator=(Tracked&& other) noexcept {
    std::swap(number_, other.number_);
    std::swap(log_, other.log_);
    return *this;
  }
  ~Tracked() {
    if (log_ != nullptr) log_->Died(number_);
  }

 private:
  int number_;
  DeathLog* log_;
};

TEST(HandBackTest, TheMakerDestroysWhatWasGivenBackToIt) {
  DeathLog log;
  HandBack<Tracked> back;
  std::mutex mutex;
  std::condition_variable changed;
  bool given = false;
  bool destroyed = false;
  std::thread::id worker_id;
  std::thread worker([&] {
    std::unique_lock<std::mutex> lock(mutex);
    worker_id = std::this_thread::get_id();
    changed.notify_all();
    changed.wait(lock, [&] { return given; });
    lock.unlock();
    back.DestroyMine();
    lock.lock();
    destroyed = true;
    changed.notify_all();
  });
  {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] { return worker_id != std::thread::id(); });
  }
  back.Give(worker_id, Tracked(1, &log));
  back.Give(std::this_thread::get_id(), Tracked(2, &log));  // the caller's own: at once
  EXPECT_EQ(log.died_on().at(2), std::this_thread::get_id());
  // Another thread's call leaves the worker's object alone.
  back.DestroyMine();
  EXPECT_EQ(log.died_on().count(1), 0u);
  EXPECT_EQ(back.kept(), 1u);
  {
    std::unique_lock<std::mutex> lock(mutex);
    given = true;
    changed.notify_all();
    changed.wait(lock, [&] { return destroyed; });
  }
  worker.join();
  EXPECT_EQ(log.died_on().at(1), worker_id);
  EXPECT_EQ(back.kept(), 0u);
}

TEST(HandBackTest, WhatAStoppedThreadLeftDiesWithTheHandBack) {
  DeathLog log;
  {
    HandBack<Tracked> back;
    std::thread::id gone;
    std::thread worker([&] { gone = std::this_thread::get_id(); });
    worker.join();
    back.Give(gone, Tracked(7, &log));
    EXPECT_TRUE(log.died_on().empty());
  }
  EXPECT_EQ(log.died_on().count(7), 1u);
}

}  // namespace
}  // namespace qa
