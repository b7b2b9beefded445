// The ordered parallel pipeline of check and quotes (-j N): worker threads
// take the next input in turn and do the work that needs no other input; the
// calling thread takes the results back in input order, runs the ordered
// step (the cross-document checks) and reports each. At most a window of
// inputs is in flight, so memory stays bounded by about that many documents
// whatever the number of inputs.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "cli/auditor.h"
#include "cli/config_engines.h"
#include "cli/ordered_stream.h"
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
  // The indices 0 .. count-1 as a stream (cli/ordered_stream.h), with no
  // more threads than inputs; the caller works too, since taking the next
  // index never waits.
  size_t next_index = 0;
  const std::function<std::optional<size_t>()> next = [&]() -> std::optional<size_t> {
    if (next_index >= count) return std::nullopt;
    return next_index++;
  };
  using Indexed = std::pair<size_t, Result>;
  const unsigned threads = count <= 1 ? 1 : static_cast<unsigned>(std::min<size_t>(jobs, count));
  RunStreamInOrder<size_t, Indexed>(
      next, threads, InFlightWindow(jobs),
      [&](size_t index) {
        return Indexed{index, work(index)};
      },
      [&](Indexed done) { consume(done.first, std::move(done.second)); },
      CallerRole::kConsumesAndWorks);
}

// Audits inputs[i] under engine_of[i] for each i of `order`, `jobs` at a
// time (reading, scanning and the per-document checks on worker threads),
// and calls report(i, audited) on the calling thread in the order of
// `order`, after the cross-document checks have compared the input with
// every earlier one. An input that could not be collected is reported with
// its problem and no document. report() may change `audited` but keeps
// nothing of it: what is left is destroyed on the thread that audited it
// (cli/hand_back.h).
void AuditInOrder(const std::vector<CollectedInput>& inputs, const std::vector<size_t>& order,
                  const std::vector<Engine*>& engine_of, unsigned jobs,
                  const std::function<void(size_t, AuditedFile&)>& report);

}  // namespace qa
