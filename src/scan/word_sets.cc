#include "scan/word_sets.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/bit_mix.h"
#include "core/text.h"
#include "scan/word_tables.h"

namespace qa {

namespace {

// U+2019, the typographic apostrophe, at phrase[i]. Byte by byte: this runs
// for every byte of every looked-up word.
inline bool IsCurlyApostropheAt(std::string_view phrase, size_t i) {
  return static_cast<unsigned char>(phrase[i]) == 0xE2 && i + 2 < phrase.size() &&
         static_cast<unsigned char>(phrase[i + 1]) == 0x80 &&
         static_cast<unsigned char>(phrase[i + 2]) == 0x99;
}

// Writes `phrase` to `out` (room for phrase.size() bytes: the key is never
// longer) normalised to single-space-separated words, curly apostrophes
// straightened so "North’s" and "North's" compare equal, and lower-cased
// unless `keep_case`. Returns the key's length.
size_t WriteNormalized(std::string_view phrase, bool keep_case, char* out) {
  char* at = out;
  bool space = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (IsAsciiSpace(c)) {
      space = at > out;
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
  return static_cast<size_t>(at - out);
}

// At least `size` bytes of room in a per-thread buffer, which keeps what it
// holds. Look-ups run for most words of every document: resizing a string
// twice per look-up was most of their cost, so it only ever grows.
char* Room(std::string* buffer, size_t size) {
  if (buffer->size() < size) buffer->resize(std::max(size, 2 * buffer->size()));
  return buffer->data();
}

// The first byte of `phrase`'s key (see WriteNormalized), or -1 when the
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

// A key's hash, eight bytes at a time: keys are words and short phrases,
// mostly one or two steps.
uint64_t KeyHash(std::string_view key) {
  uint64_t hash = key.size();
  size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, key.data() + i, 8);
    hash = MixBits(hash ^ chunk);
  }
  if (i < key.size()) {
    // The last one to seven bytes, by hand: a memcpy of a variable size is a
    // library call.
    uint64_t chunk = 0;
    for (size_t k = key.size(); k-- > i;) chunk = chunk << 8 | static_cast<unsigned char>(key[k]);
    hash = MixBits(hash ^ chunk);
  }
  return hash;
}

// Writes the key of `word` to `out` (room for word.size() bytes) when the
// word is its own key up to case: printable ASCII without spaces, as most
// tokens are, which needs none of WriteNormalized's tests for spaces and
// apostrophes. False for anything else (and `out` then holds nothing useful).
bool WritePlainKey(std::string_view word, bool keep_case, char* out) {
  for (size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c <= 0x20 || c >= 0x80) return false;
    if (!keep_case && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    out[i] = static_cast<char>(c);
  }
  return !word.empty();
}

// Keys are hashed as words read from memory (KeyHash), and the chunks below
// are built to be the same words: little-endian ones.
static_assert(std::endian::native == std::endian::little);

// p[0, n), 1 <= n <= 8, as a little-endian word padded with zeros, read by
// fixed-size loads (a memcpy of a variable size is a library call, and
// this runs for most looked-up words). The loads overlap when n is not a
// power of two; an overlapping byte is the same byte either way.
uint64_t LoadPadded(const char* p, size_t n) {
  if (n == 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
  }
  if (n >= 4) {
    uint32_t low;
    uint32_t high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return uint64_t{low} | uint64_t{high} << (8 * (n - 4));
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(p);
  return uint64_t{bytes[0]} | uint64_t{bytes[n / 2]} << (8 * (n / 2)) |
         uint64_t{bytes[n - 1]} << (8 * (n - 1));
}

// The key of a plain word (see WritePlainKey) of one to sixteen bytes as
// KeyHash reads it, two little-endian words padded with zeros, built in
// registers: most look-ups are of such words. False when the word is longer
// or not plain.
bool PlainKeyChunks(std::string_view word, bool keep_case, uint64_t chunks[2]) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  const size_t size = word.size();
  if (size == 0 || size > 16) return false;
  chunks[0] = LoadPadded(word.data(), std::min<size_t>(size, 8));
  chunks[1] = size > 8 ? LoadPadded(word.data() + 8, size - 8) : 0;
  for (size_t c = 0; c < (size > 8 ? 2 : 1); ++c) {
    const size_t bytes = std::min<size_t>(size - 8 * c, 8);
    const uint64_t used = bytes == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
    // Padding reads as 'A' for the tests, so only the word's bytes count.
    const uint64_t tested = chunks[c] | (~used & 0x41 * kOnes);
    // A byte of 0x80 or more, or one below 0x21 (no borrow crosses bytes
    // unless one is): not plain.
    if (((tested & kHighBits) | ((tested - 0x21 * kOnes) & ~tested & kHighBits)) != 0) return false;
    if (!keep_case) {
      // 'A' to 'Z' to lower case: bytes are below 0x80, so no sum carries.
      const uint64_t at_least_a = (chunks[c] + (0x80 - 'A') * kOnes) & kHighBits;
      const uint64_t past_z = (chunks[c] + (0x80 - 'Z' - 1) * kOnes) & kHighBits;
      chunks[c] |= (at_least_a & ~past_z) >> 2;
    }
  }
  return true;
}

// PlainKeyChunks, and *hash the hash KeyHash gives those bytes.
bool PlainKeyHash(std::string_view word, bool keep_case, uint64_t chunks[2], uint64_t* hash) {
  if (!PlainKeyChunks(word, keep_case, chunks)) return false;
  *hash = MixBits(word.size() ^ chunks[0]);
  if (word.size() > 8) *hash = MixBits(*hash ^ chunks[1]);
  return true;
}

// The bit of `bits` (a power-of-two number of words) that `hash` picks.
size_t BitOf(std::span<const uint64_t> bits, uint64_t hash) {
  return static_cast<size_t>(hash >> 32) & (bits.size() * 64 - 1);
}

void SetBit(std::vector<uint64_t>* bits, uint64_t hash) {
  const size_t bit = BitOf(*bits, hash);
  (*bits)[bit / 64] |= uint64_t{1} << (bit % 64);
}

bool HasBit(std::span<const uint64_t> bits, uint64_t hash) {
  const size_t bit = BitOf(bits, hash);
  return (bits[bit / 64] >> (bit % 64) & 1) != 0;
}

size_t WordCount(std::string_view phrase) {
  return static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& entries, bool case_sensitive) {
  table_.case_sensitive = case_sensitive;
  auto storage = std::make_shared<Storage>();
  // Sized once for every entry, at most half full, so a missing key's probe
  // ends at an empty slot after a step or two: the given-name lexicon alone
  // has thousands of entries.
  size_t slots = 16;
  while (slots < 2 * entries.size()) slots *= 2;
  storage->slots.assign(slots, PhraseSlot{});
  table_.slots = storage->slots;
  size_t bytes = 0;
  for (const auto& entry : entries) bytes += entry.size();
  storage->keys.reserve(bytes);
  std::string key;
  for (const auto& entry : entries) {
    KeyInto(entry, &key);
    if (key.empty()) continue;
    table_.max_words = std::max(table_.max_words, WordCount(key));
    table_.max_key_bytes = std::max(table_.max_key_bytes, key.size());
    const auto first = static_cast<unsigned char>(key[0]);
    table_.first_bytes[first >> 6] |= uint64_t{1} << (first & 63);
    Insert(key, storage.get());
  }
  size_t words = 1;
  while (words * 64 < 8 * table_.count) words *= 2;
  storage->key_bits.assign(words, 0);
  storage->last_word_bits.assign(words, 0);
  storage->longer_last_word_bits.assign(words, 0);
  for (const PhraseSlot& slot : storage->slots) {
    if (slot.size == 0) continue;
    SetBit(&storage->key_bits, slot.hash);
    const std::string_view stored(storage->keys.data() + slot.offset, slot.size);
    const size_t space = stored.rfind(' ');
    const uint64_t last_word = KeyHash(stored.substr(space + 1));
    SetBit(&storage->last_word_bits, last_word);
    if (space != std::string_view::npos) SetBit(&storage->longer_last_word_bits, last_word);
  }
  table_.keys = storage->keys;
  table_.key_bits = storage->key_bits;
  table_.last_word_bits = storage->last_word_bits;
  table_.longer_last_word_bits = storage->longer_last_word_bits;
  storage_ = std::move(storage);
}

void PhraseSet::KeyInto(std::string_view phrase, std::string* key) const {
  key->resize(phrase.size());
  key->resize(WriteNormalized(phrase, table_.case_sensitive, key->data()));
}

void PhraseSet::Insert(std::string_view key, Storage* storage) {
  const uint64_t hash = KeyHash(key);
  // InTable reads the keys through the table's view, which must see the
  // keys added so far.
  table_.keys = storage->keys;
  if (InTable(key, hash)) return;
  const size_t mask = storage->slots.size() - 1;
  size_t i = hash & mask;
  while (storage->slots[i].size != 0) i = (i + 1) & mask;
  storage->slots[i] = PhraseSlot{hash, static_cast<uint32_t>(storage->keys.size()),
                                 static_cast<uint32_t>(key.size())};
  storage->keys.append(key);
  ++table_.count;
}

bool PhraseSet::ContainsKey(std::string_view key) const {
  if (table_.count == 0 || key.empty() || key.size() > table_.max_key_bytes) return false;
  const uint64_t hash = KeyHash(key);
  return HasBit(table_.key_bits, hash) && InTable(key, hash);
}

bool PhraseSet::InTable(std::string_view key, uint64_t hash) const {
  const std::span<const PhraseSlot> slots = table_.slots;
  if (slots.empty()) return false;
  const size_t mask = slots.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const PhraseSlot& slot = slots[i];
    if (slot.size == 0) return false;
    if (slot.hash == hash && slot.size == key.size() &&
        std::memcmp(table_.keys.data() + slot.offset, key.data(), key.size()) == 0) {
      return true;
    }
  }
}

