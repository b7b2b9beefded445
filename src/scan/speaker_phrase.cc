#include "scan/speaker_phrase.h"

#include "core/text.h"

namespace qa {
namespace {

bool IsComma(const Token& token) {
  return !token.word && (token.text == "," || token.text == ";" || token.text == "\xE2\x80\x94" ||
                         token.text == "\xE2\x80\x93");
}

// Drops parenthesised asides ("(R)", "(D-Mar.)", "(Wirefax)") from a region:
// they are never the source and would break the noun phrase.
std::vector<Token> WithoutParentheses(const std::vector<Token>& tokens) {
  std::vector<Token> kept;
  kept.reserve(tokens.size());
  int depth = 0;
  for (const Token& token : tokens) {
    if (!token.word && token.text == "(") {
      ++depth;
    } else if (!token.word && token.text == ")") {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      kept.push_back(token);
    }
  }
  return kept;
}

// A lower-case word ending in -ing: a participle ("walking", "saying").
bool IsParticiple(const Token& token) {
  return token.word && !token.capitalized && token.text.size() > 4 &&
         token.text.substr(token.text.size() - 3) == "ing";
}

}  // namespace

// "Mira Sand, 25, said": an age or number between commas is no subject.
bool SpeakerPhraseReader::IsNumberChunk(const std::vector<Token>& tokens, size_t begin,
                                        size_t end) const {
  for (size_t i = begin; i < end; ++i) {
    char c = tokens[i].text.empty() ? ' ' : tokens[i].text[0];
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "Orla Penn, D-Mar., said": a party and state tag between commas is no
// subject ("D", "R-Ky.", "I-Vt").
bool SpeakerPhraseReader::IsAffiliationChunk(const std::vector<Token>& tokens, size_t begin,
                                             size_t end) const {
  if (begin >= end || !tokens[begin].word) return false;
  std::string_view tag = tokens[begin].text;
  size_t dash = tag.find('-');
  if (!words_.party_abbreviations.Contains(tag.substr(0, dash))) return false;
  if (dash != std::string_view::npos && (dash + 1 >= tag.size() || !IsUpperStart(tag, dash + 1))) {
    return false;
  }
  for (size_t i = begin + 1; i < end; ++i) {
    if (tokens[i].word) return false;
  }
  return true;
}

// "Ines Calder, at a later briefing, said": a chunk that opens with a
// preposition is an aside; the subject stands before it.
bool SpeakerPhraseReader::IsPrepositionalAside(const std::vector<Token>& tokens, size_t begin,
                                               size_t end) const {
  return begin < end && tokens[begin].word && words_.prepositions.Contains(tokens[begin].text);
}

// "Tomas Reyl, a finance panel member, said": an indefinite phrase right
// after a name is an apposition even when its head is in no lexicon.
bool SpeakerPhraseReader::IsIndefiniteApposition(const std::vector<Token>& tokens,
                                                 const Chunks& chunks, size_t c,
                                                 size_t begin) const {
  if (c == 0 || !tokens[begin].word ||
      !words_.indefinite_determiners.Contains(tokens[begin].text) ||
      words_.quantifiers.Contains(tokens[begin].text)) {
    return false;
  }
  auto [prev_begin, prev_end] = chunks[c - 1];
  return prev_end > prev_begin && tokens[prev_end - 1].word && tokens[prev_end - 1].capitalized &&
         !IsPrepositionalAside(tokens, prev_begin, prev_end) &&
         !words_.subordinators.Contains(tokens[prev_begin].text);
}

// "Clinton, at a rally in Lorsund, Vestland, said": a chunk of capitalised
// words right after a chunk ending in the object of a preposition continues
// that place ("in Lorsund, Vestland"); it is no subject. A last chunk
// right before the cue is ("At the rally in Lorsund, Brenner said").
bool SpeakerPhraseReader::IsPlaceContinuation(const std::vector<Token>& tokens,
                                              const Chunks& chunks, size_t c) const {
  if (c == 0) return false;
  auto [begin, end] = chunks[c];
  // A known place ("Mich.", "Ohio") continues one even as the last chunk
  // ("Ines Lind, 31, of Astoria, Ore., said"), after "of" too.
  size_t first = begin;
  while (first < end && !tokens[first].word) ++first;
  size_t last = end;
  while (last > first && !tokens[last - 1].word) --last;
  bool known_place = last > first && words_.places.LongestMatchAt(tokens, first) == last - first;
  if (c + 1 >= chunks.size() && !known_place) return false;
  size_t words = 0;
  for (size_t i = begin; i < end; ++i) {
    if (!tokens[i].word) continue;
    if (!tokens[i].capitalized || words_.titles.Contains(tokens[i].text)) return false;
    // "His partner at Lenox, Lawrence Cummings, said": a given name opens a
    // person's name, not a place.
    if (words == 0 && (words_.female_names.Contains(tokens[i].text) ||
                       words_.male_names.Contains(tokens[i].text))) {
      return false;
    }
    ++words;
  }
  if (words == 0 || words > 3) return false;
  auto [prev_begin, prev_end] = chunks[c - 1];
  size_t k = prev_end;
  while (k > prev_begin && (!tokens[k - 1].word || tokens[k - 1].capitalized)) --k;
  if (k == prev_end || k == prev_begin) return false;
  const Token& before = tokens[k - 1];
  return before.word && !before.capitalized &&
         (words_.prepositions.Contains(before.text) || (known_place && before.text == "of"));
}

SpeakerPhrase SpeakerPhraseReader::SubjectBeforePreposition(const std::vector<Token>& tokens,
                                                            size_t begin, size_t limit) const {
  if (begin >= limit || !tokens[begin].word || !words_.determiners.Contains(tokens[begin].text)) {
    return {};
  }
  size_t k = begin + 1;
  while (k < limit && tokens[k].word && !words_.prepositions.Contains(tokens[k].text)) ++k;
  if (k == begin + 1 || k > limit || !tokens[k].word) return {};
  SpeakerPhrase head = recurring_.Classify(tokens, begin, k);
  if (head.form == PhraseForm::kNone) head = ReadUnknownHead(tokens, begin, k);
  return head;
}

SpeakerPhrase SpeakerPhraseReader::ReadUnknownHead(const std::vector<Token>& tokens, size_t begin,
                                                   size_t end) const {
  // "The Lorn County shipwright said", "the ad's narrator said": a short
  // determined noun phrase right before the cue is its subject even when
  // the head noun is in no lexicon.
  constexpr size_t kMaxWords = 6;
  if (end == begin || !tokens[end - 1].word || tokens[end - 1].capitalized) return {};
  for (size_t d = end; d-- > begin && end - d <= kMaxWords;) {
    const Token& token = tokens[d];
    if (!token.word) return {};
    // Words of the phrase must be adjacent (no blanked quote between).
    if (d + 1 < end && tokens[d + 1].span.begin > token.span.end + 1) return {};
    if (words_.function_words.Contains(token.text)) return {};
    // "multiple lawmakers", "several councillors": a quantified plural is
    // an unnamed group.
    bool group = words_.group_quantifiers.Contains(token.text) && d + 1 < end &&
                 tokens[end - 1].text.size() > 3 && tokens[end - 1].text.back() == 's';
    bool indefinite = words_.indefinite_determiners.Contains(token.text);
    bool opener =
        words_.determiners.Contains(token.text) || IsPossessive(token.text) || indefinite || group;
    if (!opener) continue;
    if (d + 1 == end && !IsPossessive(token.text)) return {};
    // "the timetable for the Lorn ferry": an object of a preposition.
    if (d > begin && tokens[d - 1].word && words_.prepositions.Contains(tokens[d - 1].text)) {
      return {};
    }
    if (d > begin && tokens[d - 1].word && words_.copulas.Contains(tokens[d - 1].text)) return {};
    SpeakerPhrase phrase;
    phrase.mention = {token.span.begin, tokens[end - 1].span.end};
    if (group) {
      phrase.form = PhraseForm::kVague;
      phrase.kind = SpeakerKind::kVague;
      phrase.name = AsciiLower(JoinTokens(tokens, d, end));
      return phrase;
    }
    phrase.form = indefinite ? PhraseForm::kVague : PhraseForm::kRole;
    phrase.kind = indefinite ? SpeakerKind::kVague : SpeakerKind::kPerson;
    phrase.name = AsciiLower(tokens[end - 1].text);
    phrase.possessed = true;  // resolve by its own words, not by a title
    return phrase;
  }
  return {};
}

bool SpeakerPhraseReader::IsGroupModifier(const Token& token) const {
  if (!token.word || token.capitalized) return false;
  for (char c : token.text) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  const std::string_view w = token.text;
  return !words_.function_words.Contains(w) && !words_.determiners.Contains(w) &&
         !words_.group_non_modifiers.Contains(w) && !words_.prepositions.Contains(w) &&
         !words_.speech_verbs.Contains(w) && !words_.copulas.Contains(w) &&
         !words_.pronouns.Contains(w) && !words_.subordinators.Contains(w) &&
         !words_.clause_openers.Contains(w) && !words_.time_words.Contains(w) &&
         !words_.IsGroupNoun(w);
}

size_t SpeakerPhraseReader::GroupEnd(const std::vector<Token>& tokens, size_t begin,
                                     size_t end) const {
  constexpr size_t kMaxOpeners = 3;
  constexpr size_t kMaxModifiers = 2;
  size_t i = begin;
  auto adjacent = [&](size_t k) {
    return k == begin || tokens[k].span.begin <= tokens[k - 1].span.end + 1;
  };
  // "his aides", "their two lawyers": someone's group (ReadGroupFilling
  // makes it a role of its own).
  if (i < end && tokens[i].word && words_.possessive_determiners.Contains(tokens[i].text)) ++i;
  // Then articles and quantifiers ("the", "many", "two"), an article only
  // first. Never "both", "all", "police" (vague-group-non-modifiers): a
  // group already counted, or one that speaks for its force.
  auto opener = [&](const Token& token) {
    return (words_.determiners.Contains(token.text) || words_.quantifiers.Contains(token.text) ||
            words_.group_quantifiers.Contains(token.text)) &&
           !words_.group_non_modifiers.Contains(token.text);
  };
  while (i < end && i - begin < kMaxOpeners && tokens[i].word && adjacent(i) && opener(tokens[i]) &&
         !(i > begin && words_.determiners.Contains(tokens[i].text))) {
    ++i;
  }
  if (i < end && tokens[i].word && words_.group_non_modifiers.Contains(tokens[i].text)) {
    return begin;
  }
  const size_t modifiers_begin = i;
  // A capitalised first word, by its place in the sentence, right before
  // the noun ("Shop owners"); with a modifier between it is more often a
  // name and its verb ("Varga rallied supporters").
  if (i == begin && i + 1 < end && tokens[i].word && tokens[i].capitalized) {
    const std::string_view rest = tokens[i].text.substr(1);
    const bool plain =
        std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return plain && tokens[i + 1].word && adjacent(i + 1) && words_.IsGroupNoun(tokens[i + 1].text)
               ? i + 2
               : begin;
  }
  while (i < end && i - modifiers_begin < kMaxModifiers && adjacent(i) &&
         IsGroupModifier(tokens[i])) {
    ++i;
  }
  if (i >= end || !tokens[i].word || !adjacent(i) || !words_.IsGroupNoun(tokens[i].text)) {
    return begin;
  }
  return i + 1;
}

SpeakerPhrase SpeakerPhraseReader::ReadGroupFilling(const std::vector<Token>& tokens, size_t begin,
                                                    size_t end) const {
  if (begin >= end || GroupEnd(tokens, begin, end) != end) return {};
  if (words_.possessive_determiners.Contains(tokens[begin].text)) {
    // Someone's group ("his aides"): its own source, named as written and
    // never resolved to an earlier holder of the noun.
    SpeakerPhrase phrase;
    phrase.form = PhraseForm::kRole;
    phrase.kind = SpeakerKind::kPerson;
    phrase.mention = {tokens[begin].span.begin, tokens[end - 1].span.end};
    phrase.name = AsciiLower(tokens[end - 1].text);
    phrase.possessed = true;
    return phrase;
  }
  SpeakerPhrase phrase = recurring_.Classify(tokens, begin, end);
  return phrase.form == PhraseForm::kVague ? phrase : SpeakerPhrase{};
}

SpeakerPhrase SpeakerPhraseReader::ReadSubjectAtStart(const std::vector<Token>& all) const {
  // The subject of a participle cue ("He later stood by the remark,
  // saying ...") opens the clause, after any introductory phrase.
  std::vector<Token> tokens = WithoutParentheses(all);
  // "..., with Varga saying": an absolute phrase has its own subject.
  for (size_t i = tokens.size(); i-- > 0;) {
    if (IsComma(tokens[i])) break;
    if (!tokens[i].word || !words_.absolute_markers.Contains(tokens[i].text)) continue;
    if (i + 1 >= tokens.size()) break;
    std::vector<Token> rest(tokens.begin() + static_cast<long>(i) + 1, tokens.end());
    SpeakerPhrase subject = Read(rest, true);
    if (subject.form != PhraseForm::kNone) return subject;
    break;
  }
  size_t start = 0;
  bool after_introduction = false;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && !IsComma(tokens[i])) continue;
    size_t begin = start;
    start = i + 1;
    if (begin >= i) continue;
    if (tokens[begin].word && (words_.introductory_words.Contains(tokens[begin].text) ||
                               words_.subordinators.Contains(tokens[begin].text))) {
      after_introduction = true;
      continue;
    }
    // "At a fair in Salem, Ore., on Friday, Governor Wilk ...": a place
    // closing the introductory phrase is part of it.
    if (after_introduction && tokens[begin].word &&
        words_.places.LongestMatchAt(tokens, begin) == i - begin) {
      continue;
    }
    // "Shop owners said the tax was ...": an unnamed group that is the
    // whole subject, its capital from the sentence.
    SpeakerPhrase group = ReadGroupFilling(tokens, begin, i);
    if (group.form != PhraseForm::kNone) return group;
    SpeakerPhrase phrase =
        recurring_.Classify(tokens, begin, phrases_.PhraseEndAfter(tokens, begin, i));
    if (phrase.form != PhraseForm::kNone) return phrase;
    // "The harbour master is insisting": a head no lexicon knows, right
    // before an auxiliary.
    size_t k = begin + 1;
    while (k < i && tokens[k].word && !words_.function_words.Contains(tokens[k].text)) ++k;
    if (k < i && IsAuxiliary(tokens[k])) return ReadUnknownHead(tokens, begin, k);
    return {};
  }
  return {};
}

SpeakerPhrase SpeakerPhraseReader::Read(const std::vector<Token>& all, bool before_cue) const {
  std::vector<Token> tokens = WithoutParentheses(all);
  // Split the region into comma-separated chunks.
  Chunks chunks;
  size_t start = 0;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    if (i == tokens.size() || IsComma(tokens[i])) {
      chunks.emplace_back(start, i);
      start = i + 1;
    }
  }
  return before_cue ? ReadBeforeCue(tokens, chunks) : ReadAfterCue(tokens, chunks);
}

