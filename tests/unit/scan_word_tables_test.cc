// The word sets' tables the build writes for the built-in lexicons
// (scan/word_tables.h): a run over the built-in words starts with them, a
// run whose house rules edit a lexicon builds that one set from its words.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/word_sets.h"
#include "scan/word_tables.h"
#include "test_files.h"

namespace qa {
namespace {

// The lexicons a set's name joins with '+'.
std::vector<std::string> LexiconsOf(std::string_view name) {
  std::vector<std::string> lexicons;
  size_t start = 0;
  for (size_t plus; (plus = name.find('+', start)) != std::string_view::npos; start = plus + 1) {
    lexicons.emplace_back(name.substr(start, plus - start));
  }
  lexicons.emplace_back(name.substr(start));
  return lexicons;
}

bool SameSlots(const PhraseTable& a, const PhraseTable& b) {
  if (a.slots.size() != b.slots.size()) return false;
  for (size_t i = 0; i < a.slots.size(); ++i) {
    if (a.slots[i].hash != b.slots[i].hash || a.slots[i].offset != b.slots[i].offset ||
        a.slots[i].size != b.slots[i].size) {
      return false;
    }
  }
  return true;
}

// Each written table is what building the set from today's built-in words
// gives, bit for bit: a table left from older words, or written by a
// different hash, fails here (and would answer look-ups wrongly).
TEST(WordTablesTest, EachBuiltInSetsTableIsTheOneItsWordsBuild) {
  const RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const WordSets sets(loaded.rules);
  size_t compared = 0;
  sets.ForEachSet([&](std::string_view name, const PhraseSet& set) {
    SCOPED_TRACE(std::string(name));
    const PhraseTable* written = BuiltInPhraseTable(name);
    ASSERT_NE(written, nullptr);
    // The set looks words up in the written table itself.
    EXPECT_EQ(set.table().slots.data(), written->slots.data());
    std::vector<std::string> entries;
    for (const std::string& lexicon : LexiconsOf(name)) {
      const std::vector<std::string>& words = loaded.rules.Words(lexicon);
      entries.insert(entries.end(), words.begin(), words.end());
    }
    const PhraseSet built(entries, written->case_sensitive);
    const PhraseTable& fresh = built.table();
    EXPECT_NE(fresh.slots.data(), written->slots.data());
    EXPECT_EQ(fresh.count, written->count);
    EXPECT_EQ(fresh.max_words, written->max_words);
    EXPECT_EQ(fresh.max_key_bytes, written->max_key_bytes);
    EXPECT_EQ(fresh.first_bytes, written->first_bytes);
    EXPECT_EQ(fresh.keys, written->keys);
    EXPECT_TRUE(SameSlots(fresh, *written));
    EXPECT_EQ(std::vector<uint64_t>(fresh.key_bits.begin(), fresh.key_bits.end()),
              std::vector<uint64_t>(written->key_bits.begin(), written->key_bits.end()));
    EXPECT_EQ(
        std::vector<uint64_t>(fresh.last_word_bits.begin(), fresh.last_word_bits.end()),
        std::vector<uint64_t>(written->last_word_bits.begin(), written->last_word_bits.end()));
    EXPECT_EQ(std::vector<uint64_t>(fresh.longer_last_word_bits.begin(),
                                    fresh.longer_last_word_bits.end()),
              std::vector<uint64_t>(written->longer_last_word_bits.begin(),
                                    written->longer_last_word_bits.end()));
    ++compared;
  });
  EXPECT_GE(compared, 40u);
  EXPECT_EQ(BuiltInPhraseTable("no-such-lexicon"), nullptr);
}

// The written tables answer as the words do: a speech verb, a place with
// its case, a first name as a gender cue; and miss what is not there.
TEST(WordTablesTest, TheWrittenTablesFindTheBuiltInWords) {
  const RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const WordSets sets(loaded.rules);
  EXPECT_TRUE(sets.speech_verbs.Contains("said"));
  EXPECT_TRUE(sets.speech_verbs.Contains("SAID"));
  EXPECT_FALSE(sets.speech_verbs.Contains("harrumphed"));
  EXPECT_TRUE(sets.places.Contains("London"));
  EXPECT_FALSE(sets.places.Contains("london"));  // places keep their case
  EXPECT_TRUE(sets.female_names.Contains("Mary"));
  EXPECT_TRUE(sets.male_names.Contains("John"));
  for (const std::string& word : loaded.rules.Words("person-titles")) {
    EXPECT_TRUE(sets.titles.Contains(word)) << word;
  }
}

// A house rule file that adds a speech verb and a first name: those two
// sets are built from the merged words (the written tables lack the new
// ones), and every set it leaves alone still uses its written table.
TEST(WordTablesTest, ASetWhoseWordsAHouseFileEditsIsBuiltFromThem) {
  test_files::TestFolder folder("qa_word_tables_");
  std::ofstream(folder.path() / "house.json")
      << R"({"lexicons": {"speech-verbs": {"mode": "add", "entries": ["harrumphed"]},
                         "female-first-names": {"mode": "add", "entries": ["Zorwenna"]}}})";
  const RuleLoadResult loaded = LoadRules({folder.path().string()});
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front().ToString();
  const WordSets sets(loaded.rules);
  EXPECT_TRUE(sets.speech_verbs.Contains("harrumphed"));
  EXPECT_TRUE(sets.speech_verbs.Contains("said"));
  EXPECT_NE(sets.speech_verbs.table().slots.data(),
            BuiltInPhraseTable("speech-verbs")->slots.data());
  EXPECT_TRUE(sets.female_names.Contains("Zorwenna"));
  EXPECT_TRUE(sets.female_names.Contains("Mary"));
  EXPECT_FALSE(sets.male_names.Contains("Zorwenna"));
  EXPECT_EQ(sets.places.table().slots.data(), BuiltInPhraseTable("place-names")->slots.data());
  EXPECT_EQ(sets.male_names.table().slots.data(),
            BuiltInPhraseTable("male-first-names+male-words")->slots.data());
}

}  // namespace
}  // namespace qa
