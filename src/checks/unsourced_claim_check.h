// unsourced-claim: an assertion that rests on nobody ("reportedly", "it is
// believed", "is seen as", "concerns have been raised"). Phrases come from the
// lexicon unsourced-claim-phrases; with the option strict, consequence framing
// from unsourced-claim-strict-phrases ("spawning concerns") counts too.
//
// A phrase is not reported when its sentence gives a source:
//  - an attributed quote (its span, mention or cue) lies in the sentence;
//  - "according to" followed by a capitalised name;
//  - a subject of a speech or claim verb that is a name (capitalised), a
//    pronoun standing for one, the last word of an entity the scan found, or
//    a vague source (vague-source reports that one);
//  - the phrase is followed by "by" and an agent ("is believed by ...").
// Phrases inside direct or partial quotes are the speaker's words and are
// never reported.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "checks/check_text.h"
#include "checks/word_gap.h"
#include "match/lexicon_gate.h"
#include "match/pattern.h"
#include "rules/option_reader.h"

namespace qa {

// Options, read from rules/unsourced-claim.json (which holds the defaults)
// when the check is built.
struct UnsourcedClaimOptions {
  bool strict = false;  // also report the strict phrases

  static UnsourcedClaimOptions Read(OptionReader* reader);
};

class UnsourcedClaimCheck : public Check {
 public:
  // `shared`: the gate it shares with the checks built with it (none for a
  // check built alone).
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors,
                                       SharedByChecks* shared = nullptr);
  ~UnsourcedClaimCheck() override;

  std::string_view id() const override { return "unsourced-claim"; }
  void Run(const CheckContext& context, FindingSink findings) const override;

 private:
  // What a sentence says about its sources, worked out once per sentence
  // that holds a claim phrase.
  struct SentenceSources {
    bool named = false;          // attributed quote or "according to <Name>"
    std::vector<Span> subjects;  // "<source> <verb>" matches, sorted, disjoint
    // Whether a source other than the words of `phrase` itself is present.
    bool AnyBesides(Span phrase) const;
  };

  // The lower-cased last words of the entities the scan found ("ministry"
  // for "the ministry"), which still name a source as lowercase subjects.
  // Gathered on the first question: most documents hold no claim phrase
  // with a subject to ask about.
  class EntityWords {
   public:
    explicit EntityWords(const ScanResult& scan) : scan_(scan) {}
    bool Contains(const std::string& lower) const;

   private:
    const ScanResult& scan_;
    mutable std::optional<std::set<std::string>> words_;
  };

  UnsourcedClaimCheck(Severity severity, const UnsourcedClaimOptions& options);
  SentenceSources FindSources(std::string_view text, Span unit, const SpanSet& attributions,
                              const EntityWords& entity_words) const;
  bool IsSourceSubject(std::string_view word, const EntityWords& entity_words) const;

  // Whether phrases_ may match in unit `index` (`unit`), whose lexicons the
  // gate answered `present` for.
  bool MayHoldPhrase(const CheckContext& context, size_t index, Span unit, uint32_t present) const;

  Severity severity_;
  bool strict_;
  // Which lexicons a sentence may hold, before any pattern reads it (shared
  // with the checks built with this one): the phrases, concern nouns and
  // impersonal subjects that open every form of phrases_, and the strict
  // phrases when strict.
  std::shared_ptr<LexiconGate> gate_;
  uint32_t phrase_words_ = 0;  // the lexicons opening phrases_'s forms
  uint32_t plain_words_ = 0;   // of them, the fixed phrases' ("reportedly")
  uint32_t strict_words_ = 0;
  // The passive forms' subject and verb a few words apart ("concerns have
  // been raised", "it is widely believed"): a sentence holding a concern
  // noun or "it" but neither side by side with its verbs, and no fixed
  // phrase, is not searched.
  std::unique_ptr<WordGap> concern_gap_;
  std::unique_ptr<WordGap> impersonal_gap_;
  std::unique_ptr<Pattern> phrases_;
  std::unique_ptr<Pattern> strict_phrases_;  // null unless strict
  int passive_group_ = -1;                   // in phrases_: a passive claim with adverbs
  std::unique_ptr<Pattern> subject_verb_;    // group "subject" before a verb
  std::unique_ptr<Pattern> named_according_;
  std::unique_ptr<Pattern> by_agent_;         // anchored: "by <word>"
  std::unique_ptr<Pattern> agent_in_clause_;  // "by" anywhere in the rest of a clause
  std::set<std::string> pronouns_;            // lowercase
  std::set<std::string> vague_words_;         // lowercase, last words of vague-sources
  std::set<std::string> non_naming_;          // lowercase
};

}  // namespace qa
