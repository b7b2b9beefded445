// Decides which walked paths to leave out, and which to take whatever their
// extension. From the lowest precedence to the highest:
//   1. the default skip list (the "walk-skip" lexicon of rules/walk-skip-lexicon.json,
//      matched against names, case-insensitively), given by set_defaults();
//   2. inside a git work tree (a directory with a .git entry at or above the
//      path), its .git/info/exclude and then the .gitignore of each directory
//      from the work tree's root down, as ripgrep and git read them;
//   3. the "ignore" list of the config that applies to the path (relative to
//      the config's directory);
//   4. the .quoteauditignore files in the walked directory and every
//      directory above it, root first.
// Each file's patterns are relative to its own directory and a later source
// overrides an earlier one. Then the "include" and "exclude" lists (the
// config's, then --include/--exclude given by set_command_line()): an
// include takes a file the extension list or the defaults (only) would leave
// out; an exclude leaves a path out whatever else says (exclude wins).
// Plug Choose() into CollectOptions; explicit arguments are never passed to
// it, so a file named on the command line is audited even if ignored.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "config/ignore_rules.h"

namespace qa {

class ConfigResolver;
struct Config;

inline constexpr const char* kIgnoreFileName = ".quoteauditignore";
inline constexpr const char* kGitIgnoreFileName = ".gitignore";

// Mirrors io's WalkChoice (config/ may not include io/).
enum class WalkVerdict {
  kByExtension,  // a file: taken when its extension is listed; a directory: walked
  kLeaveOut,     // not taken; a directory is not walked into
  kTake,         // a file taken whatever its extension
};

class IgnoreFilter {
 public:
  // `configs` gives each directory's config for its "ignore", "include" and
  // "exclude" lists; null to use ignore files only.
  explicit IgnoreFilter(ConfigResolver* configs);
  ~IgnoreFilter();

  // The default skip list for paths in `directory` (absolute), or null.
  using DefaultsFor = std::function<const IgnoreRules*(const std::filesystem::path& directory)>;
  void set_defaults(DefaultsFor defaults) { defaults_ = std::move(defaults); }
  // --include and --exclude, relative to `base` (absolute: the current directory).
  void set_command_line(std::shared_ptr<const IgnoreRules> include,
                        std::shared_ptr<const IgnoreRules> exclude, std::filesystem::path base);

  // The verdict on a path found by a directory walk. Reads each ignore file
  // once. Call for a directory before the paths inside it.
  WalkVerdict Choose(const std::filesystem::path& path, bool is_directory);
  // Whether Choose() leaves the path out.
  bool Ignored(const std::filesystem::path& path);

  // Ignore files that could not be read or held a bad pattern.
  const std::vector<RuleError>& errors() const { return errors_; }

 private:
  enum class Source { kNone, kDefaults, kOther };
  // What applies to every path in one directory: the default skip list
  // (source 1) and, in order, the rules of sources 2 to 4 with the
  // directory each is relative to. Worked out once per directory: walking
  // up and joining paths for each file was most of the cost of a walk.
  struct DirectoryRules {
    const IgnoreRules* defaults = nullptr;
    std::vector<std::pair<const IgnoreRules*, std::filesystem::path>> files;
  };
  // The rules for paths in `parent` (absolute), whose config is `config`; cached.
  const DirectoryRules& RulesFor(const std::filesystem::path& parent, const Config* config);
  // The directory `path` names an entry of, absolute and normal, with the
  // entry's name in *name; null when its last element is not a plain name
  // ("a/..", "/a", "b"). Remembered for the directory asked last.
  const std::filesystem::path* DirectoryOf(const std::filesystem::path& path,
                                           std::string_view* name);
  // The rules in `file`, or null when it does not exist or is empty; cached.
  const IgnoreRules* RulesInFile(const std::filesystem::path& file);
  // The git work tree `directory` is in ("" for none); cached.
  const std::filesystem::path& WorkTreeRoot(const std::filesystem::path& directory);
  // The work tree's .git/info/exclude (following a .git file to its git directory).
  std::filesystem::path InfoExcludeOf(const std::filesystem::path& root);

  ConfigResolver* configs_;
  DefaultsFor defaults_;
  std::shared_ptr<const IgnoreRules> include_;
  std::shared_ptr<const IgnoreRules> exclude_;
  std::filesystem::path base_;
  std::map<std::filesystem::path, std::shared_ptr<const IgnoreRules>> by_file_;
  std::map<std::filesystem::path, std::filesystem::path> root_of_;
  std::unordered_map<std::string, DirectoryRules> by_directory_;  // by the directory's path
  // Directories the defaults skip but that were walked into because include
  // patterns are given: inside them only included files are taken.
  std::set<std::filesystem::path> include_only_;
  std::string last_given_directory_;      // DirectoryOf's last directory, as given
  std::filesystem::path last_directory_;  // ... and absolute and normal
  std::vector<RuleError> errors_;
};

}  // namespace qa