std::optional<SpeakerPhrase> SpeakerPhraseReader::ReadObjectRelative(
    const std::vector<Token>& tokens, size_t begin, size_t end) const {
  // "which Koval calls", "whom he had described as": a phrase after the
  // relative pronoun, followed by at most two auxiliaries or adverbs.
  constexpr size_t kMaxTrailing = 2;
  if (begin + 1 >= end) return std::nullopt;
  size_t e = phrases_.PhraseEndAfter(tokens, begin + 1, end);
  if (e == begin + 1 || end - e > kMaxTrailing) return std::nullopt;
  for (size_t i = e; i < end; ++i) {
    const Token& token = tokens[i];
    if (!token.word || token.capitalized || words_.prepositions.Contains(token.text) ||
        words_.determiners.Contains(token.text) || IsParticiple(token)) {
      return std::nullopt;
    }
  }
  SpeakerPhrase subject = recurring_.Classify(tokens, begin + 1, e);
  if (subject.form == PhraseForm::kNone) return std::nullopt;
  return subject;
}

SpeakerPhrase SpeakerPhraseReader::ReadBeforeCue(const std::vector<Token>& tokens,
                                                 const Chunks& chunks) const {
  // The cue inside a relative clause ("Koval, who has long called it").
  std::optional<size_t> relative;
  if (chunks.size() > 1) {
    auto [begin, end] = chunks.back();
    if (begin < end && tokens[begin].word &&
        words_.relative_pronouns.Contains(tokens[begin].text)) {
      std::optional<SpeakerPhrase> subject = ReadObjectRelative(tokens, begin, end);
      if (subject) return *subject;
      relative = begin;
    }
  }
  SpeakerPhrase fallback;
  for (size_t c = chunks.size(); c-- > 0;) {
    // "Daniloff, now retired in Cambridge, Mass., said": the chunk the
    // place continues is an aside too, unless it opens the region ("The
    // mayor of Lorsund, Vestland, said").
    if (c >= 2 && IsPlaceContinuation(tokens, chunks, c)) {
      --c;
      continue;
    }
    std::optional<SpeakerPhrase> phrase = ReadSubjectChunk(tokens, chunks, c, &fallback);
    if (phrase && relative && c + 2 == chunks.size() && phrase->form != PhraseForm::kNone &&
        phrase->form != PhraseForm::kPronoun) {
      // The relative pronoun is the cue's subject; it names the phrase
      // before it, and the mention takes in both ("Koval, who").
      phrase->mention.end = tokens[*relative].span.end;
    }
    if (phrase) return *phrase;
  }
  return fallback;
}

