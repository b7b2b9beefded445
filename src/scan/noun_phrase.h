// Reads and classifies one noun phrase among a region's tokens: where it
// starts or ends, and whether it is a pronoun, a name (person, organisation,
// place, document), a role ("the mayor") or a vague group ("experts").
// Mechanism only: every word it knows comes from WordSets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/quote.h"
#include "scan/text_tokens.h"
#include "scan/word_sets.h"

namespace qa {

enum class PhraseForm {
  kNone,
  kPronoun,   // he, she, it, they
  kName,      // a proper name: person, organisation or place
  kRole,      // a definite role or organisation word: "the mayor", "the agency"
  kVague,     // an unnamed group or person: "experts", "a senior official"
  kDocument,  // "the treaty", "a new report"
};

struct SpeakerPhrase {
  PhraseForm form = PhraseForm::kNone;
  SpeakerKind kind = SpeakerKind::kUnknown;
  Span mention;       // the whole noun phrase as written
  std::string name;   // name tokens ("Ines Koval"), or the head ("agency")
  std::string title;  // a title before the name ("President"), if any
  // A role owned by someone ("Brandt's campaign", "the ad's narrator"):
  // resolved by its own words rather than to the last holder of the title.
  bool possessed = false;
};

class NounPhraseClassifier {
 public:
  explicit NounPhraseClassifier(const WordSets& words);

  // Classifies the noun phrase tokens[begin, end).
  SpeakerPhrase Classify(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  // Where the noun phrase ending at tokens[end - 1] starts (>= begin).
  size_t PhraseStartBefore(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  // Where the noun phrase starting at tokens[begin] ends (<= end).
  size_t PhraseEndAfter(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  // True when tokens[begin, end) is an apposition ("the agency's chief").
  bool IsAppositive(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  bool IsNameToken(const Token& token) const;
  // "who", "which", "citing": opens a clause that is not the subject.
  bool IsClauseOpener(const Token& token) const;
  // The pronoun in "he", "He's" or "she’s"; empty when the word is none.
  std::string_view PronounStem(std::string_view word) const;

  const WordSets& words() const { return words_; }
  // Different for every classifier made in this process (never reused), so
  // that answers remembered for one (recurring_phrases.h) are never taken
  // for another's.
  uint64_t id() const { return id_; }

 private:
  bool IsPhraseWord(const std::vector<Token>& tokens, size_t i) const;
  // The pronoun phrase, or the vague group that fills tokens[begin, end).
  bool ClassifyPronounOrGroup(const std::vector<Token>& tokens, size_t begin, size_t end,
                              SpeakerPhrase* phrase) const;
  // The capitalised run at the end of tokens[begin, end) as a name.
  bool ClassifyName(const std::vector<Token>& tokens, size_t begin, size_t end,
                    SpeakerPhrase* phrase) const;
  // A lower-case phrase: a vague group, a document, a role.
  bool ClassifyCommonNoun(const std::vector<Token>& tokens, size_t begin, size_t end,
                          SpeakerPhrase* phrase) const;

  const WordSets& words_;
  uint64_t id_;
};

// The tokens' texts joined by single spaces.
std::string JoinTokens(const std::vector<Token>& tokens, size_t begin, size_t end);

}  // namespace qa
