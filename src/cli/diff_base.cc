#include "cli/diff_base.h"

#include <vector>

#include "cli/subprocess.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

// git's own message, first line only, trimmed ("fatal: ...").
std::string FirstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

SubprocessResult Git(const std::vector<std::string>& arguments,
                     const OutputSink& out_sink = nullptr) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return RunSubprocess(argv, out_sink);
}

constexpr const char* kFetchAdvice =
    "fetch more history (git fetch --deepen=100 origin, or git fetch --unshallow; in GitHub "
    "Actions, actions/checkout with fetch-depth: 0)";

}  // namespace

DiffBase::DiffBase(fs::path top, std::map<std::string, FileChanges> changes)
    : top_(std::move(top)), changes_(std::move(changes)) {}

std::optional<DiffBase> DiffBase::Load(const std::string& ref, std::string* error) {
  if (ref.empty() || ref.front() == '-') {
    *error = "--diff-base needs a git revision (a branch, tag or commit), not '" + ref + "'";
    return std::nullopt;
  }
  SubprocessResult top = Git({"rev-parse", "--show-toplevel"});
  if (top.exit_code < 0) {
    *error = "--diff-base needs git: " + top.error;
    return std::nullopt;
  }
  if (top.exit_code != 0) {
    *error = "--diff-base needs a git work tree holding the current directory; git says: " +
             FirstLine(top.err);
    return std::nullopt;
  }
  fs::path root = Trimmed(top.out);

  // --end-of-options: whatever REF says, git reads it as a revision.
  SubprocessResult known = Git({"-C", root.string(), "rev-parse", "--verify", "--quiet",
                                "--end-of-options", ref + "^{commit}"});
  if (known.exit_code != 0) {
    *error = "--diff-base " + ref + ": no such commit in this clone; " + kFetchAdvice;
    return std::nullopt;
  }
  SubprocessResult base = Git({"-C", root.string(), "merge-base", "--end-of-options", ref, "HEAD"});
  if (base.exit_code != 0) {
    *error = "--diff-base " + ref + ": the history does not reach back to where HEAD left " + ref +
             " (a shallow clone?); " + kFetchAdvice;
    if (!base.err.empty()) *error += " [git: " + FirstLine(base.err) + "]";
    return std::nullopt;
  }
  std::string fork_point = Trimmed(base.out);

  // Every option that user config could change is set here, so the patch has
  // one shape: no colour, no external diff tool, prefixes a/ and b/, paths
  // from the top folder, no renames, no context lines, hunks never merged.
  // Read as it streams: the patch holds every added line.
  GitDiffReader reader;
  SubprocessResult diff =
      Git({"-C", root.string(), "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff",
           "--no-textconv", "--no-renames", "--no-relative", "--unified=0",
           "--inter-hunk-context=0", "--src-prefix=a/", "--dst-prefix=b/", fork_point, "--"},
          [&reader](std::string_view piece) { reader.Feed(piece); });
  if (diff.exit_code != 0) {
    *error = "--diff-base " + ref +
             ": git diff failed: " + (diff.exit_code < 0 ? diff.error : FirstLine(diff.err));
    return std::nullopt;
  }
  std::map<std::string, FileChanges> changes = reader.Finish();

  SubprocessResult untracked =
      Git({"-C", root.string(), "ls-files", "--others", "--exclude-standard", "--full-name", "-z"});
  if (untracked.exit_code != 0) {
    *error = "--diff-base " + ref + ": git ls-files failed: " +
             (untracked.exit_code < 0 ? untracked.error : FirstLine(untracked.err));
    return std::nullopt;
  }
  for (size_t begin = 0; begin < untracked.out.size();) {
    size_t end = untracked.out.find('\0', begin);
    if (end == std::string::npos) end = untracked.out.size();
    if (end > begin) changes[untracked.out.substr(begin, end - begin)].whole_file = true;
    begin = end + 1;
  }
  std::error_code ignored;
  fs::path canonical_root = fs::weakly_canonical(root, ignored);
  return DiffBase(canonical_root.empty() ? root : canonical_root, std::move(changes));
}

const FileChanges* DiffBase::For(const std::string& path) const {
  if (path.empty() || path == "-") return nullptr;
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  if (error) return nullptr;
  fs::path relative = canonical.lexically_relative(top_);
  if (relative.empty() || *relative.begin() == "..") return nullptr;
  auto it = changes_.find(relative.generic_string());
  if (it == changes_.end() || it->second.empty()) return nullptr;
  return &it->second;
}

}  // namespace qa
