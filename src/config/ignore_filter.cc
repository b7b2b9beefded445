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
  // No --include or --exclude given is an empty list: no path arithmetic
  // for every file of the walk.
  if (rules.empty()) return IgnoreMatch::kNone;
  fs::path relative = path.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") {
    return rules.MatchName(path.filename().string(), is_directory);
  }
  return rules.Match(relative.generic_string(), is_directory);
}

bool ReadText(const fs::path& file, std::string* text) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  if (in) out << in.rdbuf();
  if (!in || in.bad()) return false;
  *text = out.str();
  return true;
}

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

}  // namespace

IgnoreFilter::IgnoreFilter(ConfigResolver* configs) : configs_(configs) {}
IgnoreFilter::~IgnoreFilter() = default;

void IgnoreFilter::set_command_line(std::shared_ptr<const IgnoreRules> include,
                                    std::shared_ptr<const IgnoreRules> exclude, fs::path base) {
  include_ = std::move(include);
  exclude_ = std::move(exclude);
  base_ = std::move(base);
}

const IgnoreRules* IgnoreFilter::RulesInFile(const fs::path& file) {
  auto [it, is_new] = by_file_.try_emplace(file);
  if (!is_new) return it->second.get();
  std::error_code error;
  if (!fs::is_regular_file(file, error)) return nullptr;
  std::string shown = DisplayPath(file);
  std::string text;
  if (!ReadText(file, &text)) {
    errors_.push_back({shown, "", "cannot read the ignore file"});
    return nullptr;
  }
  it->second = IgnoreRules::ParseText(text, shown, &errors_);
  if (it->second->empty()) it->second.reset();
  return it->second.get();
}

const fs::path& IgnoreFilter::WorkTreeRoot(const fs::path& directory) {
  auto [it, is_new] = root_of_.try_emplace(directory);
  if (!is_new) return it->second;
  for (fs::path up = directory;; up = up.parent_path()) {
    std::error_code error;
    if (fs::exists(fs::symlink_status(up / ".git", error))) {
      it->second = up;
      break;
    }
    if (up == up.parent_path()) break;
  }
  return it->second;
}

fs::path IgnoreFilter::InfoExcludeOf(const fs::path& root) {
  fs::path git = root / ".git";
  std::error_code error;
  if (fs::is_directory(git, error)) return git / "info" / "exclude";
  // A linked work tree or submodule: ".git" is a file "gitdir: DIR"; a linked
  // work tree's DIR names the shared git directory in its "commondir" file.
  std::string text;
  if (!ReadText(git, &text) || !text.starts_with("gitdir:")) return {};
  std::string named = Trimmed(text.substr(7));
  named.erase(0, named.find_first_not_of(' '));
  fs::path git_dir = fs::path(named).is_absolute() ? fs::path(named) : root / named;
  std::string common;
  if (ReadText(git_dir / "commondir", &common)) git_dir = git_dir / Trimmed(common);
  return (git_dir / "info" / "exclude").lexically_normal();
}

const IgnoreFilter::DirectoryRules& IgnoreFilter::RulesFor(const fs::path& parent,
                                                           const Config* config) {
  auto [it, is_new] = by_directory_.try_emplace(parent.native());
  if (!is_new) return it->second;
  DirectoryRules& rules = it->second;
  if (defaults_) rules.defaults = defaults_(parent);
  if (const fs::path& root = WorkTreeRoot(parent); !root.empty()) {
    if (fs::path exclude = InfoExcludeOf(root); !exclude.empty()) {
      if (const IgnoreRules* in_file = RulesInFile(exclude))
        rules.files.emplace_back(in_file, root);
    }
    fs::path directory = root;
    fs::path below = parent.lexically_relative(root);
    for (auto part = below.begin();; ++part) {
      if (const IgnoreRules* in_file = RulesInFile(directory / kGitIgnoreFileName)) {
        rules.files.emplace_back(in_file, directory);
      }
      if (part == below.end() || *part == ".") break;
      directory /= *part;
    }
  }
  if (config != nullptr) rules.files.emplace_back(config->ignore_rules.get(), config->directory);
  // Ignore files from the root down: a deeper file's verdict overrides.
  fs::path directory;
  for (const fs::path& part : parent) {
    directory /= part;
    if (const IgnoreRules* in_file = RulesInFile(directory / kIgnoreFileName)) {
      rules.files.emplace_back(in_file, directory);
    }
  }
  return rules;
}

