#include "checks/check_lexicons.h"

#include "rules/pattern_expander.h"

namespace qa {

CheckLexicons::CheckLexicons(const RuleInfo& rule, const RuleSet& rules,
                             std::vector<RuleError>* errors)
    : rule_(rule), rules_(rules), errors_(errors) {}

void CheckLexicons::Add(RuleError error) {
  errors_->push_back(std::move(error));
  ++error_count_;
}

bool CheckLexicons::MayRead(const Lexicon& lexicon) const {
  return lexicon.shared || lexicon.owner == rule_.id;
}

const Lexicon* CheckLexicons::Find(const std::string& name, const std::string& key) {
  const Lexicon* lexicon = rules_.FindLexicon(name);
  if (lexicon == nullptr) {
    Add({rule_.DeclaringFile(), key,
         "check " + rule_.id + " reads lexicon \"" + name + "\", but no rule file defines it"});
    return nullptr;
  }
  if (!MayRead(*lexicon)) {
    Add({lexicon->defined_in, "/lexicons/" + name,
         "check " + rule_.id + " reads this lexicon, but it belongs to " +
             (lexicon->owner.empty() ? std::string("no rule") : "rule " + lexicon->owner) +
             "; mark it \"shared\": true here, or give the check a lexicon of its own"});
    return nullptr;
  }
  return lexicon;
}

const std::vector<std::string>& CheckLexicons::Words(const std::string& name) {
  static const std::vector<std::string> kEmpty;
  const Lexicon* lexicon = Find(name);
  return lexicon == nullptr ? kEmpty : lexicon->entries;
}

std::unique_ptr<Pattern> CheckLexicons::Compile(std::string_view pattern_template) {
  const std::string file = rule_.DeclaringFile();
  const std::string prefix = "check " + rule_.id + " cannot be built: ";
  // Templates (built in, as code) over built-in words build their source
  // only when first used (DeferredRulePattern); over words a user changed
  // they are expanded now.
  ExpandedPattern expanded = SplitPlaceholders(pattern_template, rules_);
  const bool deferred = expanded.ok() && OverBuiltInWords(expanded, rules_);
  if (expanded.ok() && !deferred) expanded = ExpandPlaceholders(pattern_template, rules_);
  if (!expanded.ok()) {
    Add({file, "/rule", prefix + expanded.Error(rules_)});
    return nullptr;
  }
  bool allowed = true;
  for (const std::string& name : expanded.lexicons_used) {
    if (Find(name) == nullptr) allowed = false;
  }
  if (!allowed) return nullptr;
  PatternOptions options;
  options.case_sensitive = false;
  // Built-in templates over built-in words are known to compile (every
  // check's tests run its patterns; Pattern checks the groups when it
  // compiles); most wait for the first text that needs them, so a short
  // article does not pay for every check's patterns.
  if (deferred) return DeferredRulePattern(std::move(expanded), rules_, options);
  std::string error;
  auto pattern = Pattern::Compile(expanded.regex, options, &error);
  if (pattern == nullptr) {
    Add({file, "/rule", prefix + DescribeCompileError(error, expanded.regex, pattern_template)});
  }
  return pattern;
}

}  // namespace qa
