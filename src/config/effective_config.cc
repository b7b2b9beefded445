#include "config/effective_config.h"

#include "rules/option_json.h"

namespace qa {
namespace {

// ordered_json keeps keys in the order written, so the config's path comes first.
using json = nlohmann::ordered_json;

const LexiconEdit* FindEdit(const Config* config, const std::string& name) {
  if (config == nullptr) return nullptr;
  for (const LexiconEdit& edit : config->lexicons) {
    if (edit.name == name) return &edit;
  }
  return nullptr;
}

json RulesJson(const RuleSet& rules) {
  json out = json::object();
  for (const auto& [id, rule] : rules.rules()) {
    out[id] = {{"enabled", rule.enabled},
               {"severity", std::string(SeverityName(rule.severity))},
               {"options", OptionsToJson(rule.options)},
               {"source", rule.source}};
  }
  return out;
}

json LexiconsJson(const Config* config, const RuleSet& rules) {
  json out = json::object();
  for (const auto& [name, lexicon] : rules.lexicons()) {
    json entry = {{"entries", lexicon.entries.size()}};
    if (const LexiconEdit* edit = FindEdit(config, name)) {
      entry["added"] = edit->add;
      entry["removed"] = edit->remove;
    }
    out[name] = std::move(entry);
  }
  return out;
}

}  // namespace

RunLevels ResolveLevels(const Config* config, const RunLevels& flags, bool min_level_given,
                        bool fail_level_given) {
  RunLevels levels = flags;
  if (config == nullptr) return levels;
  if (!min_level_given && config->min_level) levels.min_level = *config->min_level;
  if (!fail_level_given && config->has_fail_level) levels.fail_level = config->fail_level;
  return levels;
}

json EffectiveConfig(const Config* config, const RuleSet& rules, const RunLevels& levels,
                     const std::vector<std::string>& rule_dirs,
                     const std::vector<std::string>& paths) {
  json out = json::object();
  out["config"] = config != nullptr ? json(config->path) : json(nullptr);
  out["paths"] = paths;
  out["rules_dirs"] = rule_dirs;
  out["min_level"] = std::string(SeverityName(levels.min_level));
  out["fail_level"] =
      levels.fail_level ? std::string(SeverityName(*levels.fail_level)) : std::string("none");
  out["ignore"] = config != nullptr ? json(config->ignore) : json::array();
  out["include"] = config != nullptr ? json(config->include) : json::array();
  out["exclude"] = config != nullptr ? json(config->exclude) : json::array();
  out["rules"] = RulesJson(rules);
  out["lexicons"] = LexiconsJson(config, rules);
  return out;
}

}  // namespace qa
