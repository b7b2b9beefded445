// Which lines of which files a change touched, read from the patch text of
// `git diff --unified=0 --no-renames` (run by cli/diff_base.h). Only the new
// side matters: the lines as they are now, which findings are located on.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

// 1-based, inclusive.
struct LineRange {
  size_t first = 0;
  size_t last = 0;
};

// The changed lines of one file.
struct FileChanges {
  // Every line counts as changed: a file git cannot show line by line
  // (binary, by its reckoning) or one it does not track yet.
  bool whole_file = false;
  std::vector<LineRange> lines;  // in order, as the hunks come

  // Whether any line in [first, last] changed.
  bool Touches(size_t first, size_t last) const;
  bool empty() const { return !whole_file && lines.empty(); }
};

// Reads the patch as git writes it, in pieces of any size. Only header and
// hunk lines are kept, a line at a time; the changed text itself is skipped
// as it streams past, so a patch that adds a whole archive (or one 50 MB
// line) costs no memory.
//
// Changes are by path as git prints it: relative to the repository's top
// folder, forward slashes, unquoted (C-style quoting undone, so paths with
// spaces, tabs or non-ASCII letters come back as their bytes). A hunk that
// adds or rewrites lines marks those lines; a hunk that only deletes marks
// the line before and the line after the gap, since a removal changes what
// its neighbours say (an attribution taken away from a quote). A file that
// was deleted or only changed mode has no lines.
class GitDiffReader {
 public:
  void Feed(std::string_view piece);
  // The changes read; call once, after the last piece.
  std::map<std::string, FileChanges> Finish();

 private:
  void HandleLine(std::string_view line);

  std::map<std::string, FileChanges> changes_;
  FileChanges* current_ = nullptr;
  bool deleted_ = false;
  std::string line_;  // the kept line read so far
  bool at_line_start_ = true;
  bool skipping_ = false;  // inside a line that is not kept
};

// The whole patch at once (GitDiffReader).
std::map<std::string, FileChanges> ParseGitDiff(std::string_view patch);

// Undoes git's C-style quoting of a path ("a\tb" with the quotes, octal
// escapes for bytes); a path without quotes comes back unchanged.
std::string UnquoteGitPath(std::string_view quoted);

}  // namespace qa
