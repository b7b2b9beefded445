#include "eval/eval_words.h"

#include <cctype>

namespace qa {
namespace {

EvalWordSet WordSet(const RuleSet& rules, const std::string& lexicon) {
  EvalWordSet words;
  for (const std::string& entry : rules.Words(lexicon)) words.insert(EvalWordKey(entry));
  return words;
}

}  // namespace

std::string EvalWordKey(std::string_view word) {
  std::string key;
  key.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == "\u2019") {
      key += '\'';
      i += 2;
    } else {
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
    }
  }
  return key;
}

EvalWords LoadEvalWords(const RuleSet& rules) {
  EvalWords words;
  words.source_pronouns = WordSet(rules, "gold-source-pronouns");
  words.source_determiners = WordSet(rules, "gold-source-determiners");
  words.source_prepositions = WordSet(rules, "gold-source-prepositions");
  words.source_dropped_articles = WordSet(rules, "gold-source-dropped-articles");
  for (const char* lexicon : {"speech-verbs", "report-verbs", "speech-nouns", "passive-verbs",
                              "gold-pattern-cue-words"}) {
    words.cue_words.merge(WordSet(rules, lexicon));
  }
  for (const std::string& entry : WordSet(rules, "gold-elisions")) {
    words.elisions.push_back(entry);
  }
  return words;
}

}  // namespace qa
