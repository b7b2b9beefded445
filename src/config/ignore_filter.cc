#include "config/ignore_filter.h"

#include <fstream>
#include <sstream>

#include "config/config_discovery.h"
#include "config/config_resolver.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

// The verdict of `rules` for `path` (absolute), whose patterns are relative to `base`.
IgnoreMatch MatchBelow(const IgnoreRules& rules, const fs::path& base, const fs::path& path,
                       bool is_directory) {
  fs::path relative = path.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") {
    return rules.MatchName(path.filename().string(), is_directory);
  }
  return rules.Match(relative.generic_string(), is_directory);
}

}  // namespace

IgnoreFilter::IgnoreFilter(ConfigResolver* configs) : configs_(configs) {}
IgnoreFilter::~IgnoreFilter() = default;

const IgnoreRules* IgnoreFilter::RulesIn(const fs::path& directory) {
  auto [it, is_new] = by_directory_.try_emplace(directory);
  if (!is_new) return it->second.get();
  fs::path file = directory / kIgnoreFileName;
  std::error_code error;
  if (!fs::is_regular_file(file, error)) return nullptr;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  std::string shown = DisplayPath(file);
  if (!in || in.bad()) {
    errors_.push_back({shown, "", "cannot read the ignore file"});
    return nullptr;
  }
  it->second = IgnoreRules::ParseText(text.str(), shown, &errors_);
  if (it->second->empty()) it->second.reset();
  return it->second.get();
}

bool IgnoreFilter::Ignored(const fs::path& path) {
  fs::path absolute = AbsoluteNormal(path);
  if (!absolute.has_relative_path()) return false;  // the root itself
  std::error_code error;
  bool is_directory = fs::is_directory(fs::symlink_status(absolute, error));
  fs::path parent = absolute.parent_path();

  IgnoreMatch verdict = IgnoreMatch::kNone;
  if (configs_ != nullptr) {
    if (const Config* config = configs_->ForDirectory(parent)) {
      verdict = MatchBelow(*config->ignore_rules, config->directory, absolute, is_directory);
    }
  }
  // Ignore files from the root down: a deeper file's verdict overrides.
  fs::path directory;
  for (const fs::path& part : parent) {
    directory /= part;
    if (const IgnoreRules* rules = RulesIn(directory)) {
      IgnoreMatch match = MatchBelow(*rules, directory, absolute, is_directory);
      if (match != IgnoreMatch::kNone) verdict = match;
    }
  }
  return verdict == IgnoreMatch::kIgnore;
}

}  // namespace qa
