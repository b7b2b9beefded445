#include "config/config_resolver.h"

#include <string_view>

#include "config/config_discovery.h"

namespace qa {

namespace fs = std::filesystem;

ConfigResolver::ConfigResolver(ConfigMode mode, std::string file)
    : mode_(mode), file_(std::move(file)) {}

const Config* ConfigResolver::Load(const std::string& path) {
  auto [it, is_new] = loaded_.try_emplace(path);
  if (!is_new) return it->second.get();
  ConfigResult result = LoadConfig(path);
  errors_.insert(errors_.end(), result.errors.begin(), result.errors.end());
  it->second = std::make_unique<Config>(std::move(result.config));
  return it->second.get();
}

const std::string& ConfigResolver::ConfigPathIn(const fs::path& directory) {
  if (auto it = found_in_.find(directory); it != found_in_.end()) return it->second;
  std::string found;
  std::error_code error;
  if (fs::is_regular_file(directory / kConfigFileName, error)) {
    found = DisplayPath(directory / kConfigFileName);
  } else if (directory.has_relative_path()) {
    found = ConfigPathIn(directory.parent_path());
  }
  return found_in_[directory] = found;
}

const Config* ConfigResolver::ForDirectory(const fs::path& directory) {
  switch (mode_) {
    case ConfigMode::kNone:
      return nullptr;
    case ConfigMode::kFile:
      return Load(file_);
    case ConfigMode::kDiscover: {
      const std::string& path = ConfigPathIn(directory);
      return path.empty() ? nullptr : Load(path);
    }
  }
  return nullptr;
}

const Config* ConfigResolver::ForInput(const std::string& input, bool is_file) {
  // Only discovery asks where the input lies, and a file's folder is its
  // parent: no look at the disk for each of an archive's files.
  if (mode_ != ConfigMode::kDiscover) return ForDirectory(fs::path());
  if (is_file && input != "-") {
    // A file's folder is what precedes its name, so two files spelt with
    // the same folder share it, with no path arithmetic for the second:
    // unless the name is "." or "..", which normalising would fold into it.
    const size_t slash = input.rfind('/');
    const std::string_view name =
        slash == std::string::npos ? input : std::string_view(input).substr(slash + 1);
    const std::string_view folder = slash == std::string::npos
                                        ? std::string_view()
                                        : std::string_view(input).substr(0, slash + 1);
    const bool plain_name = !name.empty() && name != "." && name != "..";
    if (plain_name && last_folder_ && *last_folder_ == folder) return last_config_;
    const Config* config = ForDirectory(AbsoluteNormal(input).parent_path());
    if (plain_name) {
      last_folder_ = std::string(folder);
      last_config_ = config;
    }
    return config;
  }
  return ForDirectory(SearchStart(input));
}

}  // namespace qa
