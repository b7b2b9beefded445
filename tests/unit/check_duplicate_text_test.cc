#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "checks/deferred_shingle_index.h"
#include "checks/duplicate_text_check.h"
#include "checks/registry.h"
#include "checks/shingle_index.h"
#include "checks/text_fingerprint.h"
#include "core/bit_mix.h"
#include "io/plain_text_reader.h"
#include "rules/rule_loader.h"
#include "scan/scanner.h"
#include "test_files.h"

namespace qa {
namespace {

Document Load(const std::string& path, const std::string& text) {
  LoadResult loaded = LoadPlainText(path, text);
  EXPECT_TRUE(loaded.document.has_value());
  return std::move(*loaded.document);
}

// The span of the n-th occurrence (0-based) of `needle` in the document.
Span Find(const Document& document, const std::string& needle, int nth = 0) {
  size_t pos = document.text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) {
    pos = document.text.find(needle, pos + 1);
  }
  EXPECT_NE(pos, std::string::npos) << needle;
  return Span{pos, pos + needle.size()};
}

std::vector<Finding> RunCheck(Check& check, const Document& document, const ScanResult& scan = {}) {
  std::vector<Finding> findings;
  CheckDocument(check, CheckContext{document, scan}, &findings);
  return findings;
}

// The options rules/duplicate-text.json gives, the only defaults there are.
DuplicateTextOptions BuiltInOptions() {
  static const DuplicateTextOptions* options = [] {
    RuleLoadResult loaded = LoadRules({});
    std::vector<RuleError> errors;
    OptionReader reader(*loaded.rules.FindRule("duplicate-text"), &errors);
    auto* read = new DuplicateTextOptions(DuplicateTextOptions::Read(&reader));
    EXPECT_TRUE(reader.Finish()) << errors.front().ToString();
    return read;
  }();
  return *options;
}

DuplicateTextCheck MakeCheck(DuplicateTextOptions options = BuiltInOptions()) {
  return DuplicateTextCheck(Severity::kWarning, options);
}

double Similarity(const std::string& earlier, const std::string& later) {
  return Containment(Fingerprint(later, 3, 1 << 16).shingles,
                     Fingerprint(earlier, 3, 1 << 16).shingles);
}

const char kCaption[] =
    "Mayor Elena Varga, left, and harbour master Tomas Reyes inspect the damaged pier in Port "
    "Elin, Vell County, on March 3. Harbor Times";

TEST(TextFingerprintTest, IgnoresCaseQuoteStyleWrapsAndPunctuation) {
  const auto a = Fingerprint("Varga said the North's pier would \"reopen by March.\"", 3, 1000);
  const auto b = Fingerprint("varga SAID the North’s pier\nwould “reopen by March” —", 3, 1000);
  EXPECT_EQ(a.words, 9u);
  EXPECT_EQ(a.hash, b.hash);
  EXPECT_EQ(a.shingles, b.shingles);
  EXPECT_NE(a.hash, Fingerprint("Varga said the North pier would reopen by March", 3, 1000).hash);
}

// A paragraph that says the same thing twice counts each run of words once:
// the share of an earlier text it repeats stays at most 1 and a refrain does
// not outweigh the rest. Also across the reused table's growth (a long list
// after short ones) and back.
TEST(TextFingerprintTest, AllDistinctSaysWhetherAnyShingleRepeats) {
  // A unit whose shingles hold no repeat reads its paragraph's list in place
  // (duplicate_text_check.cc): this must say exactly when that is.
  std::vector<uint64_t> in_order;
  ShinglesInOrder(SplitWords("vote early vote often vote early"), 2, &in_order);
  EXPECT_FALSE(AllDistinct(in_order));  // "vote early" twice
  EXPECT_TRUE(AllDistinct(std::span<const uint64_t>(in_order).first(4)));
  EXPECT_TRUE(AllDistinct({}));
  std::vector<uint64_t> many(5000);
  for (size_t i = 0; i < many.size(); ++i) many[i] = i * 0x9E3779B97F4A7C15ULL;
  EXPECT_TRUE(AllDistinct(many));  // past the table's first size
  many.push_back(many[1234]);
  EXPECT_FALSE(AllDistinct(many));
  EXPECT_TRUE(AllDistinct(std::span<const uint64_t>(in_order).first(1)));
}

// A shingle is the same run of words whatever its size: the run's word
// hashes folded in from a seed, oldest first. The rules' size (three) has a
// loop of its own, which must give what every other size's gives.
TEST(TextFingerprintTest, EveryShingleSizeFoldsItsRunOfWords) {
  const std::vector<Word> words =
      SplitWords("The harbour board met on Tuesday, and the board said the harbour stays shut");
  ASSERT_GT(words.size(), 8u);
  for (size_t k = 1; k <= 5; ++k) {
    std::vector<uint64_t> in_order;
    ShinglesInOrder(words, k, &in_order);
    ASSERT_EQ(in_order.size(), words.size() - k + 1) << k;
    for (size_t i = 0; i < in_order.size(); ++i) {
      uint64_t expected = 0x9e3779b97f4a7c15ULL;
      for (size_t j = i; j < i + k; ++j) expected = MixBits(expected + words[j].hash);
      EXPECT_EQ(in_order[i], expected) << "size " << k << " run " << i;
    }
  }
  std::vector<uint64_t> none = {1, 2};
  ShinglesInOrder(std::span<const Word>(words).first(2), 3, &none);
  EXPECT_TRUE(none.empty());  // fewer words than a run: no shingle, and the list cleared
}

TEST(TextFingerprintTest, ShinglesAreDistinctInTextOrder) {
  const auto refrain =
      Fingerprint("vote early vote often vote early vote often vote early", 2, 1000);
  const auto words = SplitWords("vote early often");
  ASSERT_EQ(words.size(), 3u);
  std::vector<uint64_t> in_order;
  ShinglesInOrder(words, 2, &in_order);  // "vote early", "early often"
  // "vote early", "early vote", "vote often", "often vote"; then repeats.
  ASSERT_EQ(refrain.shingles.size(), 4u);
  EXPECT_EQ(refrain.shingles[0], in_order[0]);  // "vote early" first, where it first occurs

  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "word" + std::to_string(i % 150) + " ";
  const auto many = Fingerprint(long_text, 3, 1 << 16);
  EXPECT_EQ(many.shingles.size(), 150u);  // the cycle of 150 words has 150 runs of three
  std::vector<uint64_t> sorted = many.shingles;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
  EXPECT_EQ(Fingerprint("vote early vote often vote early vote often vote early", 2, 1000).shingles,
            refrain.shingles);
  // "one two three" three times over shares one run of three with the
  // earlier text out of three distinct runs (counted with repeats: 3 of 7).
  EXPECT_DOUBLE_EQ(
      Similarity("one two three four five", "one two three one two three one two three"),
      1.0 / 3.0);
}

TEST(TextFingerprintTest, FoldsLatinCapitalsAndSplitsOnDashes) {
  EXPECT_EQ(Fingerprint("ÉLODIE Dubois-Ménard", 3, 100).hash,
            Fingerprint("élodie dubois ménard", 3, 100).hash);
  const std::vector<Word> words = SplitWords("Ada Vell-ot's 10 ‘cases’");
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[2].span.begin, 9u);  // "ot's": the apostrophe stays inside
  EXPECT_EQ(words[2].span.end, 13u);
  EXPECT_TRUE(words[3].numeric);
}

