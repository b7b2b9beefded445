#include "rules/rule_set.h"

#include "rules/pattern_expander.h"

namespace qa {

std::string RuleError::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  if (!key.empty()) out += ": " + key;
  return out + ": " + message;
}

const std::string& AlternationCache::Get(const Lexicon& lexicon) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = regexes_.find(lexicon.name); it != regexes_.end()) return it->second;
  }
  // Built unlocked, so two threads expanding patterns do not wait on each
  // other; if both build one, the first to store it wins (they are equal).
  std::string regex = AlternationRegex(lexicon.entries);
  std::lock_guard<std::mutex> lock(mutex_);
  return regexes_.emplace(lexicon.name, std::move(regex)).first->second;
}

const Lexicon* RuleSet::FindLexicon(const std::string& name) const {
  auto it = lexicons_.find(name);
  return it == lexicons_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& RuleSet::Words(const std::string& name) const {
  static const std::vector<std::string> kEmpty;
  const Lexicon* lexicon = FindLexicon(name);
  return lexicon == nullptr ? kEmpty : lexicon->entries;
}

const RuleInfo* RuleSet::FindRule(const std::string& id) const {
  auto it = rules_.find(id);
  return it == rules_.end() ? nullptr : &it->second;
}

}  // namespace qa
