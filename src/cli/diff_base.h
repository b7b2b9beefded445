// --diff-base REF: the lines changed since the point where the current
// branch left REF. Asks git (which must be on PATH) for
//   merge-base REF HEAD          the fork point (a shallow clone may lack it)
//   diff MERGE-BASE              from there to the work tree: commits on this
//                                branch, staged and unstaged edits
//   ls-files --others            new files git does not track yet
// so a pull request's check sees what the pull request changed, and the same
// command run locally also sees edits not yet committed. docs/pull-requests.md.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "cli/changed_lines.h"

namespace qa {

class DiffBase {
 public:
  // The changes since `ref`, asked of the git work tree holding the current
  // directory. nullopt with *error set when git is missing, the current
  // directory is not in a work tree, `ref` is unknown or the history does not
  // reach back to the fork point (a shallow clone): each message says what to
  // do about it.
  static std::optional<DiffBase> Load(const std::string& ref, std::string* error);

  // For tests: changes given by path relative to `top` (the work tree's top
  // folder).
  DiffBase(std::filesystem::path top, std::map<std::string, FileChanges> changes);

  // The changes of `path` (as given on the command line or walked; relative
  // to the current directory or absolute); nullptr when the file did not
  // change or is outside the work tree.
  const FileChanges* For(const std::string& path) const;

 private:
  std::filesystem::path top_;  // canonical
  std::map<std::string, FileChanges> changes_;
};

}  // namespace qa
