// A .quoteaudit.json file, read and checked for shape: what it asks to change
// in the rules, extra rule directories, defaults for the --fail-level and
// --min-level flags and extra ignore patterns. Whether its rule ids and
// lexicon names exist is only known against a RuleSet (see config_apply.h).
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "config/ignore_rules.h"
#include "core/limits.h"
#include "core/severity.h"

namespace qa {

inline constexpr const char* kConfigFileName = ".quoteaudit.json";

// "rules": {"<id>": "warning"} or {"<id>": {"enabled": ..., "severity": ..., "options": ...}}.
struct RuleSetting {
  std::string id;
  std::string pointer;  // "/rules/<id>", where errors about it point
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  std::optional<nlohmann::json> options;  // an object, merged like a rule file's options
};

// "lexicons": {"<name>": {"add": [...], "remove": [...]}}.
struct LexiconEdit {
  std::string name;
  std::string pointer;  // "/lexicons/<name>"
  std::vector<std::string> add;
  std::vector<std::string> remove;
};

struct Config {
  std::string path;                 // as shown in messages ("site/.quoteaudit.json")
  std::filesystem::path directory;  // absolute; relative paths in the file start here
  std::vector<RuleSetting> rules;
  std::vector<LexiconEdit> lexicons;
  std::vector<std::string> rules_dirs;  // resolved against `directory`
  std::optional<Severity> min_level;
  // "fail_level": has_fail_level says whether the file sets it; fail_level
  // is then the level, or nullopt for "none" (never fail).
  bool has_fail_level = false;
  std::optional<Severity> fail_level;
  std::vector<std::string> ignore;                  // as written
  std::shared_ptr<const IgnoreRules> ignore_rules;  // `ignore`, compiled; never null

  // "include" and "exclude": walked paths to take whatever their extension
  // or the default skip list, and to leave out whatever else says.
  std::vector<std::string> include;                  // as written
  std::vector<std::string> exclude;                  // as written
  std::shared_ptr<const IgnoreRules> include_rules;  // compiled; never null
  std::shared_ptr<const IgnoreRules> exclude_rules;  // compiled; never null

  // "front_matter_fields": the front-matter fields audited in Markdown
  // articles (ReaderOptions::front_matter_fields); nullopt: the default list.
  std::optional<std::vector<std::string>> front_matter_fields;
  // "sources": the source records `quoteaudit verify` checks the quotes of
  // this config's articles against, as .gitignore-style patterns relative to
  // `directory` (docs/verify.md).
  std::vector<std::string> sources;

  // "limits": the defaults (core/limits.h) with the ones the file sets.
  Limits limits;
};

struct ConfigResult {
  Config config;
  std::vector<RuleError> errors;  // empty on success; each names the file and a JSON pointer
  bool ok() const { return errors.empty(); }
};

// Reads and checks the config file at `path`. `display_path` (default:
// `path`) is the name used in errors and in Config::path.
ConfigResult LoadConfig(const std::string& path, const std::string& display_path = "");

// The same for config text already in memory; `directory` is where the file
// lives (relative "rules_dirs" are resolved against it).
ConfigResult ParseConfig(std::string_view text, const std::string& display_path,
                         const std::filesystem::path& directory);

}  // namespace qa
