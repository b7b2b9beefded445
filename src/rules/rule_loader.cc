// STUB: replaced by the rules-loader work. Loads embedded files naively.
#include "rules/rule_loader.h"

#include "rules/embedded_rules.h"

namespace qa {

void MergeRuleFile(std::string_view name, std::string_view json_text, RuleSet* rules,
                   std::vector<RuleError>* errors) {
  nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false, true);
  if (j.is_discarded()) {
    errors->push_back({std::string(name), "", "invalid JSON"});
    return;
  }
  if (j.contains("lexicons")) {
    for (auto& [lex_name, value] : j["lexicons"].items()) {
      Lexicon& lexicon = rules->mutable_lexicons()[lex_name];
      lexicon.name = lex_name;
      for (auto& word : value["entries"]) lexicon.entries.push_back(word.get<std::string>());
      lexicon.source = std::string(name);
    }
  }
  if (j.contains("attribution_patterns")) {
    for (auto& p : j["attribution_patterns"]) {
      AttributionPatternSpec spec;
      spec.id = p.value("id", "");
      spec.where = p.value("where", "");
      spec.pattern = p.value("pattern", "");
      spec.confidence = p.value("confidence", 0.9);
      spec.description = p.value("description", "");
      spec.source = std::string(name);
      rules->mutable_attribution_patterns().push_back(spec);
    }
  }
  if (j.contains("rule")) {
    auto& r = j["rule"];
    RuleInfo info;
    info.id = r.value("id", "");
    info.severity = ParseSeverity(r.value("severity", "warning")).value_or(Severity::kWarning);
    info.summary = r.value("summary", "");
    info.enabled = r.value("enabled", true);
    if (r.contains("options")) info.options = r["options"];
    info.source = std::string(name);
    rules->mutable_rules()[info.id] = info;
  }
}

RuleLoadResult LoadRules(const std::vector<std::string>& user_dirs) {
  RuleLoadResult result;
  for (const auto& file : EmbeddedRuleFiles()) {
    MergeRuleFile(file.name, file.content, &result.rules, &result.errors);
  }
  return result;
}

}  // namespace qa
