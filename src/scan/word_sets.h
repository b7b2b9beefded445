// Lexicons turned into fast look-up sets for the attribution engine, built
// once at start-up. Phrases are matched as sequences of tokens joined by
// single spaces, so "chief executive" matches across a line wrap.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"
#include "scan/text_tokens.h"

namespace qa {

// One slot of a PhraseSet's open-addressing table: a key's hash and where
// its bytes lie among the keys. Look-ups run for most words of every
// document, and a flat table answers them with one probe and no node to
// chase.
struct PhraseSlot {
  uint64_t hash = 0;
  uint32_t offset = 0;
  uint32_t size = 0;  // 0: the slot is empty (keys are never empty)
};

// Everything a PhraseSet looks words up in, as views: into the set's own
// storage when it was built from a lexicon's entries, or into constant
// tables the build wrote for a built-in lexicon (scan/word_tables.h), which
// cost nothing to build at start-up.
struct PhraseTable {
  std::span<const PhraseSlot> slots;  // a power of two in size, at most half full
  std::string_view keys;              // every key, back to back
  // One bit per key's hash, eight bits per key: most look-ups miss, and
  // this small map answers most of them without reaching the table.
  std::span<const uint64_t> key_bits;
  // The same for the last word of each key (the whole key of a one-word
  // entry), as a key of its own.
  std::span<const uint64_t> last_word_bits;
  // The same for the last word of each key of two or more words.
  std::span<const uint64_t> longer_last_word_bits;
  std::array<uint64_t, 4> first_bytes{};  // the first byte of each key
  size_t count = 0;
  size_t max_words = 0;
  size_t max_key_bytes = 0;
  bool case_sensitive = false;
};

class PhraseSet {
 public:
  PhraseSet() = default;
  PhraseSet(const std::vector<std::string>& entries, bool case_sensitive);
  // A set over tables that outlive it (the build's, scan/word_tables.h).
  explicit PhraseSet(const PhraseTable& table) : table_(table) {}

  bool Contains(std::string_view phrase) const;
  // Length in tokens of the longest entry that matches tokens[begin, ...),
  // or 0. Only word tokens are compared.
  size_t LongestMatchAt(const std::vector<Token>& tokens, size_t begin) const;
  // Same, for the longest entry that ends at tokens[end - 1].
  size_t LongestMatchEndingAt(const std::vector<Token>& tokens, size_t end) const;
  size_t max_words() const { return table_.max_words; }
  // Whether some entry's last word may be `word`'s key (a one-word entry's
  // whole key counts). False for most words, and then no entry ends at that
  // word, whatever precedes it: LongestMatchEndingAt is 0.
  bool MayEndWith(std::string_view word) const;
  // Whether some entry of two or more words may end with `word`. False for
  // nearly every word, and then every entry that ends at that word is the
  // word alone: LongestMatchEndingAt is 0 or 1.
  bool MayEndLongerWith(std::string_view word) const;
  // What look-ups read: the build writes it out for the built-in lexicons.
  const PhraseTable& table() const { return table_; }

 private:
  // What a set built from entries owns; its table views it. Shared by
  // copies, never changed once built.
  struct Storage {
    std::vector<PhraseSlot> slots;
    std::string keys;
    std::vector<uint64_t> key_bits;
    std::vector<uint64_t> last_word_bits;
    std::vector<uint64_t> longer_last_word_bits;
  };

  // Writes the look-up key of `phrase` into *key (reused between calls, so
  // the hot path does not allocate once it has grown).
  void KeyInto(std::string_view phrase, std::string* key) const;
  // Adds `key` to `storage`, sized for every entry beforehand.
  void Insert(std::string_view key, Storage* storage);
  bool ContainsKey(std::string_view key) const;
  // Whether the table holds `key`, whose hash is `hash` (no quick tests).
  bool InTable(std::string_view key, uint64_t hash) const;
  // Whether an entry's key starts with the byte `phrase`'s key would start
  // with: most look-ups miss, and this answers most of them without
  // building the key.
  bool MayStartWith(std::string_view phrase) const;
  // Whether `bits` may hold `word`'s key as a key of its own.
  bool MayHoldWord(std::span<const uint64_t> bits, std::string_view word) const;

