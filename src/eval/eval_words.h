// The words the scorer itself consults, read once from the rule set's gold-*
// lexicons (rules/eval-words.json). They are the scorer's own, separate from
// the scanner's lexicons, so that the gold quotes and the classes of gold
// sources do not move when the engine under test is tuned.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace qa {

// Entries lower-cased (ASCII letters), with U+2019 folded to '\''.
using EvalWordSet = std::set<std::string, std::less<>>;

struct EvalWords {
  EvalWordSet source_pronouns;          // gold-source-pronouns: "he", "who", ...
  EvalWordSet source_determiners;       // gold-source-determiners: "the", "a", "an"
  EvalWordSet source_prepositions;      // gold-source-prepositions: "of", "for", ...
  EvalWordSet source_dropped_articles;  // gold-source-dropped-articles: "the"
  std::vector<std::string> elisions;    // gold-elisions: "tis", "em", ...
  // The engine's own cue words (speech-verbs, report-verbs, speech-nouns,
  // passive-verbs) and gold-pattern-cue-words: only for sorting gold quotes
  // into failure families ("a cue outside the lexicons"), which measure the
  // engine's coverage and so move with it. Never used to score.
  EvalWordSet cue_words;
};

// Builds the word sets from `rules`; a lexicon the rules lack gives an empty
// set.
EvalWords LoadEvalWords(const RuleSet& rules);

// Lower-cases ASCII letters and folds U+2019 to '\'', as the sets' entries
// are: the key to look a word up with.
std::string EvalWordKey(std::string_view word);

}  // namespace qa