std::optional<SpeakerPhrase> SpeakerPhraseReader::ReadSubjectChunk(const std::vector<Token>& tokens,
                                                                   const Chunks& chunks, size_t c,
                                                                   SpeakerPhrase* fallback) const {
  auto [begin, end] = chunks[c];
  if (begin == end) return std::nullopt;
  if (phrases_.IsClauseOpener(tokens[begin]) || IsNumberChunk(tokens, begin, end) ||
      IsAffiliationChunk(tokens, begin, end) || IsPlaceContinuation(tokens, chunks, c)) {
    return std::nullopt;
  }
  while (begin < end && tokens[begin].word && words_.subordinators.Contains(tokens[begin].text)) {
    ++begin;
  }
  if (begin == end) return std::nullopt;
  // "In an interview with hosts Wilk and Ruiz, the candidate stated": after
  // an introductory phrase a chunk is the subject, no apposition.
  bool after_intro = c > 0 && chunks[c - 1].first < chunks[c - 1].second &&
                     tokens[chunks[c - 1].first].word &&
                     words_.prepositions.Contains(tokens[chunks[c - 1].first].text);
  if (c > 0 && !after_intro &&
      (IsIndefiniteApposition(tokens, chunks, c, begin) ||
       phrases_.IsAppositive(tokens, begin, end))) {
    if (fallback->form == PhraseForm::kNone) {
      *fallback = recurring_.Classify(tokens, phrases_.PhraseStartBefore(tokens, begin, end), end);
    }
    return std::nullopt;
  }
  size_t p = phrases_.PhraseStartBefore(tokens, begin, end);
  // A phrase after a preposition ("walking along the quay") is an
  // object, not the subject of the cue; the subject may open the chunk
  // before a participle phrase ("Dockers walking along ...").
  SpeakerPhrase participle_subject;
  size_t e = phrases_.PhraseEndAfter(tokens, begin, end);
  if (e > begin && e < end && IsParticiple(tokens[e])) {
    participle_subject = recurring_.Classify(tokens, begin, e);
    if (participle_subject.form == PhraseForm::kPronoun) participle_subject = {};
  }
  bool aside = c > 0 && IsPrepositionalAside(tokens, begin, end);
  if (p > begin && p < end && tokens[p - 1].word &&
      words_.prepositions.Contains(tokens[p - 1].text)) {
    if (participle_subject.form != PhraseForm::kNone) return participle_subject;
    if (aside) return std::nullopt;
    // "a narrator in the council's ad asks": the subject is the phrase
    // before the first preposition, if one opens the chunk.
    SpeakerPhrase head = SubjectBeforePreposition(tokens, begin, p - 1);
    if (head.form != PhraseForm::kNone) return head;
    return *fallback;
  }
  // The subject must reach back to the start of its chunk or follow an
  // introductory phrase; a phrase inside a clause is not the subject.
  SpeakerPhrase phrase = recurring_.Classify(tokens, p, end);
  if (phrase.form == PhraseForm::kNone) phrase = participle_subject;
  if (phrase.form == PhraseForm::kNone && c + 1 == chunks.size()) {
    // "shop owners said", "many dairy farmers said": the chunk before the
    // cue is an unnamed group.
    phrase = ReadGroupFilling(tokens, begin, end);
    if (phrase.form == PhraseForm::kNone) phrase = ReadUnknownHead(tokens, begin, end);
  }
  if (phrase.form != PhraseForm::kNone) return phrase;
  if (aside) return std::nullopt;
  // "Varga, however, said": one or two lower-case words between commas are
  // an adverbial aside.
  if (c + 1 < chunks.size() && IsAdverbChunk(tokens, begin, end)) return std::nullopt;
  return *fallback;
}

