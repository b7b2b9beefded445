// Turns command-line arguments into the ordered list of files to audit.
// Files named on the command line are taken as given, whatever their
// extension; directories are walked recursively, taking files whose
// extension is in CollectOptions::extensions (unless a hook says otherwise),
// in sorted path order so runs are deterministic. "-" stands for standard
// input.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "io/input_error.h"

namespace qa {

// What a walk hook says about one walked path.
enum class WalkChoice {
  kByExtension,  // a file: taken when its extension is listed; a directory: walked
  kLeaveOut,     // not taken (a directory: not walked into)
  kTake,         // a file taken whatever its extension
};

struct CollectOptions {
  // Lower-case extensions, with the dot, taken from walked directories. A
  // file named explicitly is always taken.
  std::vector<std::string> extensions = {".txt", ".md", ".markdown", ".html", ".htm"};
  // Files and directories whose name starts with "." (.git, .cache) are not
  // walked into; naming one explicitly still works.
  bool skip_hidden = true;
  // Hook for ignore rules: return true to leave out a walked file or to not
  // descend into a walked directory. Not applied to explicit arguments.
  std::function<bool(const std::filesystem::path&)> ignore;
  // Fuller hook, asked after `ignore`: may also take a file whose extension
  // is not listed. Not applied to explicit arguments.
  std::function<WalkChoice(const std::filesystem::path&, bool is_directory)> choose;
};

// What the walks left out, for a message when nothing is left to audit.
struct CollectStats {
  size_t files_left_out = 0;        // by a hook
  size_t directories_left_out = 0;  // by a hook (their contents are not counted)
  size_t directories_walked = 0;    // arguments that were directories
};

// One file to audit, or an argument or directory that could not be used.
// Errors stay in sequence with the files so reports follow argument order.
struct CollectedInput {
  std::string path;
  std::optional<InputError> error;
};

std::vector<CollectedInput> CollectInputs(const std::vector<std::string>& arguments,
                                          const CollectOptions& options = {},
                                          CollectStats* stats = nullptr);

}  // namespace qa
