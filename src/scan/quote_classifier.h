// Decides a quote's kind once attribution is known: direct speech, a partial
// quote inside reported speech, a scare quote ("so-called", a short label with
// no speech cue) or a title. Scare quotes and titles are never reported as
// unattributed.
#pragma once

#include <string_view>
#include <vector>

#include "core/quote.h"
#include "rules/rule_set.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {

// True for a title's worth of words (at most eight) whose significant words
// (all but a, the, of, and ...) are capitalised, at least two of them:
// "Harbour Lights Are Back".
bool IsShortTitleCase(const std::vector<Token>& words);

class QuoteClassifier {
 public:
  explicit QuoteClassifier(const RuleSet& rules);

  // `lead_in` is the text of the quote's sentence before its opening mark.
  QuoteKind Classify(std::string_view text, const Quote& quote, std::string_view lead_in,
                     bool attributed) const;

 private:
  PhraseSet scare_cues_;
  PhraseSet title_cues_;
  Tokenizer tokenizer_;
};

}  // namespace qa
