#include "cli/parallel_audit.h"

#include <thread>

namespace qa {

unsigned DefaultJobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

void AuditInOrder(const std::vector<CollectedInput>& inputs, const std::vector<size_t>& order,
                  const std::vector<Engine*>& engine_of, unsigned jobs,
                  const std::function<void(size_t, AuditedFile)>& report) {
  const std::function<PreparedAudit(size_t)> prepare = [&](size_t k) {
    const size_t i = order[k];
    if (!inputs[i].error) return engine_of[i]->auditor->PreparePath(inputs[i].path);
    PreparedAudit skipped;
    skipped.file.path = inputs[i].path;
    skipped.file.problems.push_back({inputs[i].error->message, inputs[i].error->offset});
    skipped.finished = true;
    return skipped;
  };
  const std::function<void(size_t, PreparedAudit)> finish = [&](size_t k, PreparedAudit prepared) {
    const size_t i = order[k];
    report(i, prepared.finished ? std::move(prepared.file)
                                : engine_of[i]->auditor->Finish(std::move(prepared)));
  };
  RunInOrder<PreparedAudit>(order.size(), jobs, prepare, finish);
}

}  // namespace qa
