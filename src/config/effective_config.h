// What a run does for one config once every source is combined: the levels
// (command-line flags over the config over the defaults) and, for
// --print-config, the resolved settings as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "rules/rule_set.h"

namespace qa {

struct RunLevels {
  Severity min_level = Severity::kInfo;                   // findings below are not shown
  std::optional<Severity> fail_level = Severity::kError;  // nullopt: never exit 1
};

// `flags` holds the command line's values; a flag that was not given
// (`*_given` false) takes the config's value when it sets one, else keeps
// the value in `flags` (the built-in default).
RunLevels ResolveLevels(const Config* config, const RunLevels& flags, bool min_level_given,
                        bool fail_level_given);

// --print-config's report for one config (null: none applies):
//   {"config": path or null, "paths": [...], "rules_dirs": [...],
//    "min_level": ..., "fail_level": ... or "none", "ignore": [...],
//    "include": [...], "exclude": [...],
//    "rules": {id: {"enabled", "severity", "options", "source"}},
//    "lexicons": {name: {"entries": count, "added": [...], "removed": [...]}}}
// `rules` is the RuleSet the config produced, `rule_dirs` every rule
// directory merged (--rules, then the config's), `paths` the inputs it
// applies to. "added"/"removed" appear only for lexicons the config edits.
nlohmann::ordered_json EffectiveConfig(const Config* config, const RuleSet& rules,
                                       const RunLevels& levels,
                                       const std::vector<std::string>& rule_dirs,
                                       const std::vector<std::string>& paths);

}  // namespace qa
