#include "scan/noun_phrase.h"

#include <atomic>

#include "core/text.h"

namespace qa {
namespace {

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

}  // namespace

std::string JoinTokens(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(tokens[i].text);
  }
  return out;
}

NounPhraseClassifier::NounPhraseClassifier(const WordSets& words) : words_(words) {
  static std::atomic<uint64_t> made{0};
  id_ = ++made;
}

std::string_view NounPhraseClassifier::PronounStem(std::string_view word) const {
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

bool NounPhraseClassifier::IsNameToken(const Token& token) const {
  return token.word && token.capitalized && !words_.non_names.Contains(token.text) &&
         !words_.capitalized_verbs.Contains(token.text) && !words_.titles.Contains(token.text);
}

bool NounPhraseClassifier::IsClauseOpener(const Token& token) const {
  return token.word && words_.clause_openers.Contains(token.text);
}

bool NounPhraseClassifier::IsPhraseWord(const std::vector<Token>& tokens, size_t i) const {
  const Token& token = tokens[i];
  if (!token.word) return false;
  // A capitalised demonstrative opens a phrase ("That report said").
  if (token.capitalized)
    return !IsClauseOpener(token) || words_.demonstratives.Contains(token.text);
  std::string_view w = token.text;
  return words_.titles.Contains(w) || words_.title_modifiers.Contains(w) ||
         words_.determiners.Contains(w) || words_.quantifiers.Contains(w) || IsPossessive(w) ||
         words_.vague_sources.Contains(w) || words_.organization_words.Contains(w) ||
         words_.document_words.Contains(w);
}

size_t NounPhraseClassifier::PhraseStartBefore(const std::vector<Token>& tokens, size_t begin,
                                               size_t end) const {
  if (end == begin) return end;
  if (!PronounStem(tokens[end - 1].text).empty()) return end - 1;
  // "a new ferry treaty": a document's head noun takes up to three
  // modifiers back to its determiner.
  if (words_.document_words.Contains(tokens[end - 1].text)) {
    for (size_t d = end - 1; d > begin && end - d <= 4; --d) {
      const Token& token = tokens[d - 1];
      if (!token.word) break;
      if (words_.determiners.Contains(token.text)) return d - 1;
    }
  }
  size_t i = end;
  size_t vague = words_.vague_sources.LongestMatchEndingAt(tokens, end);
  if (vague > 0 && end - vague >= begin) i = end - vague;
  while (i > begin) {
    const Token& token = tokens[i - 1];
    if (token.word && words_.determiners.Contains(token.text)) {
      --i;
      break;
    }
    if (IsPhraseWord(tokens, i - 1)) {
      --i;
      continue;
    }
    // "chief executive of Redhill Trust", "Ministry of Fisheries".
    bool connector =
        token.word && words_.name_connectors.Contains(token.text) && i < end && i - 1 > begin;
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
  while (i < end && tokens[i].word && words_.name_connectors.Contains(tokens[i].text)) ++i;
  return i;
}

size_t NounPhraseClassifier::PhraseEndAfter(const std::vector<Token>& tokens, size_t begin,
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
    bool connector = tokens[i].word && words_.name_connectors.Contains(tokens[i].text) &&
                     i > begin && i + 1 < end && tokens[i + 1].word &&
                     (tokens[i + 1].capitalized || words_.determiners.Contains(tokens[i + 1].text));
    if (connector && (tokens[i - 1].capitalized || words_.titles.Contains(tokens[i - 1].text))) {
      ++i;
      continue;
    }
    break;
  }
  // A phrase does not end on a determiner or connector.
  while (i > begin && tokens[i - 1].word &&
         (words_.determiners.Contains(tokens[i - 1].text) ||
          words_.name_connectors.Contains(tokens[i - 1].text))) {
    --i;
  }
  return i;
}

bool NounPhraseClassifier::IsAppositive(const std::vector<Token>& tokens, size_t begin,
                                        size_t end) const {
  if (begin >= end || !tokens[begin].word) return false;
  const Token& first = tokens[begin];
  bool opener = words_.determiners.Contains(first.text) || IsPossessive(first.text) ||
                words_.titles.Contains(first.text) || words_.title_modifiers.Contains(first.text);
  if (!opener) return false;
  for (size_t i = begin; i < end; ++i) {
    if (tokens[i].word && !tokens[i].capitalized && words_.titles.Contains(tokens[i].text)) {
      return true;
    }
  }
  return false;
}

SpeakerPhrase NounPhraseClassifier::Classify(const std::vector<Token>& tokens, size_t begin,
                                             size_t end) const {
  SpeakerPhrase phrase;
  if (begin >= end) return phrase;
  // "Nia Holt on Monday": times and connectors never end a name.
  while (end > begin + 1 && tokens[end - 1].word &&
         (words_.non_names.Contains(tokens[end - 1].text) ||
          words_.name_connectors.Contains(tokens[end - 1].text))) {
    --end;
  }
  phrase.mention = {tokens[begin].span.begin, tokens[end - 1].span.end};
  if (ClassifyPronounOrGroup(tokens, begin, end, &phrase)) return phrase;
  if (ClassifyName(tokens, begin, end, &phrase)) return phrase;
  if (ClassifyCommonNoun(tokens, begin, end, &phrase)) return phrase;
  return SpeakerPhrase{};
}

bool NounPhraseClassifier::ClassifyPronounOrGroup(const std::vector<Token>& tokens, size_t begin,
                                                  size_t end, SpeakerPhrase* phrase) const {
  std::string_view stem = end - begin == 1 ? PronounStem(tokens[begin].text) : std::string_view();
  if (!stem.empty()) {
    phrase->mention.end = phrase->mention.begin + stem.size();
    phrase->form = PhraseForm::kPronoun;
    phrase->name = AsciiLower(stem);
    phrase->kind = words_.neuter_pronouns.Contains(stem)   ? SpeakerKind::kOrganization
                   : words_.plural_pronouns.Contains(stem) ? SpeakerKind::kVague
                                                           : SpeakerKind::kPerson;
    return true;
  }
  // "Experts", "Residents" opening a sentence: a vague source, whose
  // capital letter comes from its position and makes no name.
  if (IsPossessive(tokens[end - 1].text)) return false;
  size_t first = words_.determiners.Contains(tokens[begin].text) ? begin + 1 : begin;
  if (first >= end || words_.vague_sources.LongestMatchEndingAt(tokens, end) != end - first) {
    return false;
  }
  phrase->form = PhraseForm::kVague;
  phrase->kind = SpeakerKind::kVague;
  phrase->name = AsciiLower(JoinTokens(tokens, first, end));
  return true;
}

bool NounPhraseClassifier::ClassifyName(const std::vector<Token>& tokens, size_t begin, size_t end,
                                        SpeakerPhrase* phrase) const {
  // The name: the run of capitalised, non-title tokens at the end, with
  // connectors inside organisation names.
  size_t k = end;
  while (k > begin) {
    const Token& token = tokens[k - 1];
    if (token.word && token.capitalized && !words_.determiners.Contains(token.text) &&
        !(words_.titles.Contains(token.text) && !words_.organization_words.Contains(token.text))) {
      --k;
      continue;
    }
    if (token.word && words_.name_connectors.Contains(token.text) && k < end && k - 1 > begin &&
        tokens[k - 2].capitalized) {
      --k;
      continue;
    }
    break;
  }
  while (k < end && tokens[k].word && words_.name_connectors.Contains(tokens[k].text)) ++k;
  // "Ruth Adeyemi of Kestrel County", "Tomas Wilk and Ruth Adeyemi": a
  // person's name of two or more words before an affiliation or a second
  // person ends there; "Bureau of Fisheries" keeps its connector because
  // its head is an organisation word.
  for (size_t c = k + 2; c + 1 < end; ++c) {
    const Token& connector = tokens[c];
    if (!connector.word || connector.capitalized) continue;
    if (!words_.affiliation_connectors.Contains(connector.text)) continue;
    bool person_before = true;
    for (size_t i = k; i < c && person_before; ++i) {
      person_before = tokens[i].capitalized &&
                      !words_.organization_words.Contains(tokens[i].text) &&
                      !words_.non_names.Contains(tokens[i].text) &&
                      !words_.document_words.Contains(tokens[i].text);
    }
    person_before = person_before && words_.places.LongestMatchEndingAt(tokens, c) == 0 &&
                    !words_.news_agencies.Contains(JoinTokens(tokens, k, c));
    if (words_.person_coordinators.Contains(connector.text) && person_before) {
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
  if (k >= end || IsPossessive(tokens[end - 1].text)) return false;
  std::string full = JoinTokens(tokens, k, end);
  bool org_name = words_.news_agencies.Contains(full);
  for (size_t i = k; i < end && !org_name; ++i) {
    org_name = tokens[i].capitalized && words_.organization_words.Contains(tokens[i].text);
  }
  // "the Solvik Courier": a publication's name, unless a given name opens
  // it ("Li Sun").
  // "the Courier" alone, after its determiner, is one too.
  bool determined = k > begin && words_.determiners.Contains(tokens[k - 1].text);
  org_name = org_name || ((end - k > 1 || determined) &&
                          words_.publication_names.Contains(tokens[end - 1].text) &&
                          !words_.female_names.Contains(tokens[k].text) &&
                          !words_.male_names.Contains(tokens[k].text));
  // A place at the end of the run ("Marrow Bay") is a state as a source.
  size_t place = words_.places.LongestMatchEndingAt(tokens, end);
  size_t start = k;
  if (!org_name && place == 0) {
    while (start < end && words_.non_names.Contains(tokens[start].text)) ++start;
  }
  if (start >= end) return false;
  phrase->form = PhraseForm::kName;
  if (org_name) {
    phrase->kind = SpeakerKind::kOrganization;
    phrase->name = full;
  } else if (end - k > 1 && words_.document_words.Contains(tokens[end - 1].text)) {
    // "the Marrow Bay Accord": a named document.
    phrase->kind = SpeakerKind::kDocument;
    phrase->form = PhraseForm::kDocument;
    phrase->name = full;
  } else if (place > 0 && end - place >= k) {
    phrase->kind = SpeakerKind::kOrganization;
    phrase->name = JoinTokens(tokens, end - place, end);
  } else if (end - start == 1 && IsAcronym(tokens[start].text)) {
    phrase->kind = SpeakerKind::kOrganization;
    phrase->name = std::string(tokens[start].text);
  } else {
    phrase->kind = SpeakerKind::kPerson;
    phrase->name = JoinTokens(tokens, start, end);
    if (k > begin && words_.titles.Contains(tokens[k - 1].text)) {
      phrase->title = std::string(tokens[k - 1].text);
    }
  }
  return true;
}

bool NounPhraseClassifier::ClassifyCommonNoun(const std::vector<Token>& tokens, size_t begin,
                                              size_t end, SpeakerPhrase* phrase) const {
  size_t name_begin = words_.determiners.Contains(tokens[begin].text) ? begin + 1 : begin;
  if (words_.vague_sources.LongestMatchEndingAt(tokens, end) > 0) {
    phrase->form = PhraseForm::kVague;
    phrase->kind = SpeakerKind::kVague;
    phrase->name = AsciiLower(JoinTokens(tokens, name_begin, end));
    return true;
  }
  const Token& head = tokens[end - 1];
  bool indefinite = words_.indefinite_determiners.Contains(tokens[begin].text);
  if (words_.document_words.Contains(head.text) && name_begin < end) {
    phrase->form = PhraseForm::kDocument;
    phrase->kind = SpeakerKind::kDocument;
    phrase->name = AsciiLower(JoinTokens(tokens, name_begin, end));
    return true;
  }
  bool possessed = false;
  for (size_t i = begin; i + 1 < end; ++i) possessed = possessed || IsPossessive(tokens[i].text);
  if (words_.organization_words.Contains(head.text) && !indefinite) {
    phrase->form = PhraseForm::kRole;
    phrase->kind = SpeakerKind::kOrganization;
    phrase->name = AsciiLower(head.text);
    phrase->possessed = possessed;
    return true;
  }
  // "farmers", "shop owners", "many farmers": an unnamed group, named by
  // no lexicon but by its plural person noun. A possessed one ("the
  // union's members") is left to the role rules, and a capital after the
  // first word names whose group it is ("the Harbor Council staff").
  bool capital_inside = false;
  bool named_group = false;  // "his aides", "both men", "police officers"
  for (size_t i = begin; i < end; ++i) {
    capital_inside = capital_inside || (i > name_begin && tokens[i].capitalized);
    named_group = named_group || words_.group_non_modifiers.Contains(tokens[i].text);
  }
  if (!possessed && !capital_inside && !named_group && name_begin < end &&
      words_.IsGroupNoun(head.text)) {
    phrase->form = PhraseForm::kVague;
    phrase->kind = SpeakerKind::kVague;
    phrase->name = AsciiLower(JoinTokens(tokens, name_begin, end));
    return true;
  }
  if (!words_.titles.Contains(head.text)) return false;
  if (indefinite) {
    phrase->form = PhraseForm::kVague;
    phrase->kind = SpeakerKind::kVague;
    phrase->name = AsciiLower(JoinTokens(tokens, begin, end));
  } else {
    phrase->form = PhraseForm::kRole;
    phrase->kind = SpeakerKind::kPerson;
    phrase->name = AsciiLower(head.text);
    phrase->possessed = possessed;
  }
  return true;
}

}  // namespace qa
