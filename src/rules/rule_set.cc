#include "rules/rule_set.h"

#include <algorithm>

#include "rules/pattern_expander.h"

namespace qa {

std::string RuleError::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  if (!key.empty()) out += ": " + key;
  return out + ": " + message;
}

const std::string& AlternationCache::Get(const Lexicon& lexicon) const {
  return Narrowable(lexicon)->Full();
}

const std::shared_ptr<NarrowableLexicon>& AlternationCache::Narrowable(
    const Lexicon& lexicon) const {
  // Only the copy of the entries is made under the lock; the alternations
  // are built by NarrowableLexicon, once each, without it.
  std::lock_guard<std::mutex> lock(mutex_);
  std::shared_ptr<NarrowableLexicon>& slot = lexicons_[lexicon.name];
  if (!slot) slot = std::make_shared<NarrowableLexicon>(lexicon.entries);
  return slot;
}

const std::optional<std::vector<CuePhrase>>& NarrowableLexicon::CuePhrasesOfAll() const {
  std::call_once(cue_once_, [this] { cue_phrases_ = CuePhrases(entries_); });
  return cue_phrases_;
}

const std::string& NarrowableLexicon::Full() const {
  // Built unlocked, once: a second thread that needs the same lexicon waits
  // for the first instead of building it again; others go on.
  std::call_once(full_once_, [this] { full_ = AlternationRegex(entries_); });
  return full_;
}

std::string NarrowableLexicon::Alternation(const LetterRuns& runs) const {
  // A run narrows to one document's runs: built once for the first runs
  // asked for, which every pattern of the run shares.
  std::call_once(once_, [&] {
    built_ = Build(runs);
    built_for_ = &runs;
  });
  return built_for_ == &runs ? built_ : Build(runs);
}

const std::shared_ptr<const FrequentPhrases>& NarrowableLexicon::Cut() const {
  std::call_once(cut_once_, [this] {
    cut_ = FrequentPhrases::Of(entries_);
    if (cut_ != nullptr) cut_alternation_ = AlternationRegex(cut_->phrases());
  });
  return cut_;
}

const std::string& NarrowableLexicon::CutAlternation() const {
  Cut();
  return cut_alternation_;
}

std::string NarrowableLexicon::Build(const LetterRuns& runs) const {
  // A subset of the entries in the same order: RE2 prefers among the
  // phrases left exactly as among all of them, and the phrases left out
  // cannot match in a text `runs` covers.
  std::vector<std::string> kept;
  for (const std::string& phrase : entries_) {
    if (runs.MayHold(phrase)) kept.push_back(phrase);
  }
  return AlternationRegex(kept);
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

void RuleSet::set_built_in_words_only(bool only) {
  built_in_lexicons_.clear();
  built_in_patterns_.clear();
  checked_patterns_.clear();
  if (only) {
    for (const auto& [name, lexicon] : lexicons_) built_in_lexicons_.insert(name);
    for (const AttributionPatternSpec& spec : attribution_patterns_) {
      built_in_patterns_.insert(spec.pattern);
    }
  }
  built_in_words_only_ = only;
}

void RuleSet::KeepBuiltInPartsOf(const RuleSet& base) {
  auto unchanged = [&](const std::string& name) {
    const Lexicon* now = FindLexicon(name);
    const Lexicon* before = base.FindLexicon(name);
    return now != nullptr && before != nullptr && now->entries == before->entries;
  };
  built_in_lexicons_.clear();
  for (const auto& [name, lexicon] : lexicons_) {
    if (base.IsBuiltInLexicon(name) && unchanged(name)) built_in_lexicons_.insert(name);
  }
  built_in_patterns_ = base.built_in_patterns_;
  checked_patterns_.clear();
  for (const std::string& pattern : base.checked_patterns_) {
    const std::vector<std::string> names = SplitPlaceholders(pattern, *this).lexicons_used;
    if (std::all_of(names.begin(), names.end(), unchanged)) checked_patterns_.insert(pattern);
  }
  built_in_words_only_ = built_in_lexicons_.size() == lexicons_.size();
  for (const AttributionPatternSpec& spec : attribution_patterns_) {
    if (!IsBuiltInPattern(spec.pattern)) built_in_words_only_ = false;
  }
}

}  // namespace qa
