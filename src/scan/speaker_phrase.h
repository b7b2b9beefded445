// Reads the source noun phrase out of the region an attribution pattern
// marked: "Anders Moll, the deputy chief executive of Redhill Trust, which
// represents tenants" -> "Anders Moll"; "the North's leader Kim" -> "Kim";
// "it" -> a pronoun; "Experts" -> a vague group. Mechanism only: every word
// it knows comes from WordSets.
#pragma once

#include <string>
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
  std::string name;   // name tokens ("Vladimir Putin"), or the head ("agency")
  std::string title;  // a title before the name ("President"), if any
  // A role owned by someone ("Clinton's campaign", "the ad's narrator"):
  // resolved by its own words rather than to the last holder of the title.
  bool possessed = false;
};

class SpeakerPhraseReader {
 public:
  explicit SpeakerPhraseReader(const WordSets& words) : words_(words) {}

  // `tokens` are the region's tokens. `before_cue` says the region precedes
  // the cue (read the subject at its end, skipping relative clauses and
  // appositions) rather than follows it (read the phrase at its start).
  SpeakerPhrase Read(const std::vector<Token>& tokens, bool before_cue) const;

  // The subject at the start of the region's clause, for participle cues
  // ("He defended the remark, saying").
  SpeakerPhrase ReadSubjectAtStart(const std::vector<Token>& tokens) const;

  // Classifies the noun phrase tokens[begin, end).
  SpeakerPhrase Classify(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  bool IsNameToken(const Token& token) const;
  // The pronoun in "he", "He's" or "she’s"; empty when the word is none.
  std::string_view PronounStem(std::string_view word) const;

 private:
  size_t PhraseStartBefore(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  size_t PhraseEndAfter(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  bool IsPhraseWord(const std::vector<Token>& tokens, size_t i) const;
  bool IsClauseOpener(const Token& token) const;
  // The determined phrase opening tokens[begin, limit] up to its first
  // preposition ("a narrator" in "a narrator in the ad"); none otherwise.
  SpeakerPhrase SubjectBeforePreposition(const std::vector<Token>& tokens, size_t begin,
                                         size_t limit) const;
  SpeakerPhrase ReadUnknownHead(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  bool IsAppositive(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  const WordSets& words_;
};

bool IsDeterminer(std::string_view word);
bool IsPossessive(std::string_view word);

}  // namespace qa