bool PhraseSet::MayStartWith(std::string_view phrase) const {
  const int byte = FirstKeyByte(phrase, table_.case_sensitive);
  return byte >= 0 && (table_.first_bytes[static_cast<size_t>(byte) >> 6] >> (byte & 63) & 1) != 0;
}

bool PhraseSet::MayEndWith(std::string_view word) const {
  return MayHoldWord(table_.last_word_bits, word);
}

bool PhraseSet::MayEndLongerWith(std::string_view word) const {
  return MayHoldWord(table_.longer_last_word_bits, word);
}

bool PhraseSet::MayHoldWord(std::span<const uint64_t> bits, std::string_view word) const {
  if (bits.empty()) return false;  // a set of no entries
  uint64_t chunks[2];
  uint64_t hash = 0;
  if (PlainKeyHash(word, table_.case_sensitive, chunks, &hash)) return HasBit(bits, hash);
  thread_local std::string buffer;
  char* key = Room(&buffer, word.size());
  const std::string_view normalized(key, WriteNormalized(word, table_.case_sensitive, key));
  // A key of several words (no token holds one) is left to the full test.
  if (normalized.empty() || normalized.find(' ') != std::string_view::npos) return true;
  return HasBit(bits, KeyHash(normalized));
}

bool PhraseSet::Contains(std::string_view phrase) const {
  if (table_.count == 0 || !MayStartWith(phrase)) return false;
  uint64_t chunks[2];
  uint64_t hash = 0;
  if (PlainKeyHash(phrase, table_.case_sensitive, chunks, &hash)) {
    if (phrase.size() > table_.max_key_bytes || !HasBit(table_.key_bits, hash)) return false;
    char key[16];
    std::memcpy(key, chunks, sizeof key);
    return InTable({key, phrase.size()}, hash);
  }
  thread_local std::string buffer;
  char* key = Room(&buffer, phrase.size());
  const size_t size = WritePlainKey(phrase, table_.case_sensitive, key)
                          ? phrase.size()
                          : WriteNormalized(phrase, table_.case_sensitive, key);
  return ContainsKey({key, size});
}

