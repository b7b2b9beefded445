// Which config applies to each input, loading every config file once however
// many inputs share it. The CLI asks it for each audited file (to pick the
// rules) and the ignore filter asks it for each walked directory (for the
// config's "ignore" list).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"

namespace qa {

enum class ConfigMode {
  kDiscover,  // each input's nearest .quoteaudit.json (the default)
  kFile,      // --config FILE for every input
  kNone,      // --no-config
};

class ConfigResolver {
 public:
  // `file` is used with ConfigMode::kFile only.
  explicit ConfigResolver(ConfigMode mode, std::string file = "");

  // The config for `input` (a file, a directory or "-"), or nullptr when
  // none applies. A config with errors (see errors()) is still returned, with
  // the parts that were read correctly, so that checking it against the rules
  // can report its other mistakes in the same run; never audit with errors().
  // `is_file`: the caller knows the input is a file (an input the walk
  // collected), so its folder is found without asking the disk.
  const Config* ForInput(const std::string& input, bool is_file = false);
  // The config for files in `directory` (absolute and normal, see
  // AbsoluteNormal), or nullptr as above.
  const Config* ForDirectory(const std::filesystem::path& directory);

  // Every error of every config loaded so far, each config's errors once.
  const std::vector<RuleError>& errors() const { return errors_; }
  ConfigMode mode() const { return mode_; }

 private:
  const Config* Load(const std::string& path);
  // The config file that applies in `directory`, or "" for none; cached.
  const std::string& ConfigPathIn(const std::filesystem::path& directory);

  ConfigMode mode_;
  std::string file_;
  std::map<std::string, std::unique_ptr<Config>> loaded_;  // by path
  std::map<std::filesystem::path, std::string> found_in_;  // directory -> config path or ""
  std::vector<RuleError> errors_;
  // The folder (as spelt, up to its last '/') of the last file ForInput was
  // asked about, and its config: an archive's files come folder by folder.
  std::optional<std::string> last_folder_;
  const Config* last_config_ = nullptr;
};

}  // namespace qa