// A bare number is neutral in boilerplate shares: only words of digits
// alone are numeric, wherever they stand in the text.
TEST(TextFingerprintTest, OnlyWordsOfDigitsAloneAreNumeric) {
  const std::vector<Word> words = SplitWords("10th x9 404 B52 1,200 2027");
  ASSERT_EQ(words.size(), 7u);
  EXPECT_FALSE(words[0].numeric);  // 10th
  EXPECT_FALSE(words[1].numeric);  // x9
  EXPECT_TRUE(words[2].numeric);   // 404
  EXPECT_FALSE(words[3].numeric);  // B52
  EXPECT_TRUE(words[4].numeric);   // 1
  EXPECT_TRUE(words[5].numeric);   // 200
  EXPECT_TRUE(words[6].numeric);   // 2027, at the very end
  EXPECT_EQ(words[6].span.end, 26u);
}

// Room made up front for a document's shingles, or matching and adding in
// one pass, changes no answer: the same units, added in the same order, give
// the same best match and share.
TEST(ShingleIndexTest, RoomMadeUpFrontOrOnePassChangesNoMatch) {
  std::mt19937_64 random(7);
  std::vector<std::vector<uint64_t>> units(40);
  for (auto& shingles : units) {
    for (int i = 0; i < 30; ++i) shingles.push_back(random() % 200);  // shared often
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  }
  ShingleIndex grown;
  ShingleIndex reserved;
  reserved.Reserve(5000);
  ShingleIndex short_of_room;
  short_of_room.Reserve(3);
  ShingleIndex in_one_pass;  // MatchThenAdd: the same answers in one pass per unit
  for (size_t u = 0; u < units.size(); ++u) {
    const ShingleIndex::Match expected = grown.BestMatch(units[u]);
    for (ShingleIndex* index : {&reserved, &short_of_room}) {
      const ShingleIndex::Match match = index->BestMatch(units[u]);
      EXPECT_EQ(match.unit, expected.unit) << "unit " << u;
      EXPECT_EQ(match.containment, expected.containment) << "unit " << u;
      index->Add(static_cast<int>(u), units[u]);
    }
    // Every third unit is added without a match (an exact copy needs none).
    const bool match_it = u % 3 != 2;
    const ShingleIndex::Match one_pass =
        in_one_pass.MatchThenAdd(static_cast<int>(u), units[u], match_it);
    EXPECT_EQ(one_pass.unit, match_it ? expected.unit : -1) << "unit " << u;
    EXPECT_EQ(one_pass.containment, match_it ? expected.containment : 0.0) << "unit " << u;
    if (u > 0) {
      EXPECT_GE(expected.unit, 0) << "unit " << u;  // 30 of 200 values: always shared
    }
    grown.Add(static_cast<int>(u), units[u]);
  }
}