size_t PhraseSet::LongestMatchAt(const std::vector<Token>& tokens, size_t begin) const {
  if (table_.count == 0 || begin >= tokens.size() || !MayStartWith(tokens[begin].text)) return 0;
  thread_local std::string buffer;
  size_t used = 0;  // the key of the words so far, in buffer
  size_t best = 0;
  for (size_t n = 1; n <= table_.max_words && begin + n <= tokens.size(); ++n) {
    const Token& token = tokens[begin + n - 1];
    if (!token.word) break;
    char* key = Room(&buffer, used + 1 + token.text.size());
    if (n > 1) key[used++] = ' ';
    used += WritePlainKey(token.text, table_.case_sensitive, key + used)
                ? token.text.size()
                : WriteNormalized(token.text, table_.case_sensitive, key + used);
    if (used > table_.max_key_bytes) break;
    if (ContainsKey({key, used})) best = n;
  }
  return best;
}

size_t PhraseSet::LongestMatchEndingAt(const std::vector<Token>& tokens, size_t end) const {
  if (table_.count == 0 || end == 0 || end > tokens.size() || !tokens[end - 1].word) return 0;
  // Every phrase that could match ends with the last token's key.
  if (!MayEndWith(tokens[end - 1].text)) return 0;
  // The key of the last n words, written right to left so that each longer
  // phrase adds one word in front of the last one's key.
  thread_local std::string buffer;
  thread_local std::string word_buffer;
  char* const key_end = Room(&buffer, table_.max_key_bytes) + table_.max_key_bytes;
  size_t used = 0;
  size_t best = 0;
  for (size_t n = 1; n <= table_.max_words && n <= end; ++n) {
    const Token& token = tokens[end - n];
    if (!token.word) break;
    char* word = Room(&word_buffer, token.text.size());
    const size_t size = WritePlainKey(token.text, table_.case_sensitive, word)
                            ? token.text.size()
                            : WriteNormalized(token.text, table_.case_sensitive, word);
    const size_t added = size + (n > 1 ? 1 : 0);
    // A longer phrase's key only grows.
    if (used + added > table_.max_key_bytes) break;
    if (n > 1) *(key_end - used - 1) = ' ';
    std::memcpy(key_end - used - added, word, size);
    used += added;
    if (MayStartWith(token.text) && ContainsKey({key_end - used, used})) best = n;
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
    {&WordSets::possessive_determiners, "possessive-determiners", false},
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
    {&WordSets::group_irregular_plurals, "vague-group-irregular-plurals", false},
    {&WordSets::group_non_person_nouns, "vague-group-non-person-nouns", false},
    {&WordSets::group_non_modifiers, "vague-group-non-modifiers", false},
};

// The gender sets join a name list and a word list, both matched with case.
constexpr const char* kGenderLexicons[] = {"female-first-names", "female-words", "male-first-names",
                                           "male-words"};

// The set `name` (see WordSets::ForEachSet) over `lexicons`: the build's
// table when every lexicon holds the built-in words and the build wrote
// one of that name and case, else built from the lexicons' entries.
PhraseSet SetOf(const RuleSet& rules, std::string_view name,
                std::initializer_list<const char*> lexicons, bool case_sensitive) {
  const bool built_in = std::all_of(lexicons.begin(), lexicons.end(), [&](const char* lexicon) {
    return rules.IsBuiltInLexicon(lexicon);
  });
  if (built_in) {
    const PhraseTable* table = BuiltInPhraseTable(name);
    if (table != nullptr && table->case_sensitive == case_sensitive) return PhraseSet(*table);
  }
  if (lexicons.size() == 1) return PhraseSet(rules.Words(*lexicons.begin()), case_sensitive);
  std::vector<std::string> entries;
  for (const char* lexicon : lexicons) {
    const std::vector<std::string>& words = rules.Words(lexicon);
    entries.insert(entries.end(), words.begin(), words.end());
  }
  return PhraseSet(entries, case_sensitive);
}

constexpr std::string_view kFemaleNames = "female-first-names+female-words";
constexpr std::string_view kMaleNames = "male-first-names+male-words";

}  // namespace

