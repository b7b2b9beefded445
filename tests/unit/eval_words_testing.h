// The scorer's words as the built-in rules give them (rules/eval-words.json),
// loaded once for all eval tests.
#pragma once

#include "eval/eval_words.h"
#include "rules/rule_loader.h"

namespace qa {

inline const EvalWords& BuiltInEvalWords() {
  static const EvalWords* const words = new EvalWords(LoadEvalWords(LoadRules({}).rules));
  return *words;
}

}  // namespace qa
