#include "scan/speaker_phrase.h"

#include <array>

namespace qa {
namespace {

constexpr std::array<std::string_view, 3> kDeterminers = {"the", "a", "an"};
constexpr std::array<std::string_view, 18> kQuantifiers = {
    "some", "many",     "several", "other",    "few",  "most",   "two",      "three",     "four",
    "five", "numerous", "various", "multiple", "both", "dozens", "hundreds", "thousands", "one"};
// Quantifiers that make a plural noun an unnamed group ("multiple
// lawmakers called it ..."); not "both" or numbers, which also count things.
constexpr std::array<std::string_view, 8> kGroupQuantifiers = {
    "some", "many", "several", "numerous", "various", "multiple", "dozens", "hundreds"};
// Words that open a clause or phrase which is not the subject: relative
// clauses, participles and subordinators.
// Words that open a chunk which is not the subject of the cue: relative
// clauses and participle phrases ("X, who chairs the council, said").
constexpr std::array<std::string_view, 13> kClauseOpeners = {
    "who",      "which",     "whose",  "whom",   "that",    "where",  "citing",
    "speaking", "referring", "adding", "noting", "writing", "echoing"};
// Subordinators that may precede the subject inside the cue's own clause
// ("Though she called it ..."): skipped, the rest of the chunk is read.
constexpr std::array<std::string_view, 14> kSubordinators = {
    "though", "although", "because", "while", "when", "after", "before",
    "if",     "since",    "as",      "but",   "and",  "so",    "yet"};
constexpr std::array<std::string_view, 28> kPrepositionsBefore = {
    "through", "in",      "at",     "to",      "with",   "from",    "by",
    "about",   "into",    "over",   "under",   "during", "against", "across",
    "toward",  "towards", "around", "along",   "past",   "near",    "outside",
    "behind",  "among",   "amid",   "between", "within", "upon",    "onto"};
// Forms of "be" and "become": a noun phrase after one is a predicate ("should
// be a wake-up call"), never the subject of the verb that follows it.
constexpr std::array<std::string_view, 10> kCopulas = {
    "be", "is", "was", "are", "were", "been", "being", "become", "becomes", "became"};
constexpr std::array<std::string_view, 5> kNameConnectors = {"of", "for", "on", "and", "de"};

template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view word) {
  std::string lower = ToLowerAscii(word);
  for (std::string_view entry : list) {
    if (entry == lower) return true;
  }
  return false;
}

bool IsComma(const Token& token) {
  return !token.word && (token.text == "," || token.text == ";" || token.text == "\xE2\x80\x94" ||
                         token.text == "\xE2\x80\x93");
}

bool IsAcronym(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.' && c != '-' && c != '&') {
      return false;
    }
  }
  return letters >= 2;
}

std::string Join(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(tokens[i].text);
  }
  return out;
}

}  // namespace

bool IsDeterminer(std::string_view word) { return InList(kDeterminers, word); }

bool IsPossessive(std::string_view word) {
  if (word.size() > 2 && (word.substr(word.size() - 2) == "'s")) return true;
  return word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s";
}

std::string_view SpeakerPhraseReader::PronounStem(std::string_view word) const {
  if (words_.pronouns.Contains(word)) return word;
  // "He's", "She’s": a pronoun with a contracted auxiliary.
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
      std::string_view stem = word.substr(0, word.size() - suffix.size());
      if (words_.pronouns.Contains(stem)) return stem;
    }
  }
  return {};
}

bool SpeakerPhraseReader::IsNameToken(const Token& token) const {
  return token.word && token.capitalized && !words_.non_names.Contains(token.text) &&
         !words_.capitalized_verbs.Contains(token.text) && !words_.titles.Contains(token.text);
}

bool SpeakerPhraseReader::IsClauseOpener(const Token& token) const {
  return token.word && InList(kClauseOpeners, token.text);
}

bool SpeakerPhraseReader::IsPhraseWord(const std::vector<Token>& tokens, size_t i) const {
  const Token& token = tokens[i];
  if (!token.word) return false;
  if (token.capitalized) return !IsClauseOpener(token) || token.text == "That";
  std::string_view w = token.text;
  return words_.titles.Contains(w) || words_.title_modifiers.Contains(w) || IsDeterminer(w) ||
         InList(kQuantifiers, w) || IsPossessive(w) || words_.vague_sources.Contains(w) ||
         words_.organization_words.Contains(w) || words_.document_words.Contains(w);
}

