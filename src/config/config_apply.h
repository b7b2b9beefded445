// Applying a config to rules: the config's rule settings and lexicon edits
// are turned into rule-file-shaped JSON and merged with the rules stage's own
// MergeRuleFile, so a config changes rules exactly as a rule file would, and
// option overrides are checked against the options each rule declares.
#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "rules/rule_loader.h"
#include "rules/rule_set.h"

namespace qa {

// `base` with `config`'s "rules" and "lexicons" applied. Unknown rule ids
// and lexicon names (with a did-you-mean), undeclared options and options
// of the wrong type are appended to *errors, each naming the config file
// and the JSON pointer in it; the settings with errors are left out.
RuleSet ApplyConfig(const RuleSet& base, const Config& config, std::vector<RuleError>* errors);

// The rules one config runs with: the built-in rules, then `rule_dirs` (the
// --rules arguments), then the config's "rules_dirs", then its settings
// (ApplyConfig). `config` may be null: built-in rules plus `rule_dirs`.
RuleLoadResult LoadRulesWithConfig(const std::vector<std::string>& rule_dirs, const Config* config);

}  // namespace qa