const fs::path* IgnoreFilter::DirectoryOf(const fs::path& path, std::string_view* name) {
  const std::string& given = path.native();
  const size_t slash = given.rfind('/');
  if (slash == std::string::npos || slash == 0) return nullptr;
  const std::string_view last = std::string_view(given).substr(slash + 1);
  if (last.empty() || last == "." || last == "..") return nullptr;
  const std::string_view directory = std::string_view(given).substr(0, slash);
  if (directory != last_given_directory_) {
    last_given_directory_.assign(directory);
    last_directory_ = AbsoluteNormal(fs::path(last_given_directory_));
  }
  *name = last;
  return &last_directory_;
}

WalkVerdict IgnoreFilter::Choose(const fs::path& path, bool is_directory) {
  // A name in the directory of the path asked last (a walk asks for every
  // entry of a directory in turn): its directory is made absolute and
  // normal once, not for every entry.
  std::string_view name;
  fs::path absolute;
  fs::path parent_of_other;
  fs::path name_of_other;
  const fs::path* parent = DirectoryOf(path, &name);
  if (parent != nullptr) {
    absolute = *parent / name;
  } else {
    absolute = AbsoluteNormal(path);
    if (!absolute.has_relative_path()) return WalkVerdict::kByExtension;  // the root itself
    parent_of_other = absolute.parent_path();
    parent = &parent_of_other;
    name_of_other = absolute.filename();
    name = name_of_other.native();
  }
  const Config* config = configs_ != nullptr ? configs_->ForDirectory(*parent) : nullptr;

  // "exclude" and "include": the config's, then the command line's.
  auto listed = [&](const IgnoreRules* from_config, const IgnoreRules* from_command_line) {
    IgnoreMatch match = IgnoreMatch::kNone;
    if (from_config != nullptr)
      match = MatchBelow(*from_config, config->directory, absolute, is_directory);
    if (from_command_line != nullptr) {
      IgnoreMatch given = MatchBelow(*from_command_line, base_, absolute, is_directory);
      if (given != IgnoreMatch::kNone) match = given;
    }
    return match == IgnoreMatch::kIgnore;  // here "ignore" means "listed"
  };
  if (listed(config ? config->exclude_rules.get() : nullptr, exclude_.get())) {
    return WalkVerdict::kLeaveOut;
  }
  bool included = listed(config ? config->include_rules.get() : nullptr, include_.get());
  bool any_include =
      (include_ != nullptr && !include_->empty()) ||
      (config != nullptr && config->include_rules && !config->include_rules->empty());

  IgnoreMatch verdict = IgnoreMatch::kNone;
  Source source = Source::kNone;
  auto apply = [&](IgnoreMatch match, Source from) {
    if (match == IgnoreMatch::kNone) return;
    verdict = match;
    source = from;
  };
  const DirectoryRules& rules = RulesFor(*parent, config);
  if (rules.defaults != nullptr) {
    apply(rules.defaults->MatchName(name, is_directory), Source::kDefaults);
  }
  for (const auto& [file_rules, base] : rules.files) {
    apply(MatchBelow(*file_rules, base, absolute, is_directory), Source::kOther);
  }

  if (verdict == IgnoreMatch::kIgnore && source == Source::kOther) return WalkVerdict::kLeaveOut;
  bool by_defaults = verdict == IgnoreMatch::kIgnore ||
                     (verdict == IgnoreMatch::kNone && include_only_.contains(*parent));
  if (is_directory) {
    if (!by_defaults || included) return WalkVerdict::kByExtension;
    if (!any_include) return WalkVerdict::kLeaveOut;
    include_only_.insert(absolute);  // an include may still take something inside
    return WalkVerdict::kByExtension;
  }
  if (included) return WalkVerdict::kTake;
  return by_defaults ? WalkVerdict::kLeaveOut : WalkVerdict::kByExtension;
}

bool IgnoreFilter::Ignored(const fs::path& path) {
  std::error_code error;
  bool is_directory = fs::is_directory(fs::symlink_status(AbsoluteNormal(path), error));
  return Choose(path, is_directory) == WalkVerdict::kLeaveOut;
}

}  // namespace qa