// The index against a plain model of what it promises: each shingle lists
// the first max_postings units that held it, and the best match is the
// earlier unit listed under most of the query's shingles, ties to the
// earliest. Shingles shared by dozens of units fill lists past every size
// the index stores in pieces.
// The last case fills a table big enough for MatchThenAdd to read ahead.
TEST(ShingleIndexTest, BestMatchCountsTheFirstUnitsListedUnderEachShingle) {
  struct Case {
    size_t max_postings;
    int units;
    uint64_t rare;  // odd units' shingles are drawn from this many
  };
  for (const Case& c : {Case{1, 150, 5000}, Case{2, 150, 5000}, Case{3, 150, 5000},
                        Case{9, 150, 5000}, Case{16, 150, 5000}, Case{17, 150, 5000},
                        Case{40, 150, 5000}, Case{16, 4400, uint64_t{1} << 40}}) {
    const size_t max_postings = c.max_postings;
    std::mt19937_64 random(max_postings);
    ShingleIndex index(max_postings);
    std::map<uint64_t, std::vector<int>> listed;  // the model
    for (int unit = 0; unit < c.units; ++unit) {
      std::vector<uint64_t> shingles;
      for (int i = 0; i < 25; ++i) {
        // Spread over the high bits the index takes its slots from.
        const uint64_t value = random() % (unit % 2 == 0 ? 60 : c.rare);
        shingles.push_back(value * 0x9E3779B97F4A7C15ULL);
      }
      std::sort(shingles.begin(), shingles.end());
      shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
      std::map<int, size_t> shared;
      for (uint64_t shingle : shingles) {
        for (int earlier : listed[shingle]) ++shared[earlier];
      }
      int best = -1;
      size_t best_count = 0;
      for (const auto& [earlier, count] : shared) {
        if (count > best_count) {  // ties: the earliest
          best = earlier;
          best_count = count;
        }
      }
      const ShingleIndex::Match match = index.MatchThenAdd(unit, shingles, true);
      ASSERT_EQ(match.unit, best) << "unit " << unit << ", lists of " << max_postings;
      if (best >= 0) {
        EXPECT_DOUBLE_EQ(match.containment,
                         static_cast<double>(best_count) / static_cast<double>(shingles.size()));
      }
      for (uint64_t shingle : shingles) {
        if (listed[shingle].size() < max_postings) listed[shingle].push_back(unit);
      }
    }
  }
}

// Fingerprint files written by one version are joined with another's
// (docs/scale.md), so the hashes are pinned: ASCII and the rest, case,
// apostrophes inside words and separators.
// The index built only when a unit could repeat gives the index's own
// answer wherever that answer reaches the share, and stays unbuilt while no
// unit could: the units are drawn so that some repeat most of an earlier
// one, some a little of it, and most nothing.
TEST(DeferredShingleIndexTest, AnswersAsTheIndexWhereverTheShareIsReached) {
  for (const double share : {0.05, 0.5, 0.8, 1.0}) {
    std::mt19937_64 random(static_cast<uint64_t>(share * 100));
    ShingleIndex eager;
    DeferredShingleIndex deferred(share);
    std::vector<std::vector<uint64_t>> units;
    size_t reached = 0;
    for (int u = 0; u < 300; ++u) {
      std::vector<uint64_t> shingles;
      const int kind = units.empty() ? 9 : static_cast<int>(random() % 10);
      int fresh = 20;  // new shingles
      if (kind == 0) {
        shingles = units[random() % units.size()];  // all of an earlier unit
        fresh = 0;
      } else if (kind == 1) {
        shingles = units[random() % units.size()];  // most of one
        shingles.resize(shingles.size() * 9 / 10);
        fresh = 2;
      } else if (kind == 2) {
        shingles = units[random() % units.size()];  // a little of one
        shingles.resize(shingles.size() / 4);
      }
      for (int i = 0; i < fresh; ++i) shingles.push_back(random() | 1);
      if (u == 7) shingles.push_back(0);  // a shingle of 0 is one too
      const bool match = u % 5 != 4;      // some units are added unmatched (exact copies)
      const ShingleIndex::Match expected = eager.MatchThenAdd(u, shingles, match);
      const ShingleIndex::Match answer = deferred.MatchThenAdd(u, shingles, match);
      if (expected.unit >= 0 && expected.containment >= share) {
        ++reached;
        EXPECT_EQ(answer.unit, expected.unit) << "unit " << u << " share " << share;
        EXPECT_EQ(answer.containment, expected.containment) << "unit " << u;
      } else if (answer.unit >= 0) {
        EXPECT_EQ(answer.unit, expected.unit) << "unit " << u;  // built: the same answer
      }
      units.push_back(std::move(shingles));
    }
    EXPECT_GT(reached, 10u) << share;
    EXPECT_TRUE(deferred.built());
  }
}

TEST(DeferredShingleIndexTest, StaysUnbuiltWhileNoUnitCouldRepeat) {
  DeferredShingleIndex index(0.8);
  uint64_t next = 1;
  for (int u = 0; u < 50; ++u) {
    std::vector<uint64_t> shingles;
    for (int i = 0; i < 30; ++i) shingles.push_back(next++ * 0x9E3779B97F4A7C15ULL);
    if (u > 0) shingles.push_back((next - 40) * 0x9E3779B97F4A7C15ULL);  // one seen before
    EXPECT_EQ(index.MatchThenAdd(u, shingles, true).unit, -1);
  }
  EXPECT_FALSE(index.built());
  // A unit made of an earlier one's shingles: built, and that unit found.
  std::vector<uint64_t> copy;
  for (uint64_t i = 31; i <= 60; ++i) copy.push_back(i * 0x9E3779B97F4A7C15ULL);
  const ShingleIndex::Match match = index.MatchThenAdd(50, copy, true);
  EXPECT_TRUE(index.built());
  EXPECT_EQ(match.unit, 1);
  EXPECT_DOUBLE_EQ(match.containment, 1.0);
}

