// Turns command-line arguments into the ordered list of files to audit.
// Files named on the command line are taken as given, whatever their
// extension; directories are walked recursively, taking files whose
// extension is in CollectOptions::extensions, in sorted path order so runs
// are deterministic. "-" stands for standard input.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "io/input_error.h"

namespace qa {

struct CollectOptions {
  // Lower-case extensions, with the dot, taken from walked directories. A
  // file named explicitly is always taken.
  std::vector<std::string> extensions = {".txt"};
  // Files and directories whose name starts with "." (.git, .cache) are not
  // walked into; naming one explicitly still works.
  bool skip_hidden = true;
  // Hook for ignore rules: return true to leave out a walked file or to not
  // descend into a walked directory. Not applied to explicit arguments.
  std::function<bool(const std::filesystem::path&)> ignore;
};

// One file to audit, or an argument or directory that could not be used.
// Errors stay in sequence with the files so reports follow argument order.
struct CollectedInput {
  std::string path;
  std::optional<InputError> error;
};

std::vector<CollectedInput> CollectInputs(const std::vector<std::string>& arguments,
                                          const CollectOptions& options = {});

}  // namespace qa
