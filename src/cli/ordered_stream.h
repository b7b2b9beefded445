// An ordered parallel pipeline over a stream whose length is not known in
// advance (the lines of a JSON Lines archive, read one at a time): worker
// threads take the next item from the stream in turn and do the work that
// needs no other item; the calling thread takes the results back in stream
// order. At most a window of items is in flight, so memory stays bounded by
// about that many items however long the stream.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace qa {

// How many results in a row the workers let pile up before they wake the
// waiting caller of RunStreamInOrder (fewer when no more are coming soon).
inline constexpr size_t kCallerBatch = 4;

// Who does the work besides the worker threads.
enum class CallerRole {
  // The caller only consumes: for a stream whose next() may block (an
  // archive piped from a live source), where a caller waiting in next()
  // would hold back results already done.
  kConsumes,
  // The caller also works items while its next result is not ready, and
  // one worker fewer is started: `jobs` threads in all instead of jobs + 1
  // on `jobs` cores. Only for a next() that never blocks (a list of files).
  kConsumesAndWorks,
};

// Calls consume(work(item)) for each item next() yields, in the order it
// yields them, on the calling thread. next() is called by one thread at a
// time (reading stays sequential); with jobs > 1, work runs on `jobs`
// threads (the caller one of them under kConsumesAndWorks), no more than
// `window` items ahead of the next to consume. An exception from next() or
// work() is rethrown here, in stream order, after the workers have stopped.
template <typename Item, typename Result>
void RunStreamInOrder(const std::function<std::optional<Item>()>& next, unsigned jobs,
                      size_t window, const std::function<Result(Item)>& work,
                      const std::function<void(Result)>& consume,
                      CallerRole caller = CallerRole::kConsumes) {
  if (jobs <= 1 || window == 0) {
    while (std::optional<Item> item = next()) consume(work(std::move(*item)));
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(window);  // item k lives in slots[k % window]
  std::mutex reading;               // held by the thread calling next(); taken before `mutex`
  std::mutex mutex;
  // Two conditions, so that each event wakes only a thread it concerns (a
  // wake-up for nothing is a context switch, thousands in an archive run):
  // workers wait for room in the window, the caller for the next result.
  std::condition_variable room;
  std::condition_variable next_done;
  size_t taken = 0;        // items handed to workers so far
  size_t consumed = 0;     // items given to consume()
  bool exhausted = false;  // next() has returned nullopt (or thrown)
  size_t end = SIZE_MAX;   // the number of items, once exhausted
  bool stopping = false;

  // Whether the caller, waiting for the item after the last it consumed,
  // should wake now that item `index` is done. Not for every item: each
  // wake-up is a context switch or two, and a -j 2 run over 32,000 small
  // articles woke it 32,000 times (docs/performance.md). Only once
  // kCallerBatch items in a row are ready, or as many as there are when no
  // more can come before the caller takes some: every item taken is done,
  // the window is full, or the stream has ended.
  const size_t batch = std::min(kCallerBatch, window);
  auto caller_has_a_batch = [&](size_t index) {
    if (index < consumed || index >= consumed + batch) return false;
    size_t ready = 0;
    while (ready < batch && consumed + ready < taken && slots[(consumed + ready) % window].done) {
      ++ready;
    }
    return ready == batch ||
           (ready > 0 && (consumed + ready == taken || exhausted || taken >= consumed + window));
  };
  // Reads the next item and works it into its slot. Called with `lock` (on
  // `mutex`) and `read_lock` (on `reading`) held and room in the window;
  // returns with `lock` held, and false when the stream has ended (or
  // failed), `read_lock` then still held.
  auto take_and_work = [&](std::unique_lock<std::mutex>& lock,
                           std::unique_lock<std::mutex>& read_lock) {
    // The other lock is let go while it reads: a stream fed slowly (an
    // archive piped from a live source) must not keep the results already
    // done from the caller while it waits for its next line.
    lock.unlock();
    std::optional<Item> item;
    std::exception_ptr error;
    try {
      item = next();
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    const size_t index = taken;  // only the reader moves `taken`
    if (!item && !error) {
      exhausted = true;
      end = index;
      room.notify_all();
      next_done.notify_all();
      return false;
    }
    ++taken;
    if (error) {
      // The stream failed here: nothing after it is read.
      exhausted = true;
      end = index + 1;
      slots[index % window].error = error;
      slots[index % window].done = true;
      room.notify_all();
      next_done.notify_all();
      return false;
    }
    lock.unlock();
    read_lock.unlock();
    std::optional<Result> result;
    try {
      result.emplace(work(std::move(*item)));
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    Slot& slot = slots[index % window];
    slot.result = std::move(result);
    slot.error = error;
    slot.done = true;
    if (caller_has_a_batch(index)) next_done.notify_one();
    return true;
  };
  auto worker = [&] {
    while (true) {
      // One thread reads at a time, so items are numbered in stream order.
      std::unique_lock<std::mutex> read_lock(reading);
      std::unique_lock<std::mutex> lock(mutex);
      room.wait(lock, [&] { return stopping || exhausted || taken < consumed + window; });
      if (stopping || exhausted) return;
      if (!take_and_work(lock, read_lock)) return;
    }
  };
  // For the caller whose next result is not ready: takes an item and works
  // it, when there is room and the reader's lock is free at once (a worker
  // holding it may be waiting for room that only the caller can make, so
  // waiting for the lock could never end). Returns whether it let go of
  // `lock` on the way, worked or not: its next result may have come in the
  // meantime, and its wake-up with it, so the caller must look again before
  // it waits (not looking hung a -j 2 run).
  auto caller_tried_one = [&](std::unique_lock<std::mutex>& lock) {
    // (`stopping` is set by the caller itself, after its last look.)
    if (caller != CallerRole::kConsumesAndWorks) return false;
    if (exhausted || taken >= consumed + window) return false;
    lock.unlock();
    std::unique_lock<std::mutex> read_lock(reading, std::try_to_lock);
    lock.lock();
    if (read_lock.owns_lock() && !exhausted && taken < consumed + window) {
      take_and_work(lock, read_lock);
    }
    return true;
  };
  // The caller that works is one of the `jobs` threads.
  const unsigned workers = caller == CallerRole::kConsumesAndWorks ? jobs - 1 : jobs;
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (unsigned t = 0; t < workers; ++t) {
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {
      break;  // no thread to spare: go on with those there are
    }
  }
  if (threads.empty()) {
    while (std::optional<Item> item = next()) consume(work(std::move(*item)));
    return;
  }
  auto stop = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopping = true;
    }
    room.notify_all();
    next_done.notify_all();
    for (std::thread& thread : threads) thread.join();
  };
  try {
    for (size_t k = 0;; ++k) {
      std::optional<Result> result;
      {
        std::unique_lock<std::mutex> lock(mutex);
        Slot& slot = slots[k % window];
        while (!slot.done && !(exhausted && k >= end)) {
          if (!caller_tried_one(lock)) next_done.wait(lock);
        }
        if (!slot.done) break;  // the stream ended before item k
        if (slot.error) std::rethrow_exception(slot.error);
        result = std::move(slot.result);
        slot = Slot{};
        ++consumed;
      }
      room.notify_one();  // one more item may be taken
      consume(std::move(*result));
    }
  } catch (...) {
    stop();
    throw;
  }
  stop();
}

}  // namespace qa