// The set of shingles seen is handed from one document's index to the
// next on a thread: a document must never see the last one's shingles (its
// first paragraph would look like a repeat), two indexes alive at once (the
// paragraphs' and the sentences') must not share one, and a set that grows
// while in use must keep what it holds.
TEST(DeferredShingleIndexTest, ADocumentSeesNoShingleOfTheDocumentBefore) {
  std::vector<uint64_t> shingles;
  for (uint64_t i = 1; i <= 40; ++i) shingles.push_back(i * 0x9E3779B97F4A7C15ULL);
  for (int document = 0; document < 4; ++document) {
    DeferredShingleIndex paragraphs(0.5);
    DeferredShingleIndex sentences(0.5);
    paragraphs.Reserve(shingles.size());
    EXPECT_EQ(paragraphs.MatchThenAdd(0, shingles, true).unit, -1) << document;
    EXPECT_EQ(sentences.MatchThenAdd(0, shingles, true).unit, -1) << document;
    EXPECT_FALSE(paragraphs.built()) << document;
    EXPECT_FALSE(sentences.built()) << document;
  }
  // Thousands of shingles, unit after unit, past the room reserved: the set
  // grows, and a copy of the first unit is still found.
  DeferredShingleIndex index(0.8);
  index.Reserve(10);
  uint64_t next = 1000;
  for (int u = 0; u < 100; ++u) {
    std::vector<uint64_t> unit;
    for (int i = 0; i < 50; ++i) unit.push_back(next++ * 0x9E3779B97F4A7C15ULL);
    index.MatchThenAdd(u, u == 0 ? shingles : unit, true);
  }
  EXPECT_FALSE(index.built());
  EXPECT_EQ(index.MatchThenAdd(100, shingles, true).unit, 0);
}

// What waits to be listed is bounded: past kMaxWaiting noted shingles the
// index is built, and answers as before.
TEST(DeferredShingleIndexTest, BuildsWhenTooManyShinglesWait) {
  DeferredShingleIndex index(0.8);
  const size_t per_unit = 1000;
  uint64_t next = 1;
  int u = 0;
  for (; static_cast<size_t>(u) * per_unit <= DeferredShingleIndex::kMaxWaiting; ++u) {
    std::vector<uint64_t> shingles;
    for (size_t i = 0; i < per_unit; ++i) shingles.push_back(next++ * 0x9E3779B97F4A7C15ULL);
    index.MatchThenAdd(u, shingles, true);
  }
  EXPECT_TRUE(index.built());
  std::vector<uint64_t> first;
  for (uint64_t i = 1; i <= per_unit; ++i) first.push_back(i * 0x9E3779B97F4A7C15ULL);
  EXPECT_EQ(index.MatchThenAdd(u, first, true).unit, 0);
}

TEST(TextFingerprintTest, HashesAreTheSameInEveryVersion) {
  const TextFingerprint ascii =
      Fingerprint("Varga said the North's pier would \"reopen by March.\" 2027", 3, 1000);
  EXPECT_EQ(ascii.words, 10u);
  EXPECT_EQ(ascii.hash, 0xe1a50eb8859e139aULL);
  EXPECT_EQ(*std::min_element(ascii.shingles.begin(), ascii.shingles.end()), 0x3214f80360489cdeULL);
  const TextFingerprint mixed =
      Fingerprint("ÉLODIE Dubois-Ménard said “no” — 10 ‘cases’ in Łódź, it's", 3, 1000);
  EXPECT_EQ(mixed.words, 10u);
  EXPECT_EQ(mixed.hash, 0x4e758e4537f57e5dULL);
  EXPECT_EQ(*std::min_element(mixed.shingles.begin(), mixed.shingles.end()), 0x0e280e211553cf49ULL);
}

// The numbers quoted in docs/rules/duplicate-text.md for the 0.8 threshold.
TEST(TextFingerprintTest, TextTooLongForShinglesIsHashedTheSameWordByWord) {
  const std::string text = "Varga said the North's pier would reopen by March, 2027.";
  const TextFingerprint whole = FingerprintOfWords(SplitWords(text), 3, false);
  const TextFingerprint streamed = Fingerprint(text, 3, 10);  // over the limit
  EXPECT_EQ(streamed.words, 10u);
  EXPECT_EQ(streamed.words, whole.words);
  EXPECT_EQ(streamed.hash, whole.hash);
  EXPECT_EQ(streamed.hash, Fingerprint(text, 3, 1000).hash);
  EXPECT_TRUE(streamed.shingles.empty());
}

// Duplicate-text makes a paragraph's shingles once and gives each sentence
// its slice: each slice must fingerprint exactly as the sentence read alone.
TEST(TextFingerprintTest, AnyRunOfAParagraphsWordsTakesItsSliceOfTheParagraphsShingles) {
  const std::vector<Word> words = SplitWords(
      "The ferry to Orva sails at nine. The ferry to Orva sails at nine, said Varga, "
      "and the ferry back leaves at noon.");
  for (size_t k : {1u, 3u, 5u}) {
    std::vector<uint64_t> in_order;
    ShinglesInOrder(words, k, &in_order);
    ASSERT_EQ(in_order.size(), words.size() - k + 1);
    for (size_t a = 0; a < words.size(); ++a) {
      for (size_t b = a; b <= words.size(); ++b) {
        const std::span<const Word> run(words.begin() + a, words.begin() + b);
        const size_t count = b - a >= k ? b - a - k + 1 : 0;
        const TextFingerprint sliced =
            FingerprintWithShingles(run, std::span<const uint64_t>(in_order).subspan(a, count));
        const TextFingerprint alone = FingerprintOfWords(run, k, true);
        EXPECT_EQ(sliced.words, alone.words);
        EXPECT_EQ(sliced.hash, alone.hash);
        EXPECT_EQ(sliced.shingles, alone.shingles) << "k " << k << ", words " << a << " to " << b;
      }
    }
  }
}

