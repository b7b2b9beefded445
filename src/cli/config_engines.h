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
#include "io/input_collector.h"
#include "io/input_format.h"
#include "rules/rule_set.h"

namespace qa {

// The lexicon of names a folder walk skips (rules/walk-skip-lexicon.json).
inline constexpr std::string_view kWalkSkipLexicon = "walk-skip";

struct Engine {
  const Config* config = nullptr;  // null: no config applies
  RuleSet rules;
  std::vector<std::string> rule_dirs;  // --rules, then the config's rules_dirs
  RunLevels levels;                    // flags over config over defaults
  std::unique_ptr<Auditor> auditor;    // built on demand by Prepare(..., true)
  // The "walk-skip" lexicon as ignore patterns; compiled on first use.
  std::shared_ptr<const IgnoreRules> walk_skip;
};

// The reader options for files under `config` (its "front_matter_fields";
// the defaults without a config), with the --input-format override.
ReaderOptions ReaderOptionsFor(const Config* config, const std::string& input_format);

// The ignore filter's verdict on a walked path as the input collector's
// choice (config/ and io/ may not see each other's types).
WalkChoice ToWalkChoice(WalkVerdict verdict);

class EngineSet {
 public:
  explicit EngineSet(const Options& options);
  ~EngineSet();

  // The walk hook for CollectOptions::choose: the default skip list (each
  // config's "walk-skip" lexicon), .gitignore files in a git work tree, the
  // configs' "ignore" lists, .quoteauditignore files, and the configs' and
  // the command line's "include" and "exclude" lists (config/ignore_filter.h).
  std::function<WalkChoice(const std::filesystem::path&, bool)> WalkHook();

  // The engine for `input` (a file, directory or "-"): its config found and
  // its rules loaded, and with `build_auditor` its scanner and checks
  // compiled, each at most once per config. nullptr when its rules or
  // patterns have errors; with any error in errors() (a config, rule or
  // ignore file) no auditor is built. Check errors() before using an engine.
  Engine* For(const std::string& input, bool build_auditor, bool is_file = false);

  // The default skip list for walked paths in `directory` (absolute), from
  // the rules of the config that applies there; null if they failed to load.
  const IgnoreRules* WalkSkipIn(const std::filesystem::path& directory);

  // The summary notes of the cross-document memories (a full index), by
  // rule id.
  std::vector<std::string> CrossFileNotes() const;

  // Every config, rule and ignore-file error met so far, each once.
  std::vector<RuleError> errors() const;

  // A worker's engines serve many runs: their patterns are compiled in full,
  // once, and never narrowed to one run's article
  // (Auditor::set_focus_on_document).
  void set_serves_many_runs(bool many) { serves_many_runs_ = many; }
  bool serves_many_runs() const { return serves_many_runs_; }

 private:
  const Options& options_;
  ConfigResolver configs_;
  IgnoreFilter ignore_;
  std::map<const Config*, std::unique_ptr<Engine>> engines_;  // null value: it failed
  std::vector<RuleError> engine_errors_;
  // What the cross-document checks remember, by rule id, for every engine.
  std::map<std::string, std::shared_ptr<CrossFileState>> cross_file_state_;
  bool serves_many_runs_ = false;
};

}  // namespace qa
