// The audit engines of one run, one per distinct config: each config's rules
// (built-in + --rules + the config), scanner and checks are built once and
// shared by every file the config covers. Files under different configs get
// different engines, but the cross-file checks of every engine share one
// memory, so a copy is found whichever configs the two files fall under
// (docs/config.md).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/auditor.h"
#include "cli/options.h"
#include "config/config_resolver.h"
#include "config/effective_config.h"
#include "config/ignore_filter.h"
#include "io/input_format.h"
#include "rules/rule_set.h"

namespace qa {

struct Engine {
  const Config* config = nullptr;  // null: no config applies
  RuleSet rules;
  std::vector<std::string> rule_dirs;  // --rules, then the config's rules_dirs
  RunLevels levels;                    // flags over config over defaults
  std::unique_ptr<Auditor> auditor;    // built on demand by Prepare(..., true)
};

// The reader options a config asks for (its "front_matter_fields"); the
// defaults without a config.
ReaderOptions ReaderOptionsFor(const Config* config);

class EngineSet {
 public:
  explicit EngineSet(const Options& options);
  ~EngineSet();

  // The ignore hook for CollectOptions (.quoteauditignore files and the
  // configs' "ignore" lists).
  std::function<bool(const std::filesystem::path&)> IgnoreHook();

  // The engine for `input` (a file, directory or "-"): its config found and
  // its rules loaded, and with `build_auditor` its scanner and checks
  // compiled, each at most once per config. nullptr when its rules or
  // patterns have errors; with any error in errors() (a config, rule or
  // ignore file) no auditor is built. Check errors() before using an engine.
  Engine* For(const std::string& input, bool build_auditor);

  // Every config, rule and ignore-file error met so far, each once.
  std::vector<RuleError> errors() const;

 private:
  const Options& options_;
  ConfigResolver configs_;
  IgnoreFilter ignore_;
  std::map<const Config*, std::unique_ptr<Engine>> engines_;  // null value: it failed
  std::vector<RuleError> engine_errors_;
  // What the cross-document checks remember, by rule id, for every engine.
  std::map<std::string, std::shared_ptr<CrossFileState>> cross_file_state_;
};

}  // namespace qa
