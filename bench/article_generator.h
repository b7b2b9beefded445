// News-like English articles for the benchmark (scripts/bench,
// docs/performance.md): invented people, places, organisations and papers;
// quotes in the common attribution shapes, vague sources, hedges, a few
// unattributed quotes, wire paragraphs shared between articles and page
// furniture. Deterministic: the same options give the same bytes on every
// machine (a splitmix64 stream and our own range reduction, because the
// standard distributions are implementation-defined).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace qa_bench {

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and the same everywhere.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n): the high half of a 128-bit product (Lemire), defined
  // the same on every platform, unlike std::uniform_int_distribution.
  uint64_t Below(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
  }
  bool Chance(unsigned percent) { return Below(100) < percent; }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }

 private:
  uint64_t state_;
};

struct Options {
  std::string mode = "articles";  // articles | paragraph | quote-marks | copies
  std::string format = "dir";     // dir | file | jsonl
  std::string output;
  uint64_t seed = 1;
  size_t articles = 100;
  size_t size = 2500;  // target bytes per article (each 80-120% of it)
  double quotes_per_kb = 2.0;
  size_t bytes = 50u << 20;  // paragraph mode
  size_t marks = 100000;     // quote-marks mode
  size_t copies = 10000;     // copies mode
};

// The articles of o, one after another: about one in a hundred is a
// syndicated copy of the one before.
class ArticleStream {
 public:
  explicit ArticleStream(const Options& o);
  std::string Next();

 private:
  Options options_;
  Random random_;
  std::vector<std::string> wire_;
  std::string previous_;
};

// The paragraphs a few articles share (wire copy), from their own stream so
// they do not depend on the number of articles.
std::vector<std::string> WireParagraphs(uint64_t seed);

// One article of 80-120% of o.size bytes with about o.quotes_per_kb quotes
// per 1,024 bytes (no trailing line break).
std::string Article(Random* r, const Options& o, const std::vector<std::string>& wire);

// Pathological inputs, one file each: a single paragraph of `bytes` bytes
// with no line break; the same with no full stop, question or exclamation
// mark either (one sentence, its quotes still attributed: a pasted dump);
// `marks` double quote marks in short quotes, a few stray; one paragraph
// `copies` times.
std::string OneParagraph(Random* r, size_t bytes);
std::string OneSentence(Random* r, size_t bytes);
std::string QuoteMarks(Random* r, size_t marks);
std::string Copies(Random* r, size_t copies);

}  // namespace qa_bench