TEST(TextFingerprintTest, SimilarityOfTheDocumentedExamples) {
  const std::string council =
      "The council voted on Tuesday to delay the harbour budget until the auditors finish their "
      "review of last year's accounts.";
  EXPECT_NEAR(Similarity(council,
                         "The council voted on Thursday to delay the harbour budget until the "
                         "auditors finish their review of last year's accounts."),
              0.833, 0.001);
  EXPECT_NEAR(Similarity(council,
                         "The council voted on Thursday to delay the harbour budget until the "
                         "inspectors finish their review of last year's accounts."),
              0.667, 0.001);
  EXPECT_NEAR(Similarity("The company did not respond to a request for comment on Tuesday.",
                         "The ministry did not respond to a request for comment on Friday."),
              0.700, 0.001);
  EXPECT_NEAR(Similarity("Residents of Vell County will vote on the new school levy in the "
                         "November election, officials said.",
                         "Residents of Harrow County will vote on the new road levy in the March "
                         "election, officials said."),
              0.400, 0.001);
}

TEST(DuplicateTextTest, RepeatedCaptionIsReportedOnceAtTheSecondCopy) {
  const std::string text = std::string("Pier repairs to start in May\n\n") + kCaption + "\n\n" +
                           kCaption +
                           "\n\nRepairs to the pier will begin in May, the harbour office said.\n";
  const Document document = Load("pier.txt", text);
  auto check = MakeCheck();
  const std::vector<Finding> findings = RunCheck(check, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "duplicate-text");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].span, Find(document, kCaption, 1));
  EXPECT_NE(findings[0].message.find("word for word"), std::string::npos);
  EXPECT_NE(findings[0].message.find("line 3"), std::string::npos) << findings[0].message;
  ASSERT_EQ(findings[0].related.size(), 1u);
  EXPECT_EQ(findings[0].related[0].path, "");
  EXPECT_EQ(findings[0].related[0].span, Find(document, kCaption, 0));
}

TEST(DuplicateTextTest, CopiesDifferingInCaseQuotesAndWrapsAreExact) {
  const Document document = Load("a.txt",
                                 "\"We will reopen the pier by summer,\" Varga told the council "
                                 "on Monday.\n\n"
                                 "“we will reopen the pier by summer,” Varga told\nthe council on "
                                 "Monday\n");
  auto check = MakeCheck();
  const std::vector<Finding> findings = RunCheck(check, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, document.paragraphs[1]);
  EXPECT_NE(findings[0].message.find("word for word"), std::string::npos);
}

TEST(DuplicateTextTest, NearCopyAboveTheThresholdIsReportedWithItsShare) {
  const Document document =
      Load("a.txt",
           "The council voted on Tuesday to delay the harbour budget until the auditors finish "
           "their review of last year's accounts.\n\n"
           "Fishermen protested outside the hall.\n\n"
           "The council voted on Thursday to delay the harbour budget until the auditors finish "
           "their review of last year's accounts.\n");
  auto check = MakeCheck();
  const std::vector<Finding> findings = RunCheck(check, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, document.paragraphs[2]);
  EXPECT_NE(findings[0].message.find("nearly repeats the paragraph at line 1 (83%"),
            std::string::npos)
      << findings[0].message;
  EXPECT_EQ(findings[0].related[0].span, document.paragraphs[0]);
}

TEST(DuplicateTextTest, SimilarButDifferentParagraphsStaySilent) {
  const Document document = Load(
      "a.txt",
      "The council voted 7-2 on Tuesday to approve the harbour budget after a three-hour "
      "debate.\n\n"
      "The council voted 5-4 on Thursday to reject the harbour plan after a two-hour debate.\n\n"
      "The company did not respond to a request for comment on Tuesday.\n\n"
      "The ministry did not respond to a request for comment on Friday.\n\n"
      "He said.\n\nHe said.\n\nNo comment.\n\nNo comment.\n");
  auto check = MakeCheck();
  EXPECT_TRUE(RunCheck(check, document).empty());
}

TEST(DuplicateTextTest, MinWordsOptionDecidesWhatIsTooShort) {
  const Document document =
      Load("a.txt", "The ferry was late again.\n\nThe ferry was late again.\n");
  auto strict = MakeCheck();
  EXPECT_TRUE(RunCheck(strict, document).empty());
  DuplicateTextOptions options = BuiltInOptions();
  options.min_words = 4;
  auto loose = MakeCheck(options);
  EXPECT_EQ(RunCheck(loose, document).size(), 1u);
}

TEST(DuplicateTextTest, RepeatedParagraphGivesNoExtraSentenceFindings) {
  const std::string body =
      "Rescue teams reached the village of Orlo late on Sunday after two days. Heavy rain had "
      "cut the only road into the valley since Friday morning.";
  const Document document = Load("a.txt", body + "\n\n" + body + "\n");
  ScanResult scan;
  for (int copy = 0; copy < 2; ++copy) {
    scan.sentences.push_back(Find(document,
                                  "Rescue teams reached the village of Orlo late on "
                                  "Sunday after two days.",
                                  copy));
    scan.sentences.push_back(Find(
        document, "Heavy rain had cut the only road into the valley since Friday morning.", copy));
  }
  auto check = MakeCheck();
  const std::vector<Finding> findings = RunCheck(check, document, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, document.paragraphs[1]);
}

// One finding: the second copy of `sentence`, a sentence repeat naming the
// first copy.
void ExpectOneSentenceRepeat(const std::vector<Finding>& findings, const Document& document,
                             const std::string& sentence) {
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, Find(document, sentence, 1));
  EXPECT_NE(findings[0].message.find("sentence repeats"), std::string::npos);
  ASSERT_EQ(findings[0].related.size(), 1u);
  EXPECT_EQ(findings[0].related[0].span, Find(document, sentence, 0));
}

