#include "config/config_discovery.h"

#include "config/config.h"

namespace qa {

namespace fs = std::filesystem;

fs::path AbsoluteNormal(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  if (error) absolute = path;
  absolute = absolute.lexically_normal();
  // "a/b/" normalises to "a/b/" (an empty last component); drop it.
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();
  return absolute;
}

fs::path SearchStart(const std::string& input) {
  if (input == "-") return AbsoluteNormal(fs::current_path());
  fs::path absolute = AbsoluteNormal(input);
  std::error_code error;
  if (fs::is_directory(absolute, error)) return absolute;
  return absolute.parent_path();
}

std::string DisplayPath(const fs::path& absolute) {
  std::error_code error;
  fs::path cwd = fs::current_path(error);
  if (error) return absolute.string();
  fs::path relative = absolute.lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") return absolute.string();
  return relative.string();
}

std::optional<std::string> FindConfigFrom(const fs::path& directory) {
  fs::path dir = AbsoluteNormal(directory);
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    std::error_code error;
    if (fs::is_regular_file(candidate, error)) return DisplayPath(candidate);
    if (!dir.has_relative_path()) return std::nullopt;  // the root
    dir = dir.parent_path();
  }
}

std::optional<std::string> FindConfigFor(const std::string& input) {
  return FindConfigFrom(SearchStart(input));
}

}  // namespace qa
