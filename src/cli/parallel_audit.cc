#include "cli/parallel_audit.h"

#include <thread>

#include "cli/hand_back.h"

namespace qa {

unsigned DefaultJobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

void AuditInOrder(const std::vector<CollectedInput>& inputs, const std::vector<size_t>& order,
                  const std::vector<Engine*>& engine_of, unsigned jobs,
                  const std::function<void(size_t, AuditedFile&)>& report) {
  // An audit with the thread that made it, whose arena its memory goes back to.
  struct Prepared {
    PreparedAudit audit;
    std::thread::id thread = std::this_thread::get_id();
  };
  // What is left of a reported input: its file, and the digests Finish left.
  struct Spent {
    PreparedAudit prepared;
    AuditedFile file;
  };
  HandBack<Spent> spent;
  const std::function<Prepared(size_t)> prepare = [&](size_t k) {
    spent.DestroyMine();
    Prepared prepared;
    const size_t i = order[k];
    if (!inputs[i].error) {
      prepared.audit = engine_of[i]->auditor->PreparePath(inputs[i].path);
      return prepared;
    }
    prepared.audit.file.path = inputs[i].path;
    prepared.audit.file.problems.push_back({inputs[i].error->message, inputs[i].error->offset});
    prepared.audit.finished = true;
    return prepared;
  };
  const std::function<void(size_t, Prepared)> finish = [&](size_t k, Prepared prepared) {
    const size_t i = order[k];
    Spent done;
    done.file = prepared.audit.finished ? std::move(prepared.audit.file)
                                        : engine_of[i]->auditor->Finish(std::move(prepared.audit));
    report(i, done.file);
    done.prepared = std::move(prepared.audit);
    spent.Give(prepared.thread, std::move(done));
  };
  RunInOrder<Prepared>(order.size(), jobs, prepare, finish);
}

}  // namespace qa