TEST(DuplicateTextTest, SentenceRepeatedInALaterParagraphIsReportedAlone) {
  const std::string lede = "Rescue teams reached the village of Orlo late on Sunday.";
  const Document document =
      Load("a.txt", lede + " Heavy rain had cut the only road for two days.\n\n" +
                        "Three people were taken to hospital in Vell. " + lede +
                        " The army sent two lorries of food.\n");
  ScanResult scan;
  scan.sentences = {Find(document, lede, 0),
                    Find(document, "Heavy rain had cut the only road for two days."),
                    Find(document, "Three people were taken to hospital in Vell."),
                    Find(document, lede, 1), Find(document, "The army sent two lorries of food.")};
  auto check = MakeCheck();
  ExpectOneSentenceRepeat(RunCheck(check, document, scan), document, lede);

  DuplicateTextOptions options = BuiltInOptions();
  options.sentences = false;
  auto paragraphs_only = MakeCheck(options);
  EXPECT_TRUE(RunCheck(paragraphs_only, document, scan).empty());
}

// A sentence read from its paragraph's shingles must weigh as the same
// sentence read alone, also when its paragraph repeats a run of words (its
// shingles are then kept distinct again, sentence by sentence).
TEST(DuplicateTextTest, SentenceInsideAParagraphWeighsAsTheSameSentenceAlone) {
  const std::string first =
      "Fish prices rose and fish prices rose and fish prices rose again at the Orlo market on "
      "Monday after the storm.";
  const std::string later =
      "Fish prices rose and fish prices rose and fish prices rose again at the Orlo market on "
      "Monday after the gale.";
  const std::string lead = "Three people were taken to hospital in Vell.";
  const std::string tail = "The army sent two lorries of food to the coast.";
  auto message = [&](const std::string& text, const std::vector<std::string>& sentences) {
    const Document document = Load("a.txt", text);
    ScanResult scan;
    for (const std::string& sentence : sentences)
      scan.sentences.push_back(Find(document, sentence));
    auto check = MakeCheck();
    const std::vector<Finding> findings = RunCheck(check, document, scan);
    EXPECT_EQ(findings.size(), 1u) << text;
    return findings.empty() ? std::string() : findings[0].message;
  };
  const std::string alone = message(first + "\n\n" + later + "\n", {first, later});
  const std::string inside =
      message(lead + " " + first + "\n\n" + later + " " + tail + "\n", {lead, first, later, tail});
  EXPECT_NE(alone.find("nearly repeats"), std::string::npos) << alone;
  // "(92% the same wording)": the share, whatever the unit is called.
  auto share = [](const std::string& text) {
    const size_t open = text.find('(');
    return open == std::string::npos ? text : text.substr(open);
  };
  EXPECT_EQ(share(inside), share(alone)) << inside;
}

TEST(TextFingerprintTest, ASliceOfDistinctShinglesNeedsNoSecondLook) {
  const std::vector<Word> words =
      SplitWords("Rescue teams reached the village of Orlo late on Sunday after two days.");
  std::vector<uint64_t> in_order;
  ShinglesInOrder(words, 3, &in_order);
  ASSERT_EQ(FingerprintOfWords(words, 3, true).shingles.size(), in_order.size());  // no repeat
  for (size_t a = 0; a + 3 <= words.size(); ++a) {
    const std::span<const Word> run(words.begin() + a, words.end());
    const std::span<const uint64_t> slice = std::span<const uint64_t>(in_order).subspan(a);
    EXPECT_EQ(FingerprintWithShingles(run, slice, true).shingles,
              FingerprintOfWords(run, 3, true).shingles);
  }
}

// A paragraph of one sentence is that sentence too: a later paragraph that
// repeats the sentence among others is reported at the sentence, naming the
// paragraph's words as the first copy.
TEST(DuplicateTextTest, OneSentenceParagraphRepeatedInsideALaterParagraph) {
  const std::string lede = "Rescue teams reached the village of Orlo late on Sunday.";
  const Document document =
      Load("a.txt", "  " + lede + "\n\n" + "Three people were taken to hospital in Vell. " + lede +
                        " The army sent two lorries of food.\n");
  ScanResult scan;
  scan.sentences = {Find(document, lede, 0),
                    Find(document, "Three people were taken to hospital in Vell."),
                    Find(document, lede, 1), Find(document, "The army sent two lorries of food.")};
  auto check = MakeCheck();
  ExpectOneSentenceRepeat(RunCheck(check, document, scan), document, lede);
}

TEST(DuplicateTextTest, ParagraphSharedWithAnEarlierFileNamesThatFile) {
  const std::string shared =
      "The Vell County ferry has carried passengers between Port Elin and Marrow Point since "
      "1962.";
  const Document first = Load("news/ferry-1.txt",
                              "Ferry fares to rise\n\nFares will rise by a tenth in April, the "
                              "operator said on Monday.\n\n" +
                                  shared + "\n");
  const Document second = Load("news/ferry-2.txt",
                               "Ferry strike called off\n\nCrews called off a planned strike "
                               "after talks ended late on Thursday.\n\n"
                               "Union leaders will put the offer to a vote next week.\n\n" +
                                   shared + "\n");
  auto check = MakeCheck();
  EXPECT_TRUE(RunCheck(check, first).empty());
  const std::vector<Finding> findings = RunCheck(check, second);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, second.paragraphs[3]);
  EXPECT_NE(findings[0].message.find("news/ferry-1.txt (line 5)"), std::string::npos)
      << findings[0].message;
  ASSERT_EQ(findings[0].related.size(), 1u);
  const RelatedLocation& related = findings[0].related[0];
  EXPECT_EQ(related.path, "news/ferry-1.txt");
  EXPECT_EQ(related.span, first.paragraphs[2]);
  EXPECT_EQ(related.line, 5u);
  EXPECT_EQ(related.column, 1u);
}

