#include "cli/reference_inputs.h"

#include <filesystem>
#include <set>

namespace qa {
namespace {

namespace fs = std::filesystem;

// The file's path with symbolic links and "." / ".." resolved, so two
// spellings of one file compare equal.
std::string CanonicalPath(const std::string& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? path : canonical.string();
}

}  // namespace

std::optional<ReferenceFiles> CollectReferences(const std::vector<std::string>& arguments,
                                                const CollectOptions& collect,
                                                const std::vector<CollectedInput>& inputs,
                                                std::string* error) {
  for (const std::string& argument : arguments) {
    std::error_code ignored;
    if (argument == "-") {
      *error = "--reference needs a file or folder; standard input cannot be one";
      return std::nullopt;
    }
    if (!fs::exists(argument, ignored)) {
      *error = "--reference " + argument + ": no such file or directory";
      return std::nullopt;
    }
  }
  std::set<std::string> input_files;
  for (const CollectedInput& input : inputs) {
    if (!input.error && input.path != "-") input_files.insert(CanonicalPath(input.path));
  }
  ReferenceFiles references;
  std::set<std::string> taken;
  size_t found = 0;
  for (const CollectedInput& file : CollectInputs(arguments, collect)) {
    if (file.error) {
      references.warnings.push_back("reference " + file.path +
                                    " not compared: " + file.error->message);
      continue;
    }
    ++found;
    std::string canonical = CanonicalPath(file.path);
    // An input is audited as an input; a file reached by two arguments once.
    if (input_files.count(canonical) > 0 || !taken.insert(canonical).second) continue;
    references.paths.push_back(file.path);
  }
  if (found == 0 && !arguments.empty()) {
    references.warnings.push_back(
        "no articles under the --reference paths; nothing to compare "
        "with");
  }
  return references;
}

}  // namespace qa
