// Step 6 of the scan: decides each quote's kind once attribution is known:
// direct speech, a partial quote inside reported speech, a scare quote
// ("so-called", a short label with no speech cue) or a title (of a work, or
// a subhead). Scare quotes and titles are never reported as unattributed.
#pragma once

#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_set.h"
#include "scan/document_tokens.h"
#include "scan/text_layout.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {

class QuoteClassifier {
 public:
  // `words` must outlive the classifier.
  QuoteClassifier(const RuleSet& rules, const WordSets& words);

  // The quotes that are subheads: a short title-case quote alone in its
  // paragraph. They are titles and are never attributed, so this runs
  // before attribution.
  std::vector<bool> FindSubheads(const Document& document, const TextLayout& layout,
                                 const DocumentTokens& tokens,
                                 const std::vector<Quote>& quotes) const;

  // Sets every quote's kind; `subheads` from FindSubheads. A quote classed
  // scare or title gets the test that decided it in its attribution's
  // explanation (shown by quotes --explain).
  // `explain`: write that reason at all.
  void ClassifyAll(const Document& document, const TextLayout& layout, const DocumentTokens& tokens,
                   const std::vector<bool>& subheads, std::vector<Quote>* quotes,
                   bool explain = true) const;

  // True for a title's worth of words (at most eight) whose significant
  // words (all but a, the, of, and ...) are capitalised, at least two of
  // them: "Harbour Lights Are Back".
  bool IsShortTitleCase(const std::vector<Token>& words) const;

 private:
  bool IsTitleCase(const std::vector<Token>& words) const;
  bool IsSubhead(const Document& document, const DocumentTokens& tokens, const Quote& quote) const;
  // A kind and, for scare and title, the test that decided it.
  struct Classification {
    QuoteKind kind;
    std::string_view reason;
  };
  // `tokens` are the quote's inner tokens; *before the tokens of its
  // lead-in (the sentence before its opening mark, from `lead_in`), which
  // it trims of their trailing punctuation.
  Classification Classify(std::string_view text, const Quote& quote,
                          const std::vector<Token>& tokens, Span lead_in,
                          std::vector<Token>* before, bool attributed) const;

  const WordSets& words_;
  PhraseSet scare_cues_;
  PhraseSet naming_cues_;  // scare only with no speaker: "dubbed", "the term"
  PhraseSet title_cues_;
};

}  // namespace qa