size_t SpeakerPhraseReader::PhraseStartBefore(const std::vector<Token>& tokens, size_t begin,
                                              size_t end) const {
  if (end == begin) return end;
  if (!PronounStem(tokens[end - 1].text).empty()) return end - 1;
  // "a new defense treaty": a document's head noun takes up to three
  // modifiers back to its determiner.
  if (words_.document_words.Contains(tokens[end - 1].text)) {
    for (size_t d = end - 1; d > begin && end - d <= 4; --d) {
      const Token& token = tokens[d - 1];
      if (!token.word) break;
      if (IsDeterminer(token.text)) return d - 1;
    }
  }
  size_t i = end;
  size_t vague = words_.vague_sources.LongestMatchEndingAt(tokens, end);
  if (vague > 0 && end - vague >= begin) i = end - vague;
  while (i > begin) {
    const Token& token = tokens[i - 1];
    if (token.word && IsDeterminer(token.text)) {
      --i;
      break;
    }
    if (IsPhraseWord(tokens, i - 1)) {
      --i;
      continue;
    }
    // "chief executive of Redhill Trust", "Ministry of Foreign Affairs".
    bool connector = token.word && InList(kNameConnectors, token.text) && i < end && i - 1 > begin;
    if (connector) {
      const Token& left = tokens[i - 2];
      if (left.word && (words_.titles.Contains(left.text) ||
                        words_.organization_words.Contains(left.text) || left.capitalized)) {
        --i;
        continue;
      }
    }
    break;
  }
  // Never start on a connector.
  while (i < end && tokens[i].word && InList(kNameConnectors, tokens[i].text)) ++i;
  return i;
}

size_t SpeakerPhraseReader::PhraseEndAfter(const std::vector<Token>& tokens, size_t begin,
                                           size_t end) const {
  if (begin == end) return begin;
  if (!PronounStem(tokens[begin].text).empty()) return begin + 1;
  size_t i = begin;
  while (i < end) {
    size_t vague = words_.vague_sources.LongestMatchAt(tokens, i);
    if (vague > 1) {
      i += vague;
      continue;
    }
    if (IsPhraseWord(tokens, i)) {
      ++i;
      continue;
    }
    bool connector = tokens[i].word && InList(kNameConnectors, tokens[i].text) && i > begin &&
                     i + 1 < end && tokens[i + 1].word &&
                     (tokens[i + 1].capitalized || IsDeterminer(tokens[i + 1].text));
    if (connector && (tokens[i - 1].capitalized || words_.titles.Contains(tokens[i - 1].text))) {
      ++i;
      continue;
    }
    break;
  }
  // A phrase does not end on a determiner or connector.
  while (i > begin && tokens[i - 1].word &&
         (IsDeterminer(tokens[i - 1].text) || InList(kNameConnectors, tokens[i - 1].text))) {
    --i;
  }
  return i;
}

bool SpeakerPhraseReader::IsAppositive(const std::vector<Token>& tokens, size_t begin,
                                       size_t end) const {
  if (begin >= end || !tokens[begin].word) return false;
  const Token& first = tokens[begin];
  bool opener = IsDeterminer(first.text) || IsPossessive(first.text) ||
                words_.titles.Contains(first.text) || words_.title_modifiers.Contains(first.text);
  if (!opener) return false;
  for (size_t i = begin; i < end; ++i) {
    if (tokens[i].word && !tokens[i].capitalized && words_.titles.Contains(tokens[i].text)) {
      return true;
    }
  }
  return false;
}

