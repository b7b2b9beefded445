#include "scan/entity_registry.h"

#include <absl/container/inlined_vector.h>

#include <algorithm>
#include <iterator>
#include <string_view>

#include "core/text.h"

namespace qa {
namespace {

using NameWords = absl::InlinedVector<std::string_view, 8>;

// The words of a name, split at ASCII whitespace (what `>>` on a stream
// splits at, without a stream per name: names are split for every mention).
// Views into `name`, which must outlive them; held inline, since a name is
// a few words and is split at every mention.
NameWords SplitWords(std::string_view name) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  NameWords words;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && space(name[i])) ++i;
    size_t begin = i;
    while (i < name.size() && !space(name[i])) ++i;
    if (i > begin) words.push_back(name.substr(begin, i - begin));
  }
  return words;
}

// Whether `needle` occurs as a contiguous run inside `haystack`.
template <typename Haystack, typename Needle>
bool ContainsRun(const Haystack& haystack, const Needle& needle) {
  if (needle.empty() || needle.size() > haystack.size()) return false;
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) !=
         haystack.end();
}

bool KindAccepts(SpeakerKind pronoun_kind, SpeakerKind entity_kind) {
  switch (pronoun_kind) {
    case SpeakerKind::kPerson:
      return entity_kind == SpeakerKind::kPerson;
    case SpeakerKind::kOrganization:
      return entity_kind == SpeakerKind::kOrganization || entity_kind == SpeakerKind::kDocument;
    case SpeakerKind::kVague:
      return entity_kind == SpeakerKind::kVague || entity_kind == SpeakerKind::kOrganization;
    default:
      return false;
  }
}

// How far back a pronoun looks for its antecedent, in sentences.
constexpr size_t kPronounReach = 6;
// ... and in paragraphs: a live blog's earlier entry is another story.
constexpr size_t kPronounParagraphReach = 2;
// How many earlier mentions "the agency" or "the mayor" looks through.
constexpr size_t kRoleReach = 400;

}  // namespace

int EntityRegistry::GenderOf(std::string_view first_word, size_t words,
                             std::string_view title) const {
  auto vote = [&](std::string_view word) {
    if (words_.female_names.Contains(word)) return 1;
    if (words_.male_names.Contains(word)) return -1;
    return 0;
  };
  int gender = title.empty() ? 0 : vote(title);
  if (gender == 0 && words > 1) gender = vote(first_word);
  return gender;
}

void EntityRegistry::InferGender(Record* record, std::string_view title) const {
  const std::string_view first =
      record->tokens.empty() ? std::string_view() : std::string_view(record->tokens.front());
  const int gender = GenderOf(first, record->tokens.size(), title);
  if (gender != 0) record->gender = gender;
}

bool EntityRegistry::GenderAccepts(std::string_view pronoun, const Record& record) const {
  if (words_.female_pronouns.Contains(pronoun)) return record.gender >= 0;
  if (words_.male_pronouns.Contains(pronoun)) return record.gender <= 0;
  return true;
}

int EntityRegistry::NewEntity(const std::string& name, SpeakerKind kind, Span at) {
  const NameWords words = SplitWords(name);
  return NewEntity(name, kind, at, words);
}

int EntityRegistry::NewEntity(const std::string& name, SpeakerKind kind, Span at,
                              std::span<const std::string_view> words) {
  // Made in place: a record is a few hundred bytes to move. (`name` and
  // `words` are a phrase's or a local string's, never a record's, so the
  // list may grow under them.)
  Record& record = records_.emplace_back();
  record.entity.name = name;
  record.entity.kind = kind;
  record.entity.first_mention = at;
  record.tokens.assign(words.begin(), words.end());
  int id = static_cast<int>(records_.size() - 1);
  if (kind != SpeakerKind::kPerson) exact_[name] = id;
  if (kind == SpeakerKind::kPerson) IndexPersonWords(id);
  return id;
}

