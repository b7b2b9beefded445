// Objects made on one thread and done with on another, destroyed on the
// thread that made them. glibc's malloc gives each thread an arena of its
// own, and a free from another thread must take that arena's lock: with -j 2
// the caller freeing every article a worker had audited kept the worker
// waiting in malloc, and the kernel busy waking them (docs/performance.md,
// "Memory freed where it was allocated").
#pragma once

#include <algorithm>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace qa {

template <typename T>
class HandBack {
 public:
  // Done with `object`, made on thread `maker`: destroyed now when that is
  // this thread, else kept until `maker` calls DestroyMine (or this is
  // destroyed, for a thread that has stopped).
  void Give(std::thread::id maker, T object) {
    if (maker == std::this_thread::get_id()) return;  // `object` dies here, where it was made
    std::lock_guard<std::mutex> lock(mutex_);
    kept_.emplace_back(maker, std::move(object));
  }

  // Destroys what was given back to this thread, outside the lock.
  void DestroyMine() {
    std::vector<T> mine;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      const std::thread::id me = std::this_thread::get_id();
      const auto others_end = std::stable_partition(
          kept_.begin(), kept_.end(), [&](const auto& kept) { return kept.first != me; });
      for (auto it = others_end; it != kept_.end(); ++it) mine.push_back(std::move(it->second));
      kept_.erase(others_end, kept_.end());
    }
  }

  // How many objects wait for their threads.
  size_t kept() {
    std::lock_guard<std::mutex> lock(mutex_);
    return kept_.size();
  }

 private:
  std::mutex mutex_;
  std::vector<std::pair<std::thread::id, T>> kept_;
};

}  // namespace qa
