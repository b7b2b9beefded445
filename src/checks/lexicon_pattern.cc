#include "checks/lexicon_pattern.h"

#include <string>

#include "rules/pattern_expander.h"

namespace qa {

std::unique_ptr<Pattern> CompileCheckPattern(const RuleInfo& rule,
                                             std::string_view pattern_template,
                                             const RuleSet& rules, std::vector<RuleError>* errors) {
  PatternOptions options;
  options.case_sensitive = false;
  std::string error;
  auto pattern = CompileRulePattern(pattern_template, rules, options, &error);
  if (pattern == nullptr && errors != nullptr) {
    std::string file = rule.source.empty() ? "rules/" + rule.id + ".json" : rule.source;
    errors->push_back({file, "/rule", "check " + rule.id + " cannot be built: " + error});
  }
  return pattern;
}

}  // namespace qa