SpeakerPhrase SpeakerPhraseReader::Classify(const std::vector<Token>& tokens, size_t begin,
                                            size_t end) const {
  SpeakerPhrase phrase;
  if (begin >= end) return phrase;
  // "Nia Holt on Monday": times and connectors never end a name.
  while (end > begin + 1 && tokens[end - 1].word &&
         (words_.non_names.Contains(tokens[end - 1].text) ||
          InList(kNameConnectors, tokens[end - 1].text))) {
    --end;
  }
  phrase.mention = {tokens[begin].span.begin, tokens[end - 1].span.end};
  if (end - begin == 1 && PronounStem(tokens[begin].text).size() > 0) {
    std::string_view stem = PronounStem(tokens[begin].text);
    phrase.mention.end = phrase.mention.begin + stem.size();
    std::string lower = ToLowerAscii(stem);
    phrase.form = PhraseForm::kPronoun;
    phrase.name = lower;
    phrase.kind = lower == "it"     ? SpeakerKind::kOrganization
                  : lower == "they" ? SpeakerKind::kVague
                                    : SpeakerKind::kPerson;
    return phrase;
  }
  // "Experts", "Residents" opening a sentence: a vague source, whose
  // capital letter comes from its position and makes no name.
  if (!IsPossessive(tokens[end - 1].text)) {
    size_t first = IsDeterminer(tokens[begin].text) ? begin + 1 : begin;
    if (first < end && words_.vague_sources.LongestMatchEndingAt(tokens, end) == end - first) {
      phrase.form = PhraseForm::kVague;
      phrase.kind = SpeakerKind::kVague;
      phrase.name = ToLowerAscii(Join(tokens, first, end));
      return phrase;
    }
  }
  // The name: the run of capitalised, non-title tokens at the end, with
  // "of"/"for" inside organisation names.
  size_t k = end;
  while (k > begin) {
    const Token& token = tokens[k - 1];
    if (token.word && token.capitalized && !IsDeterminer(token.text) &&
        !(words_.titles.Contains(token.text) && !words_.organization_words.Contains(token.text))) {
      --k;
      continue;
    }
    if (token.word && InList(kNameConnectors, token.text) && k < end && k - 1 > begin &&
        tokens[k - 2].capitalized) {
      --k;
      continue;
    }
    break;
  }
  while (k < end && tokens[k].word && InList(kNameConnectors, tokens[k].text)) ++k;
  // "Ruth Adeyemi of Kestrel County", "Tomasz Wilk and Ruth Adeyemi": a
  // person's name of two or more words before "of"/"for" (an affiliation)
  // or "and" (a second person) ends there; "Bureau of Labor Statistics"
  // keeps its connector because its head is an organisation word.
  for (size_t c = k + 2; c + 1 < end; ++c) {
    const Token& connector = tokens[c];
    if (!connector.word || connector.capitalized) continue;
    std::string lower = ToLowerAscii(connector.text);
    if (lower != "of" && lower != "for" && lower != "and") continue;
    bool person_before = true;
    for (size_t i = k; i < c && person_before; ++i) {
      person_before = tokens[i].capitalized &&
                      !words_.organization_words.Contains(tokens[i].text) &&
                      !words_.non_names.Contains(tokens[i].text) &&
                      !words_.document_words.Contains(tokens[i].text);
    }
    person_before = person_before && words_.places.LongestMatchEndingAt(tokens, c) == 0 &&
                    !words_.news_agencies.Contains(Join(tokens, k, c));
    if (lower == "and" && person_before) {
      // Only when a second person's name follows.
      for (size_t i = c + 1; i < end && person_before; ++i) {
        person_before =
            tokens[i].capitalized && !words_.organization_words.Contains(tokens[i].text);
      }
      person_before = person_before && end - c > 2;
    }
    if (person_before) end = c;
    break;
  }
  if (k < end && !IsPossessive(tokens[end - 1].text)) {
    std::string full = Join(tokens, k, end);
    bool org_name = words_.news_agencies.Contains(full);
    for (size_t i = k; i < end && !org_name; ++i) {
      org_name = tokens[i].capitalized && words_.organization_words.Contains(tokens[i].text) &&
                 tokens[i].text != "Campaign";
    }
    // A place at the end of the run ("North Korea") is a state as a source.
    size_t place = words_.places.LongestMatchEndingAt(tokens, end);
    size_t start = k;
    if (!org_name && place == 0) {
      while (start < end && words_.non_names.Contains(tokens[start].text)) ++start;
    }
    if (start < end) {
      phrase.form = PhraseForm::kName;
      if (org_name) {
        phrase.kind = SpeakerKind::kOrganization;
        phrase.name = full;
      } else if (end - k > 1 && words_.document_words.Contains(tokens[end - 1].text)) {
        // "the Marrow Bay Accord": a named document.
        phrase.kind = SpeakerKind::kDocument;
        phrase.form = PhraseForm::kDocument;
        phrase.name = full;
      } else if (place > 0 && end - place >= k) {
        phrase.kind = SpeakerKind::kOrganization;
        phrase.name = Join(tokens, end - place, end);
      } else if (end - start == 1 && IsAcronym(tokens[start].text)) {
        phrase.kind = SpeakerKind::kOrganization;
        phrase.name = std::string(tokens[start].text);
      } else {
        phrase.kind = SpeakerKind::kPerson;
        phrase.name = Join(tokens, start, end);
        if (k > begin && words_.titles.Contains(tokens[k - 1].text)) {
          phrase.title = std::string(tokens[k - 1].text);
        }
      }
      return phrase;
    }
  }
  std::string lower_phrase = ToLowerAscii(Join(tokens, begin, end));
  size_t name_begin = IsDeterminer(tokens[begin].text) ? begin + 1 : begin;
  if (words_.vague_sources.LongestMatchEndingAt(tokens, end) > 0) {
    phrase.form = PhraseForm::kVague;
    phrase.kind = SpeakerKind::kVague;
    phrase.name = ToLowerAscii(Join(tokens, name_begin, end));
    return phrase;
  }
  const Token& head = tokens[end - 1];
  bool indefinite = ToLowerAscii(tokens[begin].text) == "a" ||
                    ToLowerAscii(tokens[begin].text) == "an" ||
                    ToLowerAscii(tokens[begin].text) == "one";
  if (words_.document_words.Contains(head.text) && name_begin < end) {
    phrase.form = PhraseForm::kDocument;
    phrase.kind = SpeakerKind::kDocument;
    phrase.name = ToLowerAscii(Join(tokens, name_begin, end));
    return phrase;
  }
  bool possessed = false;
  for (size_t i = begin; i + 1 < end; ++i) possessed = possessed || IsPossessive(tokens[i].text);
  if (words_.organization_words.Contains(head.text) && !indefinite) {
    phrase.form = PhraseForm::kRole;
    phrase.kind = SpeakerKind::kOrganization;
    phrase.name = ToLowerAscii(head.text);
    phrase.possessed = possessed;
    return phrase;
  }
  if (words_.titles.Contains(head.text)) {
    if (indefinite) {
      phrase.form = PhraseForm::kVague;
      phrase.kind = SpeakerKind::kVague;
      phrase.name = lower_phrase;
    } else {
      phrase.form = PhraseForm::kRole;
      phrase.kind = SpeakerKind::kPerson;
      phrase.name = ToLowerAscii(head.text);
      phrase.possessed = possessed;
    }
    return phrase;
  }
  return SpeakerPhrase{};
}

