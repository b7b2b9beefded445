#include "scan/word_sets.h"

#include <algorithm>

#include "core/text.h"

namespace qa {

namespace {

// Normalises a phrase to single-space-separated words, curly apostrophes
// straightened so "North’s" and "North's" compare equal.
std::string Normalize(std::string_view phrase) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < phrase.size() &&
        static_cast<unsigned char>(phrase[i + 1]) == 0x80 &&
        static_cast<unsigned char>(phrase[i + 2]) == 0x99) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

size_t WordCount(std::string_view phrase) {
  return static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

std::vector<std::string> Concat(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
  std::vector<std::string> all(a);
  all.insert(all.end(), b.begin(), b.end());
  return all;
}

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& entries, bool case_sensitive)
    : case_sensitive_(case_sensitive) {
  for (const auto& entry : entries) {
    std::string key = Key(entry);
    if (key.empty()) continue;
    max_words_ = std::max(max_words_, WordCount(key));
    entries_.insert(std::move(key));
  }
}

std::string PhraseSet::Key(std::string_view phrase) const {
  std::string normalized = Normalize(phrase);
  return case_sensitive_ ? normalized : AsciiLower(normalized);
}

bool PhraseSet::Contains(std::string_view phrase) const {
  return !entries_.empty() && entries_.count(Key(phrase)) > 0;
}

size_t PhraseSet::LongestMatchAt(const std::vector<Token>& tokens, size_t begin) const {
  size_t best = 0;
  std::string phrase;
  for (size_t n = 1; n <= max_words_ && begin + n <= tokens.size(); ++n) {
    const Token& token = tokens[begin + n - 1];
    if (!token.word) break;
    if (n > 1) phrase.push_back(' ');
    phrase.append(token.text);
    if (Contains(phrase)) best = n;
  }
  return best;
}

size_t PhraseSet::LongestMatchEndingAt(const std::vector<Token>& tokens, size_t end) const {
  size_t best = 0;
  for (size_t n = 1; n <= max_words_ && n <= end; ++n) {
    if (!tokens[end - n].word) break;
    std::string phrase;
    for (size_t k = end - n; k < end; ++k) {
      if (k > end - n) phrase.push_back(' ');
      phrase.append(tokens[k].text);
    }
    if (Contains(phrase)) best = n;
  }
  return best;
}

WordSets::WordSets(const RuleSet& rules)
    : titles(rules.Words("person-titles"), false),
      title_modifiers(rules.Words("title-modifiers"), false),
      organization_words(rules.Words("organization-words"), false),
      news_agencies(rules.Words("news-agencies"), true),
      places(rules.Words("place-names"), true),
      document_words(rules.Words("document-words"), false),
      vague_sources(rules.Words("vague-sources"), false),
      non_names(rules.Words("capitalized-non-names"), true),
      capitalized_verbs(rules.Words("capitalized-verbs"), true),
      party_abbreviations(rules.Words("party-abbreviations"), true),
      abbreviations(rules.Words("sentence-abbreviations"), true),
      pronouns(rules.Words("pronouns"), false),
      speech_verbs(rules.Words("speech-verbs"), false),
      female_names(Concat(rules.Words("female-first-names"), rules.Words("female-words")), true),
      male_names(Concat(rules.Words("male-first-names"), rules.Words("male-words")), true),
      determiners(rules.Words("determiners"), false),
      indefinite_determiners(rules.Words("indefinite-determiners"), false),
      demonstratives(rules.Words("demonstratives"), false),
      quantifiers(rules.Words("quantifiers"), false),
      group_quantifiers(rules.Words("group-quantifiers"), false),
      clause_openers(rules.Words("clause-openers"), false),
      subordinators(rules.Words("subordinators"), false),
      prepositions(rules.Words("prepositions"), false),
      introductory_words(rules.Words("introductory-words"), false),
      copulas(rules.Words("copulas"), false),
      name_connectors(rules.Words("name-connectors"), false),
      affiliation_connectors(rules.Words("affiliation-connectors"), false),
      person_coordinators(rules.Words("person-coordinators"), false),
      organization_connectors(rules.Words("organization-connectors"), true),
      function_words(rules.Words("function-words"), false),
      title_minor_words(rules.Words("title-minor-words"), true),
      elisions(rules.Words("elisions"), false),
      female_pronouns(rules.Words("female-pronouns"), false),
      male_pronouns(rules.Words("male-pronouns"), false),
      neuter_pronouns(rules.Words("neuter-pronouns"), false),
      plural_pronouns(rules.Words("plural-pronouns"), false) {}

}  // namespace qa
