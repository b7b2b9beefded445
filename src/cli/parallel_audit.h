// The ordered parallel pipeline of check and quotes (-j N): worker threads
// take the next input in turn and do the work that needs no other input; the
// calling thread takes the results back in input order, runs the ordered
// step (the cross-document checks) and reports each. At most a window of
// inputs is in flight, so memory stays bounded by about that many documents
// whatever the number of inputs.
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

#include "cli/auditor.h"
#include "cli/config_engines.h"
#include "io/input_collector.h"

namespace qa {

// -j's default: the machine's cores (1 when unknown).
unsigned DefaultJobs();

// How many results may wait, done or in progress, for `jobs` workers: enough
// that a slow input does not stall the others for long.
inline size_t InFlightWindow(unsigned jobs) { return 4 * static_cast<size_t>(jobs); }

// Calls consume(i, work(i)) for i = 0 .. count-1 in order on the calling
// thread; with jobs > 1, work runs on `jobs` threads, each on the lowest
// index not yet taken, no more than InFlightWindow(jobs) ahead of the next
// to consume. `work` must be safe to call from several threads at once. An
// exception from `work` is rethrown here, at its index, after the workers
// have stopped.
template <typename Result>
void RunInOrder(size_t count, unsigned jobs, const std::function<Result(size_t)>& work,
                const std::function<void(size_t, Result)>& consume) {
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) consume(i, work(i));
    return;
  }
  const size_t window = InFlightWindow(jobs);
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(window);  // index i lives in slots[i % window]
  std::mutex mutex;
  std::condition_variable changed;
  size_t next_to_take = 0;
  size_t next_to_consume = 0;
  bool stopping = false;

  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      changed.wait(lock, [&] {
        return stopping || next_to_take >= count || next_to_take < next_to_consume + window;
      });
      if (stopping || next_to_take >= count) return;
      const size_t index = next_to_take++;
      lock.unlock();
      std::optional<Result> result;
      std::exception_ptr error;
      try {
        result.emplace(work(index));
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      Slot& slot = slots[index % window];
      slot.result = std::move(result);
      slot.error = error;
      slot.done = true;
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const size_t workers = std::min<size_t>(jobs, count);
  threads.reserve(workers);
  for (size_t t = 0; t < workers; ++t) {
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {
      break;  // no thread to spare: go on with those there are
    }
  }
  if (threads.empty()) {
    for (size_t i = 0; i < count; ++i) consume(i, work(i));
    return;
  }
  auto stop = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopping = true;
    }
    changed.notify_all();
    for (std::thread& thread : threads) thread.join();
  };

  try {
    for (size_t i = 0; i < count; ++i) {
      std::optional<Result> result;
      {
        std::unique_lock<std::mutex> lock(mutex);
        Slot& slot = slots[i % window];
        changed.wait(lock, [&] { return slot.done; });
        if (slot.error) std::rethrow_exception(slot.error);
        result = std::move(slot.result);
        slot = Slot{};
        ++next_to_consume;
      }
      changed.notify_all();
      consume(i, std::move(*result));
    }
  } catch (...) {
    stop();
    throw;
  }
  stop();
}

// Audits inputs[i] under engine_of[i] for each i of `order`, `jobs` at a
// time (reading, scanning and the per-document checks on worker threads),
// and calls report(i, audited) on the calling thread in the order of
// `order`, after the cross-document checks have compared the input with
// every earlier one. An input that could not be collected is reported with
// its problem and no document.
void AuditInOrder(const std::vector<CollectedInput>& inputs, const std::vector<size_t>& order,
                  const std::vector<Engine*>& engine_of, unsigned jobs,
                  const std::function<void(size_t, AuditedFile)>& report);

}  // namespace qa