SpeakerPhrase SpeakerPhraseReader::SubjectBeforePreposition(const std::vector<Token>& tokens,
                                                            size_t begin, size_t limit) const {
  if (begin >= limit || !tokens[begin].word || !IsDeterminer(tokens[begin].text)) return {};
  size_t k = begin + 1;
  while (k < limit && tokens[k].word && !InList(kPrepositionsBefore, tokens[k].text)) ++k;
  if (k == begin + 1 || k > limit || !tokens[k].word) return {};
  SpeakerPhrase head = Classify(tokens, begin, k);
  if (head.form == PhraseForm::kNone) head = ReadUnknownHead(tokens, begin, k);
  return head;
}

SpeakerPhrase SpeakerPhraseReader::ReadUnknownHead(const std::vector<Token>& tokens, size_t begin,
                                                   size_t end) const {
  // "The New York businessman said", "the ad's narrator said": a short
  // determined noun phrase right before the cue is its subject even when
  // the head noun is in no lexicon.
  constexpr size_t kMaxWords = 6;
  if (end == begin || !tokens[end - 1].word || tokens[end - 1].capitalized) return {};
  static constexpr std::string_view kFunctionWords[] = {
      "and", "or",   "but",  "of",   "who",   "which", "that",  "are",  "is",
      "was", "were", "be",   "been", "to",    "in",    "on",    "for",  "with",
      "by",  "at",   "from", "as",   "it",    "he",    "she",   "they", "not",
      "has", "have", "had",  "will", "would", "can",   "could", "may",  "might"};
  for (size_t d = end; d-- > begin && end - d <= kMaxWords;) {
    const Token& token = tokens[d];
    if (!token.word) return {};
    // Words of the phrase must be adjacent (no blanked quote between).
    if (d + 1 < end && tokens[d + 1].span.begin > token.span.end + 1) return {};
    std::string lower = ToLowerAscii(token.text);
    for (std::string_view function_word : kFunctionWords) {
      if (lower == function_word) return {};
    }
    // "multiple lawmakers", "several councillors": a quantified plural is
    // an unnamed group.
    bool group = InList(kGroupQuantifiers, token.text) && d + 1 < end &&
                 tokens[end - 1].text.size() > 3 && tokens[end - 1].text.back() == 's';
    bool opener = IsDeterminer(token.text) || IsPossessive(token.text) ||
                  ToLowerAscii(token.text) == "one" || group;
    if (!opener) continue;
    if (d + 1 == end && !IsPossessive(token.text)) return {};
    // "the timetable for the Lorn ferry": an object of a preposition.
    if (d > begin && tokens[d - 1].word && InList(kPrepositionsBefore, tokens[d - 1].text))
      return {};
    if (d > begin && tokens[d - 1].word && InList(kCopulas, tokens[d - 1].text)) return {};
    SpeakerPhrase phrase;
    phrase.mention = {token.span.begin, tokens[end - 1].span.end};
    if (group) {
      phrase.form = PhraseForm::kVague;
      phrase.kind = SpeakerKind::kVague;
      phrase.name = ToLowerAscii(Join(tokens, d, end));
      return phrase;
    }
    bool indefinite = ToLowerAscii(token.text) == "a" || ToLowerAscii(token.text) == "an" ||
                      ToLowerAscii(token.text) == "one";
    phrase.form = indefinite ? PhraseForm::kVague : PhraseForm::kRole;
    phrase.kind = indefinite ? SpeakerKind::kVague : SpeakerKind::kPerson;
    phrase.name = ToLowerAscii(tokens[end - 1].text);
    phrase.possessed = true;  // resolve by its own words, not by a title
    return phrase;
  }
  return {};
}

