// vague-source: a quote or claim pinned on an unnamed group or person
// ("Experts said", "according to analysts", "a senior official who asked not
// to be named"). Two signals, reported once per phrase:
//  - quotes the attributor tied to an entity of speaker kind vague (the
//    finding covers the attribution's mention);
//  - text patterns built from the rule's lexicons: a vague noun phrase as the
//    subject of a speech or claim verb, after an inverted cue (", said
//    analysts"), as a by-agent, after "according to", with a postmodifier
//    ("people familiar with the talks"), and anonymity phrases.
// A vague noun tied to a named organisation is not vague: a capitalised or
// possessive word just before it ("Harbor Council officials", "Redhill's
// analysts"), or a capitalised name just after an inverted cue ("said analyst
// Jon Berg", "according to officials at Redhill Bank"). "The analysts" points
// back to a source already named and is not reported either.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "checks/word_gap.h"
#include "match/lexicon_gate.h"
#include "match/pattern.h"
#include "rules/option_reader.h"

namespace qa {

// Options, read from rules/vague-source.json (which holds the defaults) when
// the check is built.
struct VagueSourceOptions {
  bool use_attribution = false;     // signal 1: quotes attributed to vague entities
  bool text_patterns = false;       // signal 2: the text patterns
  bool anonymous_sources = false;   // report anonymity phrases on their own
  bool role_only_speakers = false;  // "the officer said" with no name: info

  static VagueSourceOptions Read(OptionReader* reader);
};

class VagueSourceCheck : public Check {
 public:
  // Lexicons (read through CheckLexicons; speech-verbs is shared): vague-sources,
  // vague-source-qualifiers, vague-pronouns, vague-source-postmodifiers,
  // vague-source-anonymity-phrases, speech-verbs, claim-verbs, vague-source-ignored-verbs,
  // claim-verb-auxiliaries, vague-source-anaphors,
  // vague-source-object-determiners, vague-source-affiliations,
  // vague-source-non-names.
  // `shared`: the gate it shares with the checks built with it (none for a
  // check built alone).
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors,
                                       SharedByChecks* shared = nullptr);
  ~VagueSourceCheck() override;

  std::string_view id() const override { return "vague-source"; }
  void Run(const CheckContext& context, FindingSink findings) const override;

 private:
  // How a text pattern relates a vague phrase to the rest of the sentence;
  // it decides which named-source tests apply.
  enum class Form {
    kSubject,
    kPronounSubject,  // "some believe": plural, so never a verb in -s
    kInverted,
    kAgent,
    kAccording,
    kPostmodifier,
    kAnonymity,
    kGroupSubject  // any plural person noun at a clause start ("Traders said")
  };
  struct FormPattern {
    Form form;
    std::unique_ptr<Pattern> pattern;
    int source_group = 0;    // group holding the vague phrase
    int verb_group = -1;     // group holding the speech or claim verb, if any
    int pronoun_group = -1;  // kGroupSubject: group holding a pronoun phrase
    // Lexicons a match needs (gate_'s bits): one of each mask's lexicons.
    std::vector<uint32_t> needs;
    // Where its matches may lie, for a search of only those bytes: every
    // match opens with a phrase of `opens` (after up to `words_before`
    // words of qualifiers) and closes with one of `closes` (0: no bound).
    size_t words_before = 0;
    uint32_t opens = 0;
    uint32_t closes = 0;
    // For a form whose two phrases stand a few words apart: whether a
    // sentence's words can hold them so (null: not asked).
    std::unique_ptr<WordGap> gap;
  };
  struct Candidate {
    Span span;
    std::string message;
    bool anonymity = false;
    bool role_only = false;  // reported at info level
  };

  VagueSourceCheck(Severity severity, const VagueSourceOptions& options);
  void FromAttributions(const CheckContext& context, const std::vector<Span>& units,
                        std::vector<Candidate>* out) const;
  // `unit`: unit `unit_index` of SearchUnits.
  void FromText(const CheckContext& context, size_t unit_index, Span unit,
                const std::vector<Candidate>& earlier, std::vector<Candidate>* out) const;
  // "these people said" after "a person familiar with the talks said": a
  // demonstrative before a vague noun whose noun an earlier finding used.
  bool AnaphorOfEarlier(std::string_view text, Span phrase, Span unit,
                        const std::vector<Candidate>& earlier) const;
  std::string NounStem(std::string_view word) const;
  bool NamedBefore(std::string_view text, Span phrase, Span unit) const;
  bool NamedAfter(std::string_view text, Span phrase, Span unit) const;
  // The group phrase without a leading clause opener, or an empty span when
  // it is no unnamed group (a capital inside, a possessive, a thing noun).
  Span UnnamedGroup(std::string_view text, const ScanResult& scan, Span phrase, Span unit) const;
  bool ObjectAfterInverted(std::string_view text, Span phrase, Span unit) const;
  static bool AfterQuoteOrComma(std::string_view text, size_t pos, size_t floor);
  bool InWordList(const std::set<std::string>& words, std::string_view word) const;
  // A role-only speaker worth an info finding (see FromAttributions).
  bool IsPlainRole(std::string_view mention) const;
  // The role in `mention` ("the harbour master") is given to a name in `text`.
  // `lower` is `text` lower-cased (ASCII), made once per document.
  bool RoleNamedInText(std::string_view text, const std::string& lower,
                       std::string_view mention) const;

  Severity severity_;
  bool use_attribution_;
  bool text_patterns_;
  bool anonymous_sources_;
  bool role_only_speakers_;
  // Which lexicons a sentence may hold, before any pattern reads it: the
  // vague nouns, pronouns and anonymity phrases (a sentence with none needs
  // no form but the group form), and the group verbs. Shared with the
  // checks built with this one, which add lexicons of their own.
  std::shared_ptr<LexiconGate> gate_;
  uint32_t source_words_ = 0;
  uint32_t group_verbs_ = 0;  // the group form needs one
  // The group form's lexicons hold only characters of its body, so each
  // sentence is searched for it from the clause of its first group verb.
  bool group_clause_bound_ = false;
  std::vector<FormPattern> patterns_;
  std::set<std::string> anaphoric_;                  // lowercase
  std::set<std::string> ignored_verbs_;              // lowercase
  std::set<std::string> affiliation_;                // lowercase
  std::set<std::string> non_naming_;                 // lowercase
  std::set<std::string> demonstratives_;             // lowercase
  std::map<std::string, std::string> singulars_;     // irregular plural -> singular
  std::set<std::string> group_non_modifiers_;        // lowercase
  std::set<std::string> group_non_persons_;          // lowercase
  std::set<std::string> group_openers_;              // lowercase
  std::set<std::string> public_offices_;             // lowercase
  std::set<std::string> person_nouns_;               // lowercase
  std::set<std::string> person_endings_;             // lowercase
  std::set<std::string> object_continuations_;       // lowercase
  std::set<std::string> group_postmodifier_starts_;  // lowercase
};

}  // namespace qa