TEST(DuplicateTextTest, FullCrossArticleIndexSaysSoInsteadOfMissingQuietly) {
  const std::string kept = "The Vell County ferry has carried passengers since the spring of 1962.";
  const std::string dropped = "Crews at Marrow Point called off a planned strike late on Thursday.";
  DuplicateTextOptions options = BuiltInOptions();
  options.max_remembered_paragraphs = 1;
  auto check = MakeCheck(options);
  const std::shared_ptr<CrossFileState> memory = check.cross_file_state();
  ASSERT_NE(memory, nullptr);
  EXPECT_TRUE(RunCheck(check, Load("a.txt", kept + "\n\n" + dropped + "\n")).empty());
  EXPECT_EQ(memory->LimitNote(),
            "cross-article index full after 1 paragraph; later duplicates not checked");
  // The remembered paragraph is still found; the one left out is not.
  const std::vector<Finding> findings = RunCheck(check, Load("b.txt", dropped + "\n\n" + kept));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("a.txt (line 1)"), std::string::npos) << findings[0].message;
}

TEST(DuplicateTextTest, CrossArticleIndexIsQuietWhileItHasRoom) {
  auto check = MakeCheck();
  RunCheck(check,
           Load("a.txt", "Crews at Marrow Point called off a planned strike late on Thursday."));
  EXPECT_EQ(check.cross_file_state()->LimitNote(), "");
}

TEST(DuplicateTextTest, AcrossFilesOptionTurnsCrossFileComparisonOff) {
  const std::string text = "Crews called off a planned strike after talks ended late on Thursday.";
  DuplicateTextOptions options = BuiltInOptions();
  options.across_files = false;
  auto check = MakeCheck(options);
  EXPECT_TRUE(RunCheck(check, Load("a.txt", text)).empty());
  EXPECT_TRUE(RunCheck(check, Load("b.txt", text)).empty());
}

const char kArticle[] =
    "Harbour budget delayed\n\n"
    "The Port Elin council voted on Tuesday to delay the harbour budget until spring.\n\n"
    "Councillor Ann Vale said the auditors needed more time to review last year's accounts.\n\n"
    "The harbour master, Tomas Reyes, warned that repairs to the north pier could not wait.\n\n"
    "A final vote is expected at the council's meeting on April 14.\n";

TEST(DuplicateTextTest, WholeArticleCopyIsOneFindingAtTheStart) {
  auto check = MakeCheck();
  const Document original = Load("2024/budget.txt", kArticle);
  EXPECT_TRUE(RunCheck(check, original).empty());
  const Document copy = Load("2024/budget-copy.txt", kArticle);
  const std::vector<Finding> findings = RunCheck(check, copy);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, copy.paragraphs[0]);
  EXPECT_NE(findings[0].message.find("whole article is a copy of 2024/budget.txt"),
            std::string::npos)
      << findings[0].message;
  ASSERT_EQ(findings[0].related.size(), 1u);
  EXPECT_EQ(findings[0].related[0].path, "2024/budget.txt");
  EXPECT_EQ(findings[0].related[0].line, 1u);
  EXPECT_EQ(findings[0].related[0].span, original.paragraphs[0]);
}

TEST(DuplicateTextTest, ArticleCopyWithNewHeadlineAndFurnitureStillOneFinding) {
  auto check = MakeCheck();
  RunCheck(check, Load("budget.txt", kArticle));
  std::string copy_text = kArticle;
  copy_text.replace(0, copy_text.find('\n'), "Council puts off harbour budget");
  copy_text += "\nMost Read\n";
  const Document copy = Load("mirror/budget.txt", copy_text);
  const std::vector<Finding> findings = RunCheck(check, copy);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("whole article repeats budget.txt (4 of 4 paragraphs"),
            std::string::npos)
      << findings[0].message;
}

TEST(DuplicateTextTest, HouseTextInManyFilesIsReportedOnlyAFewTimes) {
  const std::string disclaimer =
      "This story was produced with support from the Vell County Journalism Fund, which has no "
      "say over its content.";
  auto check = MakeCheck();
  size_t reported = 0;
  for (int i = 0; i < 8; ++i) {
    const std::string story = "Story number " + std::to_string(i) + " has its own headline " +
                              std::string(i, 'x') + " and body text about topic " +
                              std::to_string(i * 7) + ".";
    reported +=
        RunCheck(check, Load("s" + std::to_string(i) + ".txt", story + "\n\n" + disclaimer)).size();
  }
  EXPECT_EQ(reported, 3u);
}

TEST(DuplicateTextTest, SamePathAuditedTwiceIsNotACopyOfItself) {
  auto check = MakeCheck();
  EXPECT_TRUE(RunCheck(check, Load("budget.txt", kArticle)).empty());
  EXPECT_TRUE(RunCheck(check, Load("budget.txt", kArticle)).empty());
}

TEST(DuplicateTextTest, SentenceSpansOutsideTheTextAreIgnored) {
  const Document document = Load("a.txt", "Crews called off a planned strike after talks.\n");
  ScanResult scan;
  scan.sentences = {Span{0, 5000}, Span{4000, 4100}, Span{30, 10}};
  auto check = MakeCheck();
  EXPECT_TRUE(RunCheck(check, document, scan).empty());
}