namespace {

// Drops parenthesised asides ("(R)", "(D-N.C.)", "(KCNA)") from a region:
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

constexpr std::array<std::string_view, 24> kPrepositions = {
    "in",        "on",   "at",       "during", "after",   "before", "from",       "with",
    "for",       "by",   "speaking", "asked",  "earlier", "later",  "meanwhile",  "however",
    "following", "amid", "despite",  "under",  "over",    "given",  "responding", "then"};

// "Quina Jones, 25, said": an age or number between commas is no subject.
bool IsNumberChunk(const std::vector<Token>& tokens, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    char c = tokens[i].text.empty() ? ' ' : tokens[i].text[0];
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "Orla Penn, D-Mar., said": a party and state tag between commas is no
// subject ("D", "R-Ky.", "I-Vt").
bool IsAffiliationChunk(const std::vector<Token>& tokens, size_t begin, size_t end,
                        const PhraseSet& parties) {
  if (begin >= end || !tokens[begin].word) return false;
  std::string_view tag = tokens[begin].text;
  size_t dash = tag.find('-');
  if (!parties.Contains(tag.substr(0, dash))) return false;
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
bool IsPrepositionalAside(const std::vector<Token>& tokens, size_t begin, size_t end) {
  return begin < end && tokens[begin].word && InList(kPrepositionsBefore, tokens[begin].text);
}

}  // namespace

SpeakerPhrase SpeakerPhraseReader::ReadSubjectAtStart(const std::vector<Token>& all) const {
  // The subject of a participle cue ("He then defended the remark,
  // saying ...") opens the clause, after any introductory phrase.
  std::vector<Token> tokens = WithoutParentheses(all);
  size_t start = 0;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && !IsComma(tokens[i])) continue;
    size_t begin = start;
    start = i + 1;
    if (begin >= i) continue;
    if (tokens[begin].word &&
        (InList(kPrepositions, tokens[begin].text) || InList(kSubordinators, tokens[begin].text))) {
      continue;
    }
    size_t e = PhraseEndAfter(tokens, begin, i);
    SpeakerPhrase phrase = Classify(tokens, begin, e);
    return phrase;
  }
  return {};
}

