// --reference PATH: articles a run compares against without reporting on
// them (an archive). They are audited before the inputs, only so that the
// cross-document checks (duplicate-text, attribution-conflict) remember
// them: a changed story that copies a paragraph of the archive, or gives an
// archived quote to someone else, is reported on the story, with the archive
// copy as the related location. docs/pull-requests.md#--reference.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/input_collector.h"

namespace qa {

struct ReferenceFiles {
  std::vector<std::string> paths;  // files to audit first, in walk order
  // Folders or files the walks could not use; the run goes on without them.
  std::vector<std::string> warnings;
};

// Walks the --reference arguments as inputs are walked (`collect`: the same
// extensions and ignore rules) and leaves out every file that is also an
// input (same canonical path), so a story is never compared with itself.
// nullopt with *error set when an argument is "-" or does not exist: a
// mistyped archive path would otherwise compare against nothing.
std::optional<ReferenceFiles> CollectReferences(const std::vector<std::string>& arguments,
                                                const CollectOptions& collect,
                                                const std::vector<CollectedInput>& inputs,
                                                std::string* error);

}  // namespace qa