TEST(DuplicateTextTest, EmptyAndShortDocumentsAreNeverCopies) {
  auto check = MakeCheck();
  EXPECT_TRUE(RunCheck(check, Load("a.txt", "")).empty());
  EXPECT_TRUE(RunCheck(check, Load("b.txt", "")).empty());
  EXPECT_TRUE(RunCheck(check, Load("c.txt", "Short note.\n")).empty());
  EXPECT_TRUE(RunCheck(check, Load("d.txt", "Short note.\n")).empty());
}

// A synthetic word made of random syllables, so generated paragraphs share no
// word runs by construction.
std::string RandomWord(std::mt19937& random) {
  static const char* kSyllables[] = {"ka", "lo",  "mi",  "ren", "sta", "vu",  "el", "dor",
                                     "pa", "qui", "zen", "ho",  "tri", "mal", "ne", "sol"};
  std::string word;
  const int syllables = 2 + static_cast<int>(random() % 3);
  for (int i = 0; i < syllables; ++i) word += kSyllables[random() % 16];
  return word;
}

TEST(DuplicateTextTest, FiveThousandDistinctParagraphsGiveNoFindings) {
  std::mt19937 random(12345);
  std::string text;
  std::vector<std::string> paragraphs;
  for (int p = 0; p < 5000; ++p) {
    std::string paragraph;
    for (int w = 0; w < 14; ++w) paragraph += RandomWord(random) + (w == 13 ? "." : " ");
    paragraphs.push_back(paragraph);
    text += paragraph + "\n\n";
  }
  auto check = MakeCheck();
  const Document document = Load("long.txt", text);
  ASSERT_EQ(document.paragraphs.size(), 5000u);
  EXPECT_TRUE(RunCheck(check, document).empty());

  // The same document with one paragraph pasted again at the end: exactly
  // that copy is reported (against the earlier file as well as within).
  const Document with_copy = Load(
      "long-2.txt", "Preface line for the second file here.\n\n" + text + paragraphs[17] + "\n");
  auto fresh = MakeCheck();
  const std::vector<Finding> findings = RunCheck(fresh, with_copy);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, with_copy.paragraphs.back());
  EXPECT_EQ(findings[0].related[0].span, with_copy.paragraphs[18]);
}

TEST(DuplicateTextTest, HugeSingleParagraphIsComparedByHashOnly) {
  std::string line;
  std::mt19937 random(7);
  while (line.size() < 200000) line += RandomWord(random) + " ";
  auto check = MakeCheck();
  const Document document = Load("big.txt", line + "\n\n" + line + "\n");
  const std::vector<Finding> findings = RunCheck(check, document);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, document.paragraphs[1]);
}

TEST(DuplicateTextTest, RepeatedSentenceInsideAHugeParagraphIsStillFound) {
  // One paragraph far over the shingle limit: compared by hash as a whole,
  // its sentences one by one.
  std::mt19937 random(11);
  std::vector<std::string> sentences;
  std::string text;
  while (text.size() < 200000) {
    std::string sentence = "Officials in Orlo";
    for (int i = 0; i < 12; ++i) sentence += " " + RandomWord(random);
    sentence += ".";
    if (sentences.size() == 900) sentence = sentences[40];  // the one repeat
    sentences.push_back(sentence);
    text += sentence + " ";
  }
  const Document document = Load("big.txt", text + "\n");
  ScanResult scan;
  size_t from = 0;
  for (const std::string& sentence : sentences) {
    const size_t at = document.text.find(sentence, from);
    ASSERT_NE(at, std::string::npos);
    scan.sentences.push_back(Span{at, at + sentence.size()});
    from = at + sentence.size();
  }
  auto check = MakeCheck();
  const std::vector<Finding> findings = RunCheck(check, document, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, scan.sentences[900]);
  EXPECT_NE(findings[0].message.find("sentence repeats"), std::string::npos);
  EXPECT_EQ(findings[0].related[0].span, scan.sentences[40]);
}

TEST(DuplicateTextTest, OptionsComeFromTheBuiltInRuleFile) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front().ToString();
  const RuleInfo* rule = loaded.rules.FindRule("duplicate-text");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->severity, Severity::kWarning);
  const DuplicateTextOptions options = BuiltInOptions();
  EXPECT_EQ(options.min_words, 8u);
  EXPECT_EQ(options.shingle_words, 3u);
  EXPECT_DOUBLE_EQ(options.min_similarity, 0.8);
  EXPECT_TRUE(options.across_files);
  std::vector<RuleError> errors;
  bool found = false;
  for (const auto& check : MakeChecks(loaded.rules, &errors)) {
    found = found || check->id() == "duplicate-text";
  }
  EXPECT_TRUE(found);
}

// The wire story the project started from: its photo caption is pasted twice
// (paragraphs 2 and 3), and nothing else in it repeats.
TEST(DuplicateTextTest, TreatySampleReportsOnlyTheRepeatedCaption) {
  const std::filesystem::path path = test_files::SharedDir() / "samples/treaty-kcna.txt";
  QA_SHARED_PATH_OR_SKIP(path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const Document document = Load(path.string(), bytes.str());
  ASSERT_GE(document.paragraphs.size(), 4u);

  RuleLoadResult loaded = LoadRules({});
  std::vector<RuleError> errors;
  auto scanner = Scanner::Create(loaded.rules, &errors);
  ASSERT_NE(scanner, nullptr);
  const ScanResult scan = scanner->Scan(document);
  auto check =
      DuplicateTextCheck::Create(*loaded.rules.FindRule("duplicate-text"), loaded.rules, &errors);
  const std::vector<Finding> findings = RunCheck(*check, document, scan);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span, document.paragraphs[2]);
  EXPECT_EQ(findings[0].related[0].span, document.paragraphs[1]);
}

}  // namespace
}  // namespace qa
