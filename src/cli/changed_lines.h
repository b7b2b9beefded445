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

// Changes by path as git prints it: relative to the repository's top
// folder, forward slashes, unquoted (C-style quoting undone, so paths with
// spaces, tabs or non-ASCII letters come back as their bytes). A hunk that
// adds or rewrites lines marks those lines; a hunk that only deletes marks
// the line before and the line after the gap, since a removal changes what
// its neighbours say (an attribution taken away from a quote). A file that
// was deleted or only changed mode has no entry or no lines.
std::map<std::string, FileChanges> ParseGitDiff(std::string_view patch);

// Undoes git's C-style quoting of a path ("a\tb" with the quotes, octal
// escapes for bytes); a path without quotes comes back unchanged.
std::string UnquoteGitPath(std::string_view quoted);

}  // namespace qa
