// The sources one article mentions, and how its short forms refer back:
// "Coastal Weather Service (CWS)" then "CWS" and "the service"; "Ines
// Koval" then "Koval"; "he" to the last person, "it" to the last
// organisation. Built per document: first every name outside quotes is
// collected (so the fullest name wins even when it comes later), then the
// attributor resolves each speaker phrase through it.
#pragma once

#include <absl/container/flat_hash_map.h>
#include <absl/container/inlined_vector.h>
#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

#include <functional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/quote.h"
#include "scan/mention_log.h"
#include "scan/mention_positions.h"
#include "scan/noun_phrase.h"
#include "scan/recurring_phrases.h"

namespace qa {

class EntityRegistry {
 public:
  explicit EntityRegistry(const NounPhraseClassifier& phrases)
      : phrases_(phrases), recurring_(phrases), words_(phrases.words()) {
    // Room for an ordinary article's sources up front: the tables grew
    // from empty in every article, rehashing and moving records each time.
    records_.reserve(kExpectedEntities);
    deferred_.reserve(kExpectedEntities);
    exact_.reserve(kExpectedEntities);
    person_words_.reserve(2 * kExpectedEntities);
  }

  // Records the names in one sentence's tokens (quotes already removed).
  void CollectNames(const std::vector<Token>& tokens, size_t sentence);
  // Call after the last CollectNames: links sentence-initial single words
  // ("Brandt says") that name someone met elsewhere in the article.
  void FinishNames();

  // Resolves a speaker phrase found at `phrase.mention` in sentence
  // `sentence` to an entity index, creating an entity when the article has
  // none yet. Returns -1 for a pronoun with no antecedent.
  int Resolve(const SpeakerPhrase& phrase, size_t sentence, std::string_view surface);

  // Whether the article names a person with this word anywhere ("Brandt"
  // after "Ilse Brandt"): a capitalised sentence-initial word is a name only
  // then ("Hours later," and "Facing criticism," name nobody).
  bool NamesPerson(const std::string& word) const;

  // Remembers that `entity` spoke at `at` (a quote's attribution), so later
  // pronouns prefer it.
  void NoteSpeaker(int entity, Span at, size_t sentence);

  SpeakerKind KindOf(int entity) const { return records_[entity].entity.kind; }

  std::vector<Entity> TakeEntities();

  // The paragraph of each sentence, so a pronoun does not reach back over
  // too many paragraphs. Not owned; may be null (no paragraph limit).
  void SetSentenceParagraphs(const std::vector<size_t>* paragraphs) {
    sentence_paragraph_ = paragraphs;
  }

 private:
  struct Record {
    Entity entity;
    // Name tokens, for surname matching: most names are a word or three,
    // held in place (a vector was an allocation for each entity).
    absl::InlinedVector<std::string, 3> tokens;
    std::string title;               // lower-case title seen with the name
    std::vector<std::string> roles;  // "broadcaster": org nouns seen with the name
    int gender = 0;                  // +1 female, -1 male, 0 unknown
    MentionPositions positions;      // byte offsets of its mentions
    // Where the article writes the name: as a person would stand (a
    // subject, with a title, as a speaker) or only as a place would ("in
    // Clarkston", "the Fed"). A "he" or "she" skips a name seen only so.
    bool person_context = false;
    bool place_context = false;
  };
  // "state broadcaster Radio Valdoria", "Radio Valdoria, the state
  // broadcaster,": the organisation noun a later "the broadcaster" means.
  void NoteOrganizationRole(const std::vector<Token>& tokens, size_t i, size_t end, int entity);
  // "in Lorsund", "the mayor of Lorsund": single words the article uses as
  // places; a speaker named by one is the place as a body, never a person.
  void LearnPlaces(const std::vector<Token>& tokens);
  void TreatPlaceAsBody(SpeakerPhrase* phrase) const;
  // One past the run of capitalised words starting at tokens[i]; *resume
  // is set past a headline verb that ended it.
  size_t NameRunEnd(const std::vector<Token>& tokens, size_t i, size_t* resume) const;
  void NoteOwnedOrganization(const std::vector<Token>& tokens, size_t i, size_t end,
                             size_t sentence);
  void RecordName(const std::vector<Token>& tokens, size_t i, size_t end, size_t sentence);
  void NoteRoleBefore(int entity, const std::vector<Token>& tokens, size_t i);
  void NoteContext(int entity, const std::vector<Token>& tokens, size_t i,
                   const SpeakerPhrase& phrase);
  int LinkName(const SpeakerPhrase& phrase, Span at, bool create);
  // `gender` (+1, -1, 0 unknown) skips people known to be of the other one.
  int FindPerson(std::span<const std::string_view> tokens, size_t at, int gender = 0) const;
  void IndexPersonWords(int entity);
  int ResolveRole(const SpeakerPhrase& phrase, std::string_view surface);
  int ResolvePronoun(const SpeakerPhrase& phrase, size_t sentence) const;
  // `name` (and `words`) must not be a record's own: the records may move.
  int NewEntity(const std::string& name, SpeakerKind kind, Span at);
  // The same with the name's words already split (views into `name`).
  int NewEntity(const std::string& name, SpeakerKind kind, Span at,
                std::span<const std::string_view> words);
  void AddAlias(int entity, const std::string& alias);
  void AddMention(int entity, Span at, size_t sentence);

  void InferGender(Record* record, std::string_view title) const;
  // The gender a name's title, or else its first word (of `words` > 1),
  // suggests: 1 female, -1 male, 0 unknown.
  int GenderOf(std::string_view first_word, size_t words, std::string_view title) const;
  bool GenderAccepts(std::string_view pronoun, const Record& record) const;

  static constexpr size_t kExpectedEntities = 32;

  const NounPhraseClassifier& phrases_;
  RecurringPhrases recurring_;  // the name collector's runs
  const WordSets& words_;
  std::vector<Record> records_;
  // By byte position (scan/mention_log.h).
  MentionLog mentions_;
  // Flat tables, looked up by views of a mention's words without copying
  // them: an article adds a few dozen names, and node-based maps spent an
  // allocation on each key and each list of people. Abseil's hash, which
  // reads a short word in a few steps, where std::hash's is a library call.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view word) const {
      return absl::Hash<absl::string_view>{}(absl::string_view(word.data(), word.size()));
    }
  };
  template <typename Value>
  using WordMap = absl::flat_hash_map<std::string, Value, WordHash, std::equal_to<>>;
  WordMap<int> exact_;                                 // org/place name or alias -> entity
  WordMap<absl::InlinedVector<int, 2>> person_words_;  // name word -> people
  std::vector<std::pair<SpeakerPhrase, size_t>> deferred_;
  std::set<std::string> places_;  // learned by LearnPlaces
  const std::vector<size_t>* sentence_paragraph_ = nullptr;
};

}  // namespace qa