void EntityRegistry::AddAlias(int entity, const std::string& alias) {
  Entity& e = records_[entity].entity;
  if (alias == e.name) return;
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) {
    e.aliases.push_back(alias);
  }
  if (e.kind != SpeakerKind::kPerson) exact_[alias] = entity;
}

void EntityRegistry::AddMention(int entity, Span at, size_t sentence) {
  mentions_.Add({at.begin, entity, sentence});
  records_[entity].positions.Insert(at.begin);
}

int EntityRegistry::FindPerson(std::span<const std::string_view> tokens, size_t at,
                               int gender) const {
  // The person mentioned last before `at` whose name contains these words;
  // failing that, the first one mentioned after. Only people sharing the
  // first word are looked at, through the word index.
  if (tokens.empty()) return -1;
  auto candidates = person_words_.find(tokens.front());
  if (candidates == person_words_.end()) return -1;
  int before = -1, after = -1;
  size_t before_pos = 0, after_pos = 0;
  for (int id : candidates->second) {
    const Record& record = records_[id];
    if (record.entity.kind != SpeakerKind::kPerson || !ContainsRun(record.tokens, tokens)) continue;
    if (gender * record.gender < 0) continue;
    const MentionPositions::Around near = record.positions.Near(at);
    if (near.before && (before < 0 || *near.before > before_pos))
      before = id, before_pos = *near.before;
    if (near.after && (after < 0 || *near.after < after_pos)) after = id, after_pos = *near.after;
  }
  return before >= 0 ? before : after;
}

void EntityRegistry::IndexPersonWords(int entity) {
  for (const auto& word : records_[entity].tokens) {
    auto& ids = person_words_[word];
    if (std::find(ids.begin(), ids.end(), entity) == ids.end()) ids.push_back(entity);
  }
}

int EntityRegistry::LinkName(const SpeakerPhrase& phrase, Span at, bool create) {
  if (phrase.kind != SpeakerKind::kPerson) {
    auto it = exact_.find(phrase.name);
    if (it != exact_.end()) return it->second;
    // "the CWS" after "Coastal Weather Service (CWS)", or a shorter
    // form of a longer organisation name.
    const NameWords words = SplitWords(phrase.name);
    for (size_t i = records_.size(); i-- > 0;) {
      const Record& record = records_[i];
      if (record.entity.kind != phrase.kind) continue;
      if (words.size() > 1 && ContainsRun(record.tokens, words)) return static_cast<int>(i);
      // "the Courier" after "the Solvik Courier": the head word alone.
      if (words.size() == 1 && record.tokens.size() > 1 && record.tokens.back() == words[0]) {
        AddAlias(static_cast<int>(i), "the " + phrase.name);
        return static_cast<int>(i);
      }
    }
    return create ? NewEntity(phrase.name, phrase.kind, at) : -1;
  }
  const NameWords words = SplitWords(phrase.name);
  // "Mr. Bush" is not Laura Bush: a title or given name of the other
  // gender keeps two people apart.
  const int gender = GenderOf(words.empty() ? "" : words.front(), words.size(), phrase.title);
  int found = FindPerson(words, at.begin, gender);
  if (found >= 0) {
    if (phrase.name != records_[found].entity.name) {
      AddAlias(found, phrase.name);
      // "Ms Quennell", "Mayor Varga": the titled short form is a form the
      // article uses for the same person too.
      if (!phrase.title.empty()) AddAlias(found, phrase.title + " " + phrase.name);
    }
    return found;
  }
  // A longer name for a person first met by surname: upgrade the entity.
  std::vector<int> shorter;
  for (const auto& word : words) {
    auto it = person_words_.find(word);
    if (it != person_words_.end())
      shorter.insert(shorter.end(), it->second.begin(), it->second.end());
  }
  std::sort(shorter.rbegin(), shorter.rend());
  for (int id : shorter) {
    size_t i = static_cast<size_t>(id);
    Record& record = records_[i];
    if (record.entity.kind != SpeakerKind::kPerson || !ContainsRun(words, record.tokens)) continue;
    if (gender * record.gender < 0) continue;
    std::string old = record.entity.name;
    record.entity.name = phrase.name;
    record.tokens.assign(words.begin(), words.end());
    IndexPersonWords(static_cast<int>(i));
    InferGender(&record, phrase.title);
    AddAlias(static_cast<int>(i), old);
    return static_cast<int>(i);
  }
  if (!create) return -1;
  // The words and the gender their title or first name gave above: the
  // record's own (InferGender would find the same).
  int id = NewEntity(phrase.name, SpeakerKind::kPerson, at, words);
  if (!phrase.title.empty()) records_[id].title = AsciiLower(phrase.title);
  if (gender != 0) records_[id].gender = gender;
  return id;
}

