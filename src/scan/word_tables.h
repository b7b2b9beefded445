// The tables of the built-in lexicons' PhraseSets, written by a build step
// (scan/word_table_tool) from the built-in rules: building them took a
// sixth of a one-article run's instructions at every start.
#pragma once

#include <string_view>

#include "scan/word_sets.h"

namespace qa {

// The table of the set `name` (WordSets::ForEachSet's names) over the
// built-in words, or null when the build wrote none of that name. Only
// for a set whose lexicons all hold the built-in words
// (RuleSet::IsBuiltInLexicon).
const PhraseTable* BuiltInPhraseTable(std::string_view name);

}  // namespace qa