WordSets::WordSets(const RuleSet& rules)
    : female_names(SetOf(rules, kFemaleNames, {kGenderLexicons[0], kGenderLexicons[1]}, true)),
      male_names(SetOf(rules, kMaleNames, {kGenderLexicons[2], kGenderLexicons[3]}, true)) {
  for (const Field& field : kFields) {
    this->*field.set = SetOf(rules, field.lexicon, {field.lexicon}, field.case_sensitive);
  }
  group_noun_endings = rules.Words("vague-group-noun-endings");
}

bool WordSets::IsGroupNoun(std::string_view word) const {
  // Lowercase ASCII letters only: a capital, a digit or an apostrophe makes
  // it a name, a number or a possessive, never a plain plural.
  if (word.empty() ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  if (group_irregular_plurals.Contains(word)) return true;
  if (group_non_person_nouns.Contains(word)) return false;
  // The ending must follow a stem of two letters or more ("users", not "ers").
  return std::any_of(group_noun_endings.begin(), group_noun_endings.end(),
                     [&](const std::string& ending) {
                       return word.size() >= ending.size() + 2 &&
                              word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
                     });
}

void WordSets::ForEachSet(
    const std::function<void(std::string_view name, const PhraseSet& set)>& visit) const {
  visit(kFemaleNames, female_names);
  visit(kMaleNames, male_names);
  for (const Field& field : kFields) visit(field.lexicon, this->*field.set);
}

std::vector<std::string> WordSets::CaseSensitiveLexicons() {
  std::vector<std::string> names(std::begin(kGenderLexicons), std::end(kGenderLexicons));
  for (const Field& field : kFields) {
    if (field.case_sensitive) names.emplace_back(field.lexicon);
  }
  return names;
}

}  // namespace qa