size_t EntityRegistry::NameRunEnd(const std::vector<Token>& tokens, size_t i,
                                  size_t* resume) const {
  // A run of capitalised words, with connectors inside ("Bureau of
  // Fisheries").
  size_t end = i + 1;
  while (end < tokens.size()) {
    const Token& token = tokens[end];
    // "Ruth Adeyemi Slams Bridge Toll": in a title-case headline a
    // capitalised speech verb after a name of two or more words ends it.
    // (The shape first, the look-ups only then: every word of every name
    // run passes here.)
    if (end >= i + 2 && token.word && token.capitalized && end + 1 < tokens.size() &&
        tokens[end + 1].word && tokens[end + 1].capitalized &&
        words_.speech_verbs.Contains(token.text) &&
        words_.places.LongestMatchEndingAt(tokens, end + 1) == 0) {
      *resume = end + 1;
      break;
    }
    // "Elena Varga Is Right": a capitalised auxiliary is a headline's
    // verb, never part of the name.
    if (token.word && token.capitalized && words_.capitalized_verbs.Contains(token.text)) {
      *resume = end + 1;
      break;
    }
    if (token.word && token.capitalized) {
      ++end;
    } else if (token.word && end + 1 < tokens.size() && tokens[end + 1].capitalized &&
               words_.organization_connectors.Contains(token.text)) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

void EntityRegistry::NoteOwnedOrganization(const std::vector<Token>& tokens, size_t i, size_t end,
                                           size_t sentence) {
  // "Brandt's campaign", "Redhill's board": an organisation named by its
  // owner, which a later "it" or "they" can refer to.
  if (end >= tokens.size() || !IsPossessive(tokens[end - 1].text) || !tokens[end].word ||
      tokens[end].capitalized || !words_.organization_words.Contains(tokens[end].text)) {
    return;
  }
  SpeakerPhrase owned;
  owned.form = PhraseForm::kRole;
  owned.kind = SpeakerKind::kOrganization;
  owned.name = AsciiLower(tokens[end].text);
  owned.possessed = true;
  owned.mention = {tokens[i].span.begin, tokens[end].span.end};
  int entity = ResolveRole(owned, JoinTokens(tokens, i, end + 1));
  AddMention(entity, owned.mention, sentence);
}

void EntityRegistry::NoteContext(int entity, const std::vector<Token>& tokens, size_t i,
                                 const SpeakerPhrase& phrase) {
  Record& record = records_[entity];
  if (record.entity.kind != SpeakerKind::kPerson) return;
  const Token* before = i > 0 && tokens[i - 1].word ? &tokens[i - 1] : nullptr;
  bool placed = before != nullptr && !before->capitalized &&
                (words_.placing_prepositions.Contains(before->text) ||
                 words_.determiners.Contains(before->text));
  if (placed && phrase.title.empty() && record.gender == 0) {
    record.place_context = true;
  } else {
    record.person_context = true;
  }
}

void EntityRegistry::NoteRoleBefore(int entity, const std::vector<Token>& tokens, size_t i) {
  // "Former senator Ilse Marr": a lower-case role right before the name is
  // her title, so "the senator" later refers to her.
  Record& record = records_[entity];
  if (record.entity.kind != SpeakerKind::kPerson || !record.title.empty() || i == 0) return;
  const Token& before = tokens[i - 1];
  if (!before.word || before.capitalized || !words_.titles.Contains(before.text)) return;
  record.title = AsciiLower(before.text);
  if (record.gender == 0) InferGender(&record, before.text);
}

void EntityRegistry::NoteOrganizationRole(const std::vector<Token>& tokens, size_t i, size_t end,
                                          int entity) {
  std::vector<std::string>& roles = records_[entity].roles;
  auto add = [&](std::string_view word) {
    std::string role = AsciiLower(word);
    if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
  };
  if (i > 0 && tokens[i - 1].word && !tokens[i - 1].capitalized &&
      words_.organization_words.Contains(tokens[i - 1].text)) {
    add(tokens[i - 1].text);
  }
  // An apposition: ", the [one or two modifiers] broadcaster" closed by a
  // comma or the end of the sentence.
  constexpr size_t kMaxModifiers = 2;
  if (end + 2 >= tokens.size() || tokens[end].text != "," ||
      !words_.determiners.Contains(tokens[end + 1].text)) {
    return;
  }
  size_t head = end + 2;
  while (head + 1 < tokens.size() && tokens[head + 1].word && head < end + 2 + kMaxModifiers) {
    ++head;
  }
  if (head + 1 < tokens.size() && tokens[head + 1].word) return;
  for (size_t k = end + 2; k <= head; ++k) {
    if (tokens[k].capitalized) return;
  }
  if (words_.organization_words.Contains(tokens[head].text)) add(tokens[head].text);
}

void EntityRegistry::RecordName(const std::vector<Token>& tokens, size_t i, size_t end,
                                size_t sentence) {
  SpeakerPhrase phrase = recurring_.Classify(tokens, i, end);
  TreatPlaceAsBody(&phrase);
  bool sentence_initial = i == 0 || (i == 1 && !tokens[0].word);
  if (phrase.form == PhraseForm::kName && sentence_initial && end - i == 1 &&
      phrase.kind == SpeakerKind::kPerson) {
    // "Brandt says ..." or "Experts say ...": a capitalised first word is
    // a name only if the article names someone by it elsewhere.
    deferred_.push_back({phrase, sentence});
  } else if (phrase.form == PhraseForm::kVague && sentence_initial) {
    // "Residents packed the hall.": a group a later "they" can refer to.
    int entity = Resolve(phrase, sentence, {});
    if (entity >= 0) AddMention(entity, phrase.mention, sentence);
  } else if (phrase.form == PhraseForm::kName) {
    int entity = LinkName(phrase, phrase.mention, true);
    AddMention(entity, phrase.mention, sentence);
    NoteContext(entity, tokens, i, phrase);
    NoteRoleBefore(entity, tokens, i);
    if (phrase.kind == SpeakerKind::kOrganization) NoteOrganizationRole(tokens, i, end, entity);
    if (phrase.name != records_[entity].entity.name) AddAlias(entity, phrase.name);
    // "Coastal Weather Service (CWS)": the acronym becomes an alias.
    if (end + 2 < tokens.size() && tokens[end].text == "(" && tokens[end + 2].text == ")" &&
        tokens[end + 1].capitalized) {
      AddAlias(entity, std::string(tokens[end + 1].text));
      exact_[std::string(tokens[end + 1].text)] = entity;
    }
  }
}

void EntityRegistry::LearnPlaces(const std::vector<Token>& tokens) {
  for (size_t j = 0; j + 1 < tokens.size(); ++j) {
    const Token& prep = tokens[j];
    if (!prep.word || prep.capitalized) continue;
    // The shape first (a lower-case word, then one capitalised word alone),
    // the look-ups only then: this runs on every word of every sentence.
    const Token& name = tokens[j + 1];
    if (!name.word || !name.capitalized || IsPossessive(name.text)) continue;
    if (j + 2 < tokens.size() && tokens[j + 2].word && tokens[j + 2].capitalized) continue;
    bool locative = words_.locative_prepositions.Contains(prep.text) ||
                    (prep.text == "of" && j > 0 && tokens[j - 1].word &&
                     words_.titles.Contains(tokens[j - 1].text) &&
                     !words_.organization_words.Contains(tokens[j - 1].text));
    if (!locative) continue;
    if (words_.non_names.Contains(name.text) || words_.organization_words.Contains(name.text) ||
        words_.titles.Contains(name.text) || words_.female_names.Contains(name.text) ||
        words_.male_names.Contains(name.text) || words_.publication_names.Contains(name.text)) {
      continue;
    }
    places_.insert(std::string(name.text));
  }
}

void EntityRegistry::TreatPlaceAsBody(SpeakerPhrase* phrase) const {
  if (phrase->form == PhraseForm::kName && phrase->kind == SpeakerKind::kPerson &&
      phrase->title.empty() && places_.count(phrase->name) > 0) {
    phrase->kind = SpeakerKind::kOrganization;
  }
}

void EntityRegistry::CollectNames(const std::vector<Token>& tokens, size_t sentence) {
  LearnPlaces(tokens);
  size_t i = 0;
  while (i < tokens.size()) {
    if (!tokens[i].word || !tokens[i].capitalized) {
      ++i;
      continue;
    }
    // "Stated Koval: ..." or "Continued Varga: ...": an inverted cue opens
    // the sentence; the name starts after it.
    bool sentence_initial = i == 0 || !tokens[i - 1].word;
    if (sentence_initial && i + 1 < tokens.size() && tokens[i + 1].word &&
        tokens[i + 1].capitalized && words_.speech_verbs.Contains(tokens[i].text) &&
        !words_.female_names.Contains(tokens[i].text) &&
        !words_.male_names.Contains(tokens[i].text)) {
      ++i;
      continue;
    }
    size_t resume = 0;  // where to go on after a headline's verb
    size_t end = NameRunEnd(tokens, i, &resume);
    NoteOwnedOrganization(tokens, i, end, sentence);
    RecordName(tokens, i, end, sentence);
    i = std::max(end, resume);
  }
}

void EntityRegistry::FinishNames() {
  // A name first met as a person ("Lorsund said") that the article later
  // uses as a place is the place as a body.
  for (size_t id = 0; id < records_.size(); ++id) {
    Record& record = records_[id];
    if (record.entity.kind != SpeakerKind::kPerson || record.tokens.size() != 1 ||
        !record.title.empty() || places_.count(record.entity.name) == 0) {
      continue;
    }
    record.entity.kind = SpeakerKind::kOrganization;
    exact_[record.entity.name] = static_cast<int>(id);
    auto it = person_words_.find(record.entity.name);
    if (it != person_words_.end()) {
      auto& ids = it->second;
      ids.erase(std::remove(ids.begin(), ids.end(), static_cast<int>(id)), ids.end());
    }
  }
  for (auto& [phrase, sentence] : deferred_) {
    TreatPlaceAsBody(&phrase);
    int entity = LinkName(phrase, phrase.mention, false);
    if (entity >= 0) AddMention(entity, phrase.mention, sentence);
    // "Brandt says ...": a sentence's subject stands as a person does.
    if (entity >= 0) records_[entity].person_context = true;
  }
  deferred_.clear();
}

int EntityRegistry::ResolveRole(const SpeakerPhrase& phrase, std::string_view surface) {
  // "the agency" -> the last organisation whose name has "Agency";
  // "the mayor" -> the last person titled Mayor. A possessed role
  // ("Brandt's campaign") is its own source, named as written.
  if (phrase.possessed) {
    std::string name(surface);
    if (!name.empty() && name.compare(0, 4, "The ") == 0) name[0] = 't';
    auto it = exact_.find(name);
    return it != exact_.end() ? it->second : NewEntity(name, phrase.kind, phrase.mention);
  }
  int best = -1;
  size_t best_pos = 0;
  size_t steps = 0;
  mentions_.WalkBack(phrase.mention.begin, [&](const MentionLog::Mention& mention) {
    if (best >= 0 || steps++ >= kRoleReach) return false;
    const Record& record = records_[mention.entity];
    if (record.entity.kind != phrase.kind) return true;
    bool match = false;
    if (phrase.kind == SpeakerKind::kPerson) {
      match = record.title == phrase.name;
    } else {
      for (const auto& word : record.tokens) match = match || AsciiLower(word) == phrase.name;
      for (const auto& role : record.roles) match = match || role == phrase.name;
    }
    if (match && mention.position >= best_pos) {
      best = mention.entity;
      best_pos = mention.position;
    }
    return true;
  });
  std::string alias = "the " + phrase.name;
  if (best < 0) {
    auto it = exact_.find(alias);
    best = it != exact_.end() ? it->second : NewEntity(alias, phrase.kind, phrase.mention);
  }
  AddAlias(best, alias);
  return best;
}

int EntityRegistry::ResolvePronoun(const SpeakerPhrase& phrase, size_t sentence) const {
  // Walk back to the nearest sentence with a source of the right kind and
  // take the first one there: subjects come first in news sentences.
  int chosen = -1;
  size_t chosen_sentence = 0;
  size_t steps = 0;
  mentions_.WalkBack(phrase.mention.begin, [&](const MentionLog::Mention& mention) {
    if (steps++ >= 200) return false;
    if (mention.sentence + kPronounReach < sentence) return false;
    if (sentence_paragraph_ != nullptr && sentence < sentence_paragraph_->size() &&
        (*sentence_paragraph_)[mention.sentence] + kPronounParagraphReach <
            (*sentence_paragraph_)[sentence]) {
      return false;
    }
    if (chosen >= 0 && mention.sentence != chosen_sentence) return false;
    const Record& record = records_[mention.entity];
    if (!KindAccepts(phrase.kind, record.entity.kind) || !GenderAccepts(phrase.name, record)) {
      return true;
    }
    if (phrase.kind == SpeakerKind::kPerson && record.place_context && !record.person_context) {
      return true;  // "a rally in Clarkston ... he said"
    }
    chosen = mention.entity;
    chosen_sentence = mention.sentence;
    return true;
  });
  return chosen;
}

int EntityRegistry::Resolve(const SpeakerPhrase& phrase, size_t sentence,
                            std::string_view surface) {
  switch (phrase.form) {
    case PhraseForm::kPronoun:
      return ResolvePronoun(phrase, sentence);
    case PhraseForm::kName: {
      SpeakerPhrase name = phrase;
      TreatPlaceAsBody(&name);
      return LinkName(name, name.mention, true);
    }
    case PhraseForm::kRole:
      return ResolveRole(phrase, surface);
    case PhraseForm::kVague:
    case PhraseForm::kDocument: {
      auto it = exact_.find(phrase.name);
      return it != exact_.end() ? it->second : NewEntity(phrase.name, phrase.kind, phrase.mention);
    }
    case PhraseForm::kNone:
      return -1;
  }
  return -1;
}

bool EntityRegistry::NamesPerson(const std::string& word) const {
  auto it = person_words_.find(word);
  if (it == person_words_.end()) return false;
  for (int id : it->second) {
    if (records_[id].entity.kind == SpeakerKind::kPerson) return true;
  }
  return false;
}

void EntityRegistry::NoteSpeaker(int entity, Span at, size_t sentence) {
  if (entity < 0) return;
  AddMention(entity, at, sentence);
  records_[entity].person_context = true;
}

std::vector<Entity> EntityRegistry::TakeEntities() {
  std::vector<Entity> entities;
  entities.reserve(records_.size());
  for (auto& record : records_) entities.push_back(std::move(record.entity));
  records_.clear();
  return entities;
}

}  // namespace qa
