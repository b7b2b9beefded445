// Ties quotes to their sources. Built once from the rule set (every pattern
// and lexicon is compiled in Create); Attribute() then runs once per
// document and is const, so one Attributor serves many threads.
//
// For each quote it tries the windows of AttributionRules in order (after,
// before, sentence-before, ...), reads the source noun phrase out of the
// first pattern match that yields one, and resolves it through the
// document's EntityRegistry. A quote with no cue of its own may continue the
// previous speaker's quote. The quote's kind is decided last.
#pragma once

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_set.h"

namespace qa {

class AttributionRules;
class QuoteClassifier;
class SpeakerPhraseReader;
struct WordSets;

class Attributor {
 public:
  static std::unique_ptr<Attributor> Create(const RuleSet& rules, std::vector<RuleError>* errors);
  ~Attributor();

  // Fills result->sentences, result->entities and each quote's kind and
  // attribution. result->quotes must hold the quote finder's output.
  void Attribute(const Document& document, ScanResult* result) const;

 private:
  Attributor();
  class Run;

  std::unique_ptr<WordSets> words_;
  std::unique_ptr<SpeakerPhraseReader> reader_;
  std::unique_ptr<AttributionRules> rules_;
  std::unique_ptr<QuoteClassifier> classifier_;
};

}  // namespace qa
