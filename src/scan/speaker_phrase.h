// Reads the source noun phrase out of the region an attribution pattern
// marked: "Anders Moll, the deputy chief executive of Redhill Trust, which
// represents tenants" -> "Anders Moll"; "the port's pilot Koval" -> "Koval";
// "it" -> a pronoun; "Experts" -> a vague group. It splits the region into
// comma-separated chunks and skips those that are not the subject (relative
// clauses, appositions, ages, party tags, asides); NounPhraseClassifier
// reads the phrase inside the chunk it keeps.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "scan/noun_phrase.h"
#include "scan/recurring_phrases.h"
#include "scan/text_tokens.h"

namespace qa {

class SpeakerPhraseReader {
 public:
  explicit SpeakerPhraseReader(const NounPhraseClassifier& phrases)
      : phrases_(phrases), recurring_(phrases), words_(phrases.words()) {}

  // `tokens` are the region's tokens. `before_cue` says the region precedes
  // the cue (read the subject at its end, skipping relative clauses and
  // appositions) rather than follows it (read the phrase at its start).
  SpeakerPhrase Read(const std::vector<Token>& tokens, bool before_cue) const;

  // The subject at the start of the region's clause, for participle cues
  // ("He later stood by the remark, saying").
  SpeakerPhrase ReadSubjectAtStart(const std::vector<Token>& tokens) const;

 private:
  using Chunks = std::vector<std::pair<size_t, size_t>>;
  SpeakerPhrase ReadBeforeCue(const std::vector<Token>& tokens, const Chunks& chunks) const;
  SpeakerPhrase ReadAfterCue(const std::vector<Token>& tokens, const Chunks& chunks) const;
  // The subject read from chunk c (possibly none), or nullopt to go on to
  // the chunk before it. *fallback keeps the first apposition's phrase.
  std::optional<SpeakerPhrase> ReadSubjectChunk(const std::vector<Token>& tokens,
                                                const Chunks& chunks, size_t c,
                                                SpeakerPhrase* fallback) const;
  // The determined phrase opening tokens[begin, limit] up to its first
  // preposition ("a narrator" in "a narrator in the council's ad"); none
  // otherwise.
  SpeakerPhrase SubjectBeforePreposition(const std::vector<Token>& tokens, size_t begin,
                                         size_t limit) const;
  // The subject of an object relative clause tokens[begin, end) that ends
  // at the cue ("which Koval calls"), if it has one.
  std::optional<SpeakerPhrase> ReadObjectRelative(const std::vector<Token>& tokens, size_t begin,
                                                  size_t end) const;
  // An unnamed individual closing the clause after an inverted cue ("said
  // another", "said one stallholder"); none otherwise.
  SpeakerPhrase ReadAnonymousSpeaker(const std::vector<Token>& tokens, size_t begin,
                                     size_t end) const;
  SpeakerPhrase ReadUnknownHead(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  // Past the unnamed group opening tokens[begin, end): determiners or
  // quantifiers, up to two plain modifiers and a plural person noun no
  // lexicon lists ("shop owners", "many dairy farmers", "the staff");
  // begin when there is none. A capital may open it only right before the
  // noun or on a determiner ("Shop owners", "Many farmers").
  size_t GroupEnd(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  // That group when it fills tokens[begin, end); none otherwise.
  SpeakerPhrase ReadGroupFilling(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  bool IsGroupModifier(const Token& token) const;
  // Chunk c, read from tokens[begin], is "a ..." right after a name.
  bool IsIndefiniteApposition(const std::vector<Token>& tokens, const Chunks& chunks, size_t c,
                              size_t begin) const;
  bool IsAuxiliary(const Token& token) const;
  bool IsAdverbChunk(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  bool IsNumberChunk(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  bool IsAffiliationChunk(const std::vector<Token>& tokens, size_t begin, size_t end) const;
  bool IsPlaceContinuation(const std::vector<Token>& tokens, const Chunks& chunks, size_t c) const;
  bool IsPrepositionalAside(const std::vector<Token>& tokens, size_t begin, size_t end) const;

  const NounPhraseClassifier& phrases_;
  // Its Classify, remembered for the phrases that recur (a speaker named
  // again and again; most were classified when the names were collected).
  RecurringPhrases recurring_;
  const WordSets& words_;
};

}  // namespace qa
