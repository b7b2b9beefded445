// Decides which walked paths to leave out: the .quoteauditignore files in the
// walked directory and every directory above it (each file's patterns are
// relative to its own directory, and a deeper file overrides a shallower one,
// as with .gitignore), then, with the lowest precedence, the "ignore" list of
// the config that applies to the path (relative to the config's directory).
// Plug Ignored() into CollectOptions::ignore; explicit arguments are never
// passed to it, so a file named on the command line is audited even if
// ignored.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/ignore_rules.h"

namespace qa {

class ConfigResolver;

inline constexpr const char* kIgnoreFileName = ".quoteauditignore";

class IgnoreFilter {
 public:
  // `configs` gives each directory's config for its "ignore" list; null to
  // use .quoteauditignore files only.
  explicit IgnoreFilter(ConfigResolver* configs);
  ~IgnoreFilter();

  // Whether a path found by a directory walk is left out (a directory: not
  // walked into). Reads each directory's ignore file once.
  bool Ignored(const std::filesystem::path& path);

  // Ignore files that could not be read or held a bad pattern.
  const std::vector<RuleError>& errors() const { return errors_; }

 private:
  // The rules of `directory`'s .quoteauditignore, or null when it has none.
  const IgnoreRules* RulesIn(const std::filesystem::path& directory);

  ConfigResolver* configs_;
  std::map<std::filesystem::path, std::shared_ptr<const IgnoreRules>> by_directory_;
  std::vector<RuleError> errors_;
};

}  // namespace qa
