// What check's options for pull requests (--diff-base, --baseline,
// --update-baseline, --reference; docs/pull-requests.md) need for a run. All
// of it is read before anything is audited, so a wrong revision, a broken
// baseline or a mistyped archive path stops the run with nothing reported.
#pragma once

#include <optional>
#include <ostream>
#include <vector>

#include "cli/baseline.h"
#include "cli/diff_base.h"
#include "cli/options.h"
#include "cli/reference_inputs.h"
#include "io/input_collector.h"

namespace qa {

struct PullRequestInputs {
  std::optional<DiffBase> diff;                 // --diff-base
  std::optional<BaselinePaths> baseline_paths;  // --baseline
  // --baseline as read; with --update-baseline, the file being replaced
  // (empty when it does not exist yet).
  std::optional<Baseline> baseline;
  ReferenceFiles references;  // --reference
};

// Fills *prepared from `options` for a run over `inputs`; false with the
// reason on `err` (exit 2). Warnings about references go to `err` too.
bool PreparePullRequest(const Options& options, const std::vector<CollectedInput>& inputs,
                        const CollectOptions& collect, PullRequestInputs* prepared,
                        std::ostream& err);

}  // namespace qa
