#include "scan/word_sets.h"

#include <algorithm>

#include "core/text.h"

namespace qa {

namespace {

// U+2019, the typographic apostrophe, at phrase[i]. Byte by byte: this runs
// for every byte of every looked-up word.
inline bool IsCurlyApostropheAt(std::string_view phrase, size_t i) {
  return static_cast<unsigned char>(phrase[i]) == 0xE2 && i + 2 < phrase.size() &&
         static_cast<unsigned char>(phrase[i + 1]) == 0x80 &&
         static_cast<unsigned char>(phrase[i + 2]) == 0x99;
}

// Appends `phrase` to *out normalised to single-space-separated words,
// curly apostrophes straightened so "North’s" and "North's" compare equal,
// and lower-cased unless `keep_case`.
void AppendNormalized(std::string_view phrase, bool keep_case, std::string* out) {
  // Written through a pointer into room made up front (the key is never
  // longer than the phrase): this runs for every word of every document, and
  // push_back's capacity check per byte was most of its cost.
  const size_t start = out->size();
  out->resize(start + phrase.size());
  char* const begin = out->data() + start;
  char* at = begin;
  bool space = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (IsAsciiSpace(c)) {
      space = at > begin;
      continue;
    }
    if (space) *at++ = ' ';
    space = false;
    if (IsCurlyApostropheAt(phrase, i)) {
      *at++ = '\'';
      i += 2;
      continue;
    }
    if (!keep_case && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    *at++ = c;
  }
  out->resize(start + static_cast<size_t>(at - begin));
}

// The first byte of `phrase`'s key (see AppendNormalized), or -1 when the
// key is empty.
int FirstKeyByte(std::string_view phrase, bool keep_case) {
  for (size_t i = 0; i < phrase.size(); ++i) {
    const auto c = static_cast<unsigned char>(phrase[i]);
    if (IsAsciiSpace(static_cast<char>(c))) continue;
    if (IsCurlyApostropheAt(phrase, i)) return '\'';
    return !keep_case && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  }
  return -1;
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
  std::string key;
  for (const auto& entry : entries) {
    KeyInto(entry, &key);
    if (key.empty()) continue;
    max_words_ = std::max(max_words_, WordCount(key));
    max_key_bytes_ = std::max(max_key_bytes_, key.size());
    NoteFirstByte(static_cast<unsigned char>(key[0]));
    entries_.insert(key);
  }
}

void PhraseSet::KeyInto(std::string_view phrase, std::string* key) const {
  key->clear();
  AppendNormalized(phrase, case_sensitive_, key);
}

bool PhraseSet::ContainsKey(std::string_view key) const {
  return key.size() <= max_key_bytes_ && entries_.find(key) != entries_.end();
}

bool PhraseSet::MayStartWith(std::string_view phrase) const {
  const int byte = FirstKeyByte(phrase, case_sensitive_);
  return byte >= 0 && (first_bytes_[static_cast<size_t>(byte) >> 6] >> (byte & 63) & 1) != 0;
}

bool PhraseSet::Contains(std::string_view phrase) const {
  if (entries_.empty() || !MayStartWith(phrase)) return false;
  // One buffer per thread: look-ups run for every word of every document.
  thread_local std::string key;
  KeyInto(phrase, &key);
  return ContainsKey(key);
}

size_t PhraseSet::LongestMatchAt(const std::vector<Token>& tokens, size_t begin) const {
  if (entries_.empty() || begin >= tokens.size() || !MayStartWith(tokens[begin].text)) return 0;
  thread_local std::string phrase;
  phrase.clear();
  size_t best = 0;
  for (size_t n = 1; n <= max_words_ && begin + n <= tokens.size(); ++n) {
    const Token& token = tokens[begin + n - 1];
    if (!token.word) break;
    if (n > 1) phrase.push_back(' ');
    AppendNormalized(token.text, case_sensitive_, &phrase);
    if (phrase.size() > max_key_bytes_) break;
    if (ContainsKey(phrase)) best = n;
  }
  return best;
}

size_t PhraseSet::LongestMatchEndingAt(const std::vector<Token>& tokens, size_t end) const {
  if (entries_.empty()) return 0;
  thread_local std::string phrase;
  size_t best = 0;
  for (size_t n = 1; n <= max_words_ && n <= end; ++n) {
    if (!tokens[end - n].word) break;
    if (!MayStartWith(tokens[end - n].text)) continue;
    phrase.clear();
    for (size_t k = end - n; k < end; ++k) {
      if (k > end - n) phrase.push_back(' ');
      AppendNormalized(tokens[k].text, case_sensitive_, &phrase);
    }
    if (phrase.size() > max_key_bytes_) break;
    if (ContainsKey(phrase)) best = n;
  }
  return best;
}

namespace {

// Which lexicon fills which set, and whether it is matched with case.
struct Field {
  PhraseSet WordSets::*set;
  const char* lexicon;
  bool case_sensitive;
};

constexpr Field kFields[] = {
    {&WordSets::titles, "person-titles", false},
    {&WordSets::title_modifiers, "title-modifiers", false},
    {&WordSets::organization_words, "organization-words", false},
    {&WordSets::news_agencies, "news-agencies", true},
    {&WordSets::places, "place-names", true},
    {&WordSets::document_words, "document-words", false},
    {&WordSets::vague_sources, "vague-sources", false},
    {&WordSets::non_names, "capitalized-non-names", true},
    {&WordSets::capitalized_verbs, "capitalized-verbs", true},
    {&WordSets::party_abbreviations, "party-abbreviations", true},
    {&WordSets::abbreviations, "sentence-abbreviations", true},
    {&WordSets::pronouns, "pronouns", false},
    {&WordSets::speech_verbs, "speech-verbs", false},
    {&WordSets::determiners, "determiners", false},
    {&WordSets::indefinite_determiners, "indefinite-determiners", false},
    {&WordSets::demonstratives, "demonstratives", false},
    {&WordSets::quantifiers, "quantifiers", false},
    {&WordSets::group_quantifiers, "group-quantifiers", false},
    {&WordSets::clause_openers, "clause-openers", false},
    {&WordSets::relative_pronouns, "relative-pronouns", false},
    {&WordSets::verb_coordinators, "verb-coordinators", false},
    {&WordSets::absolute_markers, "absolute-markers", false},
    {&WordSets::subordinators, "subordinators", false},
    {&WordSets::attribution_subordinators, "attribution-subordinators", false},
    {&WordSets::prepositions, "prepositions", false},
    {&WordSets::placing_prepositions, "placing-prepositions", false},
    {&WordSets::introductory_words, "introductory-words", false},
    {&WordSets::copulas, "copulas", false},
    {&WordSets::name_connectors, "name-connectors", false},
    {&WordSets::affiliation_connectors, "affiliation-connectors", false},
    {&WordSets::person_coordinators, "person-coordinators", false},
    {&WordSets::organization_connectors, "organization-connectors", true},
    {&WordSets::function_words, "function-words", false},
    {&WordSets::title_minor_words, "title-minor-words", true},
    {&WordSets::elisions, "elisions", false},
    {&WordSets::female_pronouns, "female-pronouns", false},
    {&WordSets::male_pronouns, "male-pronouns", false},
    {&WordSets::neuter_pronouns, "neuter-pronouns", false},
    {&WordSets::plural_pronouns, "plural-pronouns", false},
    {&WordSets::anonymous_speakers, "anonymous-speaker-phrases", false},
    {&WordSets::time_words, "time-words", false},
    {&WordSets::publication_names, "publication-names", true},
    {&WordSets::locative_prepositions, "locative-prepositions", false},
};

// The gender sets join a name list and a word list, both matched with case.
constexpr const char* kGenderLexicons[] = {"female-first-names", "female-words", "male-first-names",
                                           "male-words"};

}  // namespace

WordSets::WordSets(const RuleSet& rules)
    : female_names(Concat(rules.Words("female-first-names"), rules.Words("female-words")), true),
      male_names(Concat(rules.Words("male-first-names"), rules.Words("male-words")), true) {
  for (const Field& field : kFields) {
    this->*field.set = PhraseSet(rules.Words(field.lexicon), field.case_sensitive);
  }
}

std::vector<std::string> WordSets::CaseSensitiveLexicons() {
  std::vector<std::string> names(std::begin(kGenderLexicons), std::end(kGenderLexicons));
  for (const Field& field : kFields) {
    if (field.case_sensitive) names.emplace_back(field.lexicon);
  }
  return names;
}

}  // namespace qa
