// The validated rule data quoteaudit runs with: the built-in rule files
// (embedded at build time) merged with the user's --rules files and config.
// Loading reads and checks JSON; compiling patterns from this data is done
// once at start-up by the stages that use it (scan/, checks/). A RuleSet is
// built only by the loader (RuleSetBuilder, rules/rule_set_builder.h) and is
// read-only afterwards; it holds no JSON, so scan/ and checks/ never see any.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/severity.h"
#include "match/cue_tail.h"
#include "match/frequent_phrases.h"
#include "match/pattern_focus.h"
#include "rules/rule_options.h"

namespace qa {

// A named word or phrase list ("speech-verbs", "vague-sources", ...).
struct Lexicon {
  std::string name;
  std::string description;
  std::vector<std::string> entries;  // in file order, duplicates removed
  std::string source;                // file that last changed it
  std::string defined_in;            // file that first defined it
  // The rule id of the file that first defined it ("" when that file has no
  // "rule"): the check that owns it. A check reads only its own lexicons
  // and shared ones (checks/check_lexicons.h).
  std::string owner;
  bool shared = false;  // "shared": true, readable by every check
};

// A pattern that ties a quote to its source. `pattern` is RE2 syntax with
// {lexicon-name} placeholders expanded to an alternation of that lexicon's
// entries; named groups (?P<speaker>...) and (?P<cue>...) mark the parts.
struct AttributionPatternSpec {
  std::string id;
  std::string where;  // "after", "before", "sentence-before", "next-sentence", ...
  std::string pattern;
  double confidence = 0.9;
  // Only for where == "continuation" (no pattern): `confidence` applies to a
  // quote in the sentence right after the speaker's quote; these when other
  // sentences come between, and when it opens the next paragraph.
  double same_paragraph_confidence = 0.6;
  double next_paragraph_confidence = 0.7;
  std::string description;
  std::string source;   // file it came from
  std::string pointer;  // its JSON pointer in that file ("/attribution_patterns/2"), for errors
};

// A check rule: its id, default severity and options.
struct RuleInfo {
  std::string id;
  Severity severity = Severity::kWarning;
  bool enabled = true;
  std::string summary;  // one line, shown by `quoteaudit rules`
  // Every declared option with its value in effect: the declared default
  // unless a later file or the config set it.
  RuleOptions options;
  // The options as the rule's first file declared them, with their defaults:
  // the keys (and kinds) later files may set, and the values null restores.
  RuleOptions declared_options;
  std::string source;       // file that last changed it
  std::string declared_in;  // file that first defined it

  // The file that declares the rule's options, for errors about them.
  const std::string& DeclaringFile() const { return declared_in.empty() ? source : declared_in; }
};

// One problem with a rule or config file, naming the file and JSON path
// ("rules/x.json: /lexicons/speech-verbs/entries/3: expected a string"), or,
// for a file that is not valid JSON, the line and column
// ("rules/x.json:3:7: syntax error ...").
struct RuleError {
  std::string file;
  std::string key;  // JSON pointer; empty for the whole file
  std::string message;
  size_t line = 0;    // 1-based; 0 when the error has no text position
  size_t column = 0;  // 1-based, in code points
  std::string ToString() const;
};

// A lexicon's entries and its alternation narrowed to one document's
// letter runs (match/pattern_focus.h), built once for all the patterns that
// name the lexicon. Safe to use from several threads.
class NarrowableLexicon {
 public:
  explicit NarrowableLexicon(std::vector<std::string> entries) : entries_(std::move(entries)) {}
  // The entries as a CueTail reads them (CuePhrases in
  // rules/pattern_expander.h), worked out once: nullopt when it cannot.
  const std::optional<std::vector<CuePhrase>>& CuePhrasesOfAll() const;
  // AlternationRegex of all the entries.
  const std::string& Full() const;
  // AlternationRegex of the entries `runs` may hold, in their order.
  std::string Alternation(const LetterRuns& runs) const;
  // The lexicon cut to its frequent entries (match/frequent_phrases.h),
  // or null when it is too short to cut.
  const std::shared_ptr<const FrequentPhrases>& Cut() const;
  // Whether Cut() is not null, without working the cut out.
  bool HasCut() const { return FrequentPhrases::Cuts(entries_.size()); }
  // AlternationRegex of the cut's entries (Cut() must not be null).
  const std::string& CutAlternation() const;

