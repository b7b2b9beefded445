// Sorts each gold quote with a source into one of the failure families of
// docs/accuracy.md by how its attribution is built (the annotated source, cue
// and quote positions), so speaker accuracy can be reported per family: a
// credit with no verb, a cue the engine's lexicons lack, a pronoun source, a
// quote ending in ? or ! before its cue, an inverted cue ("said another"), a
// source and cue apart, or the plain case of a name right beside its cue.
#pragma once

#include <string_view>

#include "eval/eval_words.h"
#include "eval/gold_quotes.h"

namespace qa {

enum class FailureFamily {
  kCreditWithoutVerb,  // "Helga Brandt, Lisbon Daily: ..." (no cue, or only punctuation)
  kCueOutsideLexicon,  // no word of the annotated cue is a known speech cue
  kPronoun,            // the source is a pronoun (coreference)
  kEndsInsideQuote,    // "... on this?" Brandt asked.
  kInvertedCue,        // "...," said another.
  kSubjectApart,       // more than two words between the source and its cue
  kAdjacent,           // a source right beside its cue
};

std::string_view FailureFamilyName(FailureFamily family);

// `text` is the article's analysis text; `gold` must have a source.
FailureFamily ClassifyFailureFamily(std::string_view text, const GoldQuote& gold,
                                    const EvalWords& words);

}  // namespace qa
