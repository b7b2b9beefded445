#include "config/config_apply.h"

#include "rules/name_suggestion.h"

namespace qa {
namespace {

using nlohmann::json;

// "unknown rule (did you mean "vague-source"?)", or the list of names when
// none is close.
std::string UnknownName(const char* what, const std::string& name,
                        const std::vector<std::string>& known) {
  std::string message = std::string("unknown ") + what;
  std::string suggestion = ClosestName(name, known);
  if (!suggestion.empty()) return message + " (did you mean \"" + suggestion + "\"?)";
  message += "; known: ";
  for (size_t i = 0; i < known.size(); ++i) message += (i == 0 ? "" : ", ") + known[i];
  return message;
}

template <typename Map>
std::vector<std::string> Keys(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

// Merges `rule_file` (rule-file-shaped JSON made from the config) into
// `rules`. Its errors point into that JSON; each pointer starting with
// `generated_prefix` is rewritten to start with `config_prefix` instead,
// so the user sees the place in the config they wrote.
void MergeAsRuleFile(const Config& config, const json& rule_file,
                     const std::string& generated_prefix, const std::string& config_prefix,
                     RuleSetBuilder* rules, std::vector<RuleError>* errors) {
  std::vector<RuleError> merge_errors;
  MergeRuleFile(config.path, rule_file.dump(), rules, &merge_errors);
  for (RuleError& error : merge_errors) {
    if (error.key.starts_with(generated_prefix)) {
      error.key = config_prefix + error.key.substr(generated_prefix.size());
    }
    errors->push_back(std::move(error));
  }
}

void ApplyLexiconEdit(const Config& config, const LexiconEdit& edit, RuleSetBuilder* rules,
                      std::vector<RuleError>* errors) {
  if (rules->current().FindLexicon(edit.name) == nullptr) {
    errors->push_back({config.path, edit.pointer,
                       UnknownName("lexicon", edit.name, Keys(rules->current().lexicons()))});
    return;
  }
  // The generated file has the lexicon at the same pointer as the config.
  const std::string entries = edit.pointer + "/entries";
  if (!edit.add.empty()) {
    json file = {{"lexicons", {{edit.name, {{"mode", "add"}, {"entries", edit.add}}}}}};
    MergeAsRuleFile(config, file, entries, edit.pointer + "/add", rules, errors);
  }
  if (!edit.remove.empty()) {
    json file = {{"lexicons", {{edit.name, {{"mode", "remove"}, {"entries", edit.remove}}}}}};
    MergeAsRuleFile(config, file, entries, edit.pointer + "/remove", rules, errors);
  }
}

void ApplyRuleSetting(const Config& config, const RuleSetting& setting, RuleSetBuilder* rules,
                      std::vector<RuleError>* errors) {
  if (rules->current().FindRule(setting.id) == nullptr) {
    errors->push_back({config.path, setting.pointer,
                       UnknownName("rule", setting.id, Keys(rules->current().rules()))});
    return;
  }
  json rule = {{"id", setting.id}};
  if (setting.enabled) rule["enabled"] = *setting.enabled;
  if (setting.severity) rule["severity"] = std::string(SeverityName(*setting.severity));
  if (setting.options) rule["options"] = *setting.options;
  MergeAsRuleFile(config, json{{"rule", rule}}, "/rule", setting.pointer, rules, errors);
}

}  // namespace

RuleSet ApplyConfig(const RuleSet& base, const Config& config, std::vector<RuleError>* errors) {
  RuleSetBuilder rules(base);
  for (const LexiconEdit& edit : config.lexicons) ApplyLexiconEdit(config, edit, &rules, errors);
  for (const RuleSetting& setting : config.rules) {
    ApplyRuleSetting(config, setting, &rules, errors);
  }
  RuleSet applied = std::move(rules).Build();
  applied.KeepBuiltInPartsOf(base);
  return applied;
}

RuleLoadResult LoadRulesWithConfig(const std::vector<std::string>& rule_dirs,
                                   const Config* config) {
  if (config == nullptr) return LoadRules(rule_dirs);
  std::vector<std::string> dirs = rule_dirs;
  dirs.insert(dirs.end(), config->rules_dirs.begin(), config->rules_dirs.end());
  RuleLoadResult result = LoadRules(dirs);
  if (!result.errors.empty()) return result;
  result.rules = ApplyConfig(result.rules, *config, &result.errors);
  return result;
}

}  // namespace qa
