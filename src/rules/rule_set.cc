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
  Entry* entry = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    std::unique_ptr<Entry>& slot = regexes_[lexicon.name];
    if (!slot) slot = std::make_unique<Entry>();
    entry = slot.get();
  }
  // Built unlocked, once: a second thread that needs the same lexicon waits
  // for the first instead of building it again; others go on.
  std::call_once(entry->built, [&] { entry->regex = AlternationRegex(lexicon.entries); });
  return entry->regex;
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