// An auxiliary or copula: a function word that is no preposition,
// conjunction, relative or pronoun ("is", "has", "will").
bool SpeakerPhraseReader::IsAuxiliary(const Token& token) const {
  return token.word && words_.function_words.Contains(token.text) &&
         !words_.prepositions.Contains(token.text) && !words_.subordinators.Contains(token.text) &&
         !words_.relative_pronouns.Contains(token.text) &&
         !words_.name_connectors.Contains(token.text) &&
         !words_.verb_coordinators.Contains(token.text) && phrases_.PronounStem(token.text).empty();
}

bool SpeakerPhraseReader::IsAdverbChunk(const std::vector<Token>& tokens, size_t begin,
                                        size_t end) const {
  constexpr size_t kMaxWords = 2;
  if (begin >= end || end - begin > kMaxWords) return false;
  for (size_t i = begin; i < end; ++i) {
    const Token& token = tokens[i];
    if (!token.word || token.capitalized || !phrases_.PronounStem(token.text).empty() ||
        words_.determiners.Contains(token.text) || words_.titles.Contains(token.text) ||
        words_.vague_sources.Contains(token.text)) {
      return false;
    }
  }
  return true;
}

SpeakerPhrase SpeakerPhraseReader::ReadAnonymousSpeaker(const std::vector<Token>& tokens,
                                                        size_t begin, size_t end) const {
  // "said another.", "said a third.", "said one stallholder.": a phrase that
  // closes the clause right after the cue and names nobody is an anonymous
  // individual, an unnamed source. A time phrase ("said a year later") is
  // not.
  size_t last = begin;
  while (last < end && tokens[last].word) ++last;
  if (last == begin) return {};
  for (size_t i = last; i < end; ++i) {
    if (tokens[i].word) return {};
  }
  SpeakerPhrase phrase;
  if (words_.anonymous_speakers.LongestMatchAt(tokens, begin) == last - begin) {
    phrase.form = PhraseForm::kVague;
    phrase.kind = SpeakerKind::kVague;
    phrase.mention = {tokens[begin].span.begin, tokens[last - 1].span.end};
    phrase.name = AsciiLower(JoinTokens(tokens, begin, last));
    phrase.possessed = true;  // its own unnamed source, never an earlier one
    return phrase;
  }
  for (size_t i = begin; i < last; ++i) {
    if (words_.time_words.Contains(tokens[i].text)) return {};
  }
  phrase = ReadUnknownHead(tokens, begin, last);
  if (phrase.form != PhraseForm::kVague || phrase.mention.begin != tokens[begin].span.begin) {
    return {};
  }
  phrase.name = AsciiLower(JoinTokens(tokens, begin, last));
  return phrase;
}