  PhraseTable table_;
  std::shared_ptr<const Storage> storage_;  // null for the build's tables
};

// Every word list the attribution engine consults.
struct WordSets {
  explicit WordSets(const RuleSet& rules);

  // The lexicons matched with case (place names, agencies, capitalised
  // non-names ...); every other lexicon is matched without.
  static std::vector<std::string> CaseSensitiveLexicons();

  // Each set with the name of what fills it: a lexicon's name, or two
  // joined by '+' ("female-first-names+female-words"). A set whose lexicons
  // all hold the built-in words is the build's table of that name
  // (scan/word_tables.h) when it has one, and is built at start-up
  // otherwise.
  void ForEachSet(
      const std::function<void(std::string_view name, const PhraseSet& set)>& visit) const;

  PhraseSet titles;           // "President", "leader", "chief executive"
  PhraseSet title_modifiers;  // "senior", "former"
  PhraseSet organization_words;
  PhraseSet news_agencies;
  PhraseSet places;
  PhraseSet document_words;
  PhraseSet vague_sources;
  PhraseSet non_names;            // capitalised words that are never names
  PhraseSet capitalized_verbs;    // headline verbs: "Is", "Has"; they end a name
  PhraseSet party_abbreviations;  // "D", "R": the party in "D-Mar."
  PhraseSet abbreviations;
  PhraseSet pronouns;
  PhraseSet speech_verbs;
  PhraseSet female_names;  // first names and gendered titles/nouns, for
  PhraseSet male_names;    // keeping "she" and "he" apart

  // Closed-class words (rules/grammar-words.json).
  PhraseSet determiners;                // "the", "a"
  PhraseSet indefinite_determiners;     // "a", "one": an unnamed source
  PhraseSet possessive_determiners;     // "his", "their": someone's group
  PhraseSet demonstratives;             // "That report said"
  PhraseSet quantifiers;                // "some", "two"
  PhraseSet group_quantifiers;          // "multiple lawmakers": an unnamed group
  PhraseSet clause_openers;             // "who", "citing"
  PhraseSet relative_pronouns;          // "who", "which" opening a relative clause
  PhraseSet verb_coordinators;          // "and" in "returned and declared"
  PhraseSet absolute_markers;           // "with" in "with Varga saying"
  PhraseSet subordinators;              // "though", "because"
  PhraseSet attribution_subordinators;  // "as": may open a tag after a quote
  PhraseSet prepositions;               // "through", "among"
  PhraseSet placing_prepositions;       // "in", "at", "of": a place follows
  PhraseSet introductory_words;         // "In a statement, ...", "Speaking on ..."
  PhraseSet copulas;                    // "is", "became"
  PhraseSet name_connectors;            // "of", "de" inside names
  PhraseSet affiliation_connectors;     // "of", "and" after a person's name
  PhraseSet person_coordinators;        // "and" between two people's names
  PhraseSet organization_connectors;    // "of", "for" inside an organisation's name
  PhraseSet function_words;             // never in a short unknown noun phrase
  PhraseSet title_minor_words;          // "of", "the" in a title-case headline
  PhraseSet elisions;                   // "'tis", "'em"
  PhraseSet female_pronouns;            // "she"
  PhraseSet male_pronouns;              // "he"
  PhraseSet neuter_pronouns;            // "it"
  PhraseSet plural_pronouns;            // "they"
  PhraseSet anonymous_speakers;         // "another", "a third": nobody named
  PhraseSet time_words;                 // "a year later" after a cue is no speaker
  PhraseSet publication_names;          // "Courier": ends a newspaper's name
  PhraseSet locative_prepositions;      // "in Lorsund": a place, never a person
  // An unnamed group's plural person noun, from vague-source's group lexicons.
  PhraseSet group_irregular_plurals;            // "staff", "aides"
  PhraseSet group_non_person_nouns;             // "numbers", "reports": a person ending, no person
  PhraseSet group_non_modifiers;                // "his", "both", "police": no unnamed group
  std::vector<std::string> group_noun_endings;  // "ers", "ists"

  // Whether `word`, as written, is a lowercase plural noun for people that
  // heads an unnamed group ("farmers", the "owners" of "shop owners",
  // "staff"). Capitalised words are left to the name rules: "Sanders said"
  // is a surname as often as not.
  bool IsGroupNoun(std::string_view word) const;
};

}  // namespace qa
