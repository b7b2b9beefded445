// Step 5 of the scan: ties quotes to their sources. Built once from the rule
// set (every pattern compiled in Create); Attribute() then runs once per
// document and is const, so one Attributor serves many threads.
//
// For each quote it tries the windows of AttributionRules in order (after,
// before, sentence-before, ...), reads the source noun phrase out of the
// first pattern match that yields one, and resolves it through the
// document's EntityRegistry. A quote with no cue of its own may continue the
// previous speaker's quote.
#pragma once

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_set.h"
#include "scan/document_tokens.h"
#include "scan/entity_registry.h"
#include "scan/text_layout.h"
#include "scan/word_sets.h"

namespace qa {

class AttributionRules;
class SpeakerPhraseReader;
struct WordSets;

class Attributor {
 public:
  // `words` and `phrases` must outlive the Attributor.
  static std::unique_ptr<Attributor> Create(const RuleSet& rules, const WordSets& words,
                                            const NounPhraseClassifier& phrases,
                                            std::vector<RuleError>* errors);
  ~Attributor();

  // Fills each quote's attribution, except those marked in `skip` (subheads).
  // `registry` holds the document's names and learns who spoke. `explain`:
  // write each attribution's explanation too.
  void Attribute(const Document& document, const TextLayout& layout, const DocumentTokens& tokens,
                 const std::vector<bool>& skip, EntityRegistry* registry,
                 std::vector<Quote>* quotes, bool explain = true) const;

 private:
  Attributor();
  class Run;

  const WordSets* words_ = nullptr;
  PhraseSet passive_auxiliaries_;  // "was", "were": a passive cue
  std::unique_ptr<SpeakerPhraseReader> reader_;
  std::unique_ptr<AttributionRules> rules_;
};

}  // namespace qa