SpeakerPhrase SpeakerPhraseReader::ReadAfterCue(const std::vector<Token>& tokens,
                                                const Chunks& chunks) const {
  // After the cue: the phrase at the start; an unnamed role followed by an
  // apposition takes the name ("said a spokeswoman, Ana Ruiz").
  if (chunks.empty()) return {};
  auto [begin, end] = chunks[0];
  if (begin == end) return {};
  SpeakerPhrase phrase =
      recurring_.Classify(tokens, begin, phrases_.PhraseEndAfter(tokens, begin, end));
  if (phrase.form == PhraseForm::kNone) {
    // "according to veteran harbour pilot Ines Koval": modifiers the
    // lexicons do not know come first; the phrase ends the chunk.
    size_t last = end;
    while (last > begin && !tokens[last - 1].word) --last;
    phrase = recurring_.Classify(tokens, phrases_.PhraseStartBefore(tokens, begin, last), last);
  }
  // "said shop owners in the town": an unnamed group, up to a preposition,
  // a relative pronoun or the chunk's end.
  if (phrase.form == PhraseForm::kNone && !tokens[begin].capitalized) {
    const size_t group_end = GroupEnd(tokens, begin, end);
    if (group_end > begin && (group_end == end || !tokens[group_end].word ||
                              words_.prepositions.Contains(tokens[group_end].text) ||
                              words_.relative_pronouns.Contains(tokens[group_end].text))) {
      phrase = ReadGroupFilling(tokens, begin, group_end);
    }
  }
  // "said one stallholder, Ina Roe": a determined phrase whose head no
  // lexicon knows, followed by a person's name, is that person. (Alone it
  // is left unread: "said a year later" names nobody.)
  bool unknown_head = false;
  if (phrase.form == PhraseForm::kNone && chunks.size() > 1) {
    phrase = ReadUnknownHead(tokens, begin, end);
    unknown_head = phrase.form != PhraseForm::kNone;
  }
  if (phrase.form == PhraseForm::kNone && chunks.size() == 1) {
    phrase = ReadAnonymousSpeaker(tokens, begin, end);
  }
  if ((phrase.form == PhraseForm::kRole || phrase.form == PhraseForm::kVague) &&
      chunks.size() > 1) {
    auto [next_begin, next_end] = chunks[1];
    size_t ne = phrases_.PhraseEndAfter(tokens, next_begin, next_end);
    SpeakerPhrase named = recurring_.Classify(tokens, next_begin, ne);
    if (named.form == PhraseForm::kName && named.kind == SpeakerKind::kPerson) return named;
  }
  return unknown_head ? SpeakerPhrase{} : phrase;
}

}  // namespace qa