SpeakerPhrase SpeakerPhraseReader::Read(const std::vector<Token>& all, bool before_cue) const {
  std::vector<Token> tokens = WithoutParentheses(all);
  // Split the region into comma-separated chunks.
  std::vector<std::pair<size_t, size_t>> chunks;
  size_t start = 0;
  for (size_t i = 0; i <= tokens.size(); ++i) {
    if (i == tokens.size() || IsComma(tokens[i])) {
      chunks.emplace_back(start, i);
      start = i + 1;
    }
  }
  if (before_cue) {
    SpeakerPhrase fallback;
    for (size_t c = chunks.size(); c-- > 0;) {
      auto [begin, end] = chunks[c];
      if (begin == end) continue;
      if (IsClauseOpener(tokens[begin]) || IsNumberChunk(tokens, begin, end) ||
          IsAffiliationChunk(tokens, begin, end, words_.party_abbreviations)) {
        continue;
      }
      while (begin < end && tokens[begin].word && InList(kSubordinators, tokens[begin].text)) {
        ++begin;
      }
      if (begin == end) continue;
      // "Tomas Reyl, a finance panel member, said": an indefinite phrase
      // right after a name is an apposition even when its head is in no
      // lexicon.
      bool indefinite_apposition = false;
      if (c > 0 && tokens[begin].word &&
          (ToLowerAscii(tokens[begin].text) == "a" || ToLowerAscii(tokens[begin].text) == "an")) {
        auto [prev_begin, prev_end] = chunks[c - 1];
        indefinite_apposition = prev_end > prev_begin && tokens[prev_end - 1].word &&
                                tokens[prev_end - 1].capitalized &&
                                !IsPrepositionalAside(tokens, prev_begin, prev_end) &&
                                !InList(kSubordinators, tokens[prev_begin].text);
      }
      if (c > 0 && (indefinite_apposition || IsAppositive(tokens, begin, end))) {
        if (fallback.form == PhraseForm::kNone) {
          size_t p = PhraseStartBefore(tokens, begin, end);
          fallback = Classify(tokens, p, end);
        }
        continue;
      }
      size_t p = PhraseStartBefore(tokens, begin, end);
      // A phrase after a preposition ("marching through the streets") is an
      // object, not the subject of the cue; the subject may open the chunk
      // before a participle phrase ("Protesters marching through ...").
      SpeakerPhrase participle_subject;
      size_t e = PhraseEndAfter(tokens, begin, end);
      if (e > begin && e < end && tokens[e].word && !tokens[e].capitalized &&
          tokens[e].text.size() > 4 && tokens[e].text.substr(tokens[e].text.size() - 3) == "ing") {
        participle_subject = Classify(tokens, begin, e);
        if (participle_subject.form == PhraseForm::kPronoun) participle_subject = {};
      }
      if (p > begin && p < end && tokens[p - 1].word &&
          InList(kPrepositionsBefore, tokens[p - 1].text)) {
        if (participle_subject.form != PhraseForm::kNone) return participle_subject;
        if (c > 0 && IsPrepositionalAside(tokens, begin, end)) continue;
        // "a narrator in the council's ad asks": the subject is the phrase
        // before the first preposition, if one opens the chunk.
        SpeakerPhrase head = SubjectBeforePreposition(tokens, begin, p - 1);
        if (head.form != PhraseForm::kNone) return head;
        return fallback;
      }
      // The subject must reach back to the start of its chunk or follow an
      // introductory phrase; a phrase inside a clause is not the subject.
      SpeakerPhrase phrase = Classify(tokens, p, end);
      if (phrase.form == PhraseForm::kNone) phrase = participle_subject;
      if (phrase.form == PhraseForm::kNone && c + 1 == chunks.size()) {
        phrase = ReadUnknownHead(tokens, begin, end);
      }
      if (phrase.form != PhraseForm::kNone) return phrase;
      if (c > 0 && IsPrepositionalAside(tokens, begin, end)) continue;
      return fallback;
    }
    return fallback;
  }
  // After the cue: the phrase at the start; an unnamed role followed by an
  // apposition takes the name ("said a spokeswoman, Ana Ruiz").
  for (size_t c = 0; c < chunks.size(); ++c) {
    auto [begin, end] = chunks[c];
    if (begin == end) return SpeakerPhrase{};
    size_t e = PhraseEndAfter(tokens, begin, end);
    SpeakerPhrase phrase = Classify(tokens, begin, e);
    if (phrase.form == PhraseForm::kNone) {
      // "according to conservative radio host Rush Limbaugh": modifiers the
      // lexicons do not know come first; the phrase ends the chunk.
      size_t last = end;
      while (last > begin && !tokens[last - 1].word) --last;
      phrase = Classify(tokens, PhraseStartBefore(tokens, begin, last), last);
    }
    if ((phrase.form == PhraseForm::kRole || phrase.form == PhraseForm::kVague) &&
        c + 1 < chunks.size()) {
      auto [next_begin, next_end] = chunks[c + 1];
      size_t ne = PhraseEndAfter(tokens, next_begin, next_end);
      SpeakerPhrase named = Classify(tokens, next_begin, ne);
      if (named.form == PhraseForm::kName && named.kind == SpeakerKind::kPerson) return named;
    }
    return phrase;
  }
  return SpeakerPhrase{};
}

}  // namespace qa
