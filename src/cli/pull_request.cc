#include "cli/pull_request.h"

#include <filesystem>

namespace qa {

bool PreparePullRequest(const Options& options, const std::vector<CollectedInput>& inputs,
                        const CollectOptions& collect, PullRequestInputs* prepared,
                        std::ostream& err) {
  std::string error;
  if (!options.diff_base.empty()) {
    for (const CollectedInput& input : inputs) {
      if (input.path == "-") {
        err << "quoteaudit: --diff-base cannot tell what changed in standard input; name the "
               "files or folders\n";
        return false;
      }
    }
    prepared->diff = DiffBase::Load(options.diff_base, &error);
    if (!prepared->diff) {
      err << "quoteaudit: " << error << '\n';
      return false;
    }
  }
  if (!options.baseline_file.empty()) {
    prepared->baseline_paths.emplace(options.baseline_file);
    std::error_code ignored;
    // --update-baseline creates the file; it only reads one that is there
    // (to keep the entries of files this run does not audit).
    if (!options.update_baseline || std::filesystem::exists(options.baseline_file, ignored)) {
      prepared->baseline = Baseline::Load(options.baseline_file, &error);
      if (!prepared->baseline) {
        err << "quoteaudit: " << error << '\n';
        return false;
      }
    }
  }
  if (!options.references.empty()) {
    std::optional<ReferenceFiles> references =
        CollectReferences(options.references, collect, inputs, &error);
    if (!references) {
      err << "quoteaudit: " << error << '\n';
      return false;
    }
    for (const std::string& warning : references->warnings) {
      err << "quoteaudit: warning: " << warning << '\n';
    }
    prepared->references = std::move(*references);
  }
  return true;
}

}  // namespace qa