 private:
  std::string Build(const LetterRuns& runs) const;
  std::vector<std::string> entries_;
  mutable std::once_flag cut_once_;
  mutable std::shared_ptr<const FrequentPhrases> cut_;
  mutable std::string cut_alternation_;
  mutable std::once_flag full_once_;
  mutable std::string full_;
  mutable std::once_flag cue_once_;
  mutable std::optional<std::vector<CuePhrase>> cue_phrases_;
  mutable std::once_flag once_;
  mutable const LetterRuns* built_for_ = nullptr;
  mutable std::string built_;
};

// Each lexicon's alternation regex (AlternationRegex in
// rules/pattern_expander.h), built on first request and kept: a dozen
// patterns name {speech-verbs}, and building its trie for each was a fifth
// of start-up. Safe to use from several threads. A copy starts empty, since
// the copy's lexicons may then be edited (RuleSetBuilder copies a RuleSet).
class AlternationCache {
 public:
  AlternationCache() = default;
  AlternationCache(const AlternationCache&) {}
  AlternationCache& operator=(const AlternationCache&) {
    std::lock_guard<std::mutex> lock(mutex_);
    lexicons_.clear();
    return *this;
  }
  // The regex of `lexicon`, built by AlternationRegex the first time.
  const std::string& Get(const Lexicon& lexicon) const;
  // The lexicon's entries, shared with the patterns that narrow it
  // (Pattern::Narrowing), which may outlive the rule set.
  const std::shared_ptr<NarrowableLexicon>& Narrowable(const Lexicon& lexicon) const;

 private:
  mutable std::mutex mutex_;
  // Each entry stays where it is: a returned reference stays valid.
  mutable std::unordered_map<std::string, std::shared_ptr<NarrowableLexicon>> lexicons_;
};

// Read-only once loaded; see RuleSetBuilder for how one is made.
class RuleSet {
 public:
  const Lexicon* FindLexicon(const std::string& name) const;
  // Entries of a lexicon, or an empty list when it does not exist.
  const std::vector<std::string>& Words(const std::string& name) const;
  const RuleInfo* FindRule(const std::string& id) const;
  const std::map<std::string, RuleInfo>& rules() const { return rules_; }
  const std::map<std::string, Lexicon>& lexicons() const { return lexicons_; }
  const std::vector<AttributionPatternSpec>& attribution_patterns() const {
    return attribution_patterns_;
  }
  // The alternation regex of a lexicon of this set (see AlternationCache).
  const std::string& Alternation(const Lexicon& lexicon) const {
    return alternations_.Get(lexicon);
  }
  const std::shared_ptr<NarrowableLexicon>& Narrowable(const Lexicon& lexicon) const {
    return alternations_.Narrowable(lexicon);
  }
  // The focus of the deferred patterns built from this set: offered the one
  // document of a one-document run, they compile only its lexicon phrases
  // (match/pattern_focus.h). A copy of the set has a focus of its own.
  const std::shared_ptr<PatternFocus>& pattern_focus() const { return focus_.focus; }
  // Which lexicons hold the built-in words and which attribution patterns
  // are built-in text. A built-in pattern over built-in words is known to
  // compile (a test compiles them all), so it may be compiled when first
  // used instead of at start-up; a pattern over anything a user changed is
  // compiled at once, so its errors come before any input is read. A house
  // rule file that sets options or adds boilerplate phrases leaves every
  // attribution pattern waiting for its first use.
  bool IsBuiltInLexicon(const std::string& name) const {
    return built_in_lexicons_.count(name) > 0;
  }
  bool IsBuiltInPattern(std::string_view pattern) const {
    return built_in_patterns_.count(pattern) > 0;
  }
  // Built-in attribution patterns over words a user changed that were
  // compiled with these words (ValidateRuleSet, by LoadRules) and so may
  // wait for their first use too instead of compiling a second time.
  bool IsCheckedPattern(std::string_view pattern) const {
    return checked_patterns_.count(pattern) > 0;
  }
  void MarkChecked(const std::string& pattern) { checked_patterns_.insert(pattern); }
  // Whether every lexicon and attribution pattern is built in.
  bool built_in_words_only() const { return built_in_words_only_; }
  // Marks every lexicon and attribution pattern of the set built in (the
  // embedded rules: LoadRules), or none.
  void set_built_in_words_only(bool only);
  // Marks built in (or checked) what `base` marks so and this set holds
  // unchanged: the same lexicon entries, the same pattern text over them.
  // For a set merged over `base` (user rule files, a config's lexicon edits).
  void KeepBuiltInPartsOf(const RuleSet& base);
  // The factor an attribution's confidence is multiplied by when its source
  // is a pronoun with nothing to refer to.
  double unresolved_pronoun_factor() const { return unresolved_pronoun_factor_; }

 private:
  friend class RuleSetBuilder;

  std::map<std::string, Lexicon> lexicons_;
  std::map<std::string, RuleInfo> rules_;
  std::vector<AttributionPatternSpec> attribution_patterns_;
  double unresolved_pronoun_factor_ = 0.5;
  // Ordered with std::less<> so a pattern's text is looked up as a view.
  std::set<std::string, std::less<>> built_in_lexicons_;  // by name
  std::set<std::string, std::less<>> built_in_patterns_;  // by pattern text
  std::set<std::string, std::less<>> checked_patterns_;   // by pattern text
  bool built_in_words_only_ = false;
  AlternationCache alternations_;
  struct OwnFocus {
    std::shared_ptr<PatternFocus> focus = std::make_shared<PatternFocus>();
    OwnFocus() = default;
    OwnFocus(const OwnFocus&) {}
    OwnFocus& operator=(const OwnFocus&) {
      focus = std::make_shared<PatternFocus>();
      return *this;
    }
  } focus_;
};

}  // namespace qa
