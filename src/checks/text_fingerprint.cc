#include "checks/text_fingerprint.h"

#include <algorithm>
#include <array>

#include "core/bit_mix.h"
#include "core/word_hash.h"

namespace qa {
namespace {

// A word's hash is core/word_hash.h's, which the lexicon gate shares.
constexpr uint64_t kFnvOffset = kWordHashOffset;
// The seed of a whole word sequence's hash (FingerprintOfWords, Fingerprint).
constexpr uint64_t kSequenceSeed = 0x6a09e667f3bcc908ULL;
constexpr uint64_t kFnvPrime = kWordHashPrime;

// splitmix64's finaliser spreads FNV's weak low bits before combining.
constexpr uint64_t Mix(uint64_t x) { return MixBits(x); }

// One decoded code point and its length in bytes; an invalid byte decodes as
// U+FFFD with length 1 so the scan always advances.
struct CodePoint {
  char32_t value;
  size_t length;
};

CodePoint Decode(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || i + length > text.size()) return {0xFFFD, 1};
  char32_t value = lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  return {value, length};
}

constexpr bool IsAsciiWordChar(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Each ASCII byte as words are hashed: a letter folded to lower case, a
// digit as itself, 0 for a separator; 0 for every byte of 0x80 and up too,
// so the loop over a word's bytes needs no test for them.
constexpr std::array<unsigned char, 256> kAsciiWordFold = [] {
  std::array<unsigned char, 256> fold{};
  for (unsigned c = 0; c < 128; ++c) {
    if (IsAsciiWordChar(c))
      fold[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
  }
  return fold;
}();

bool AllDigits(const unsigned char* begin, const unsigned char* end) {
  for (const unsigned char* p = begin; p != end; ++p) {
    if (*p < '0' || *p > '9') return false;
  }
  return true;
}

// Punctuation, symbols and spaces outside ASCII: Latin-1 signs, general
// punctuation (curly quotes, dashes, ellipsis, thin spaces), currency, arrows
// and shapes, CJK and full-width punctuation, the BOM, U+FFFD.
bool IsNonAsciiSeparator(char32_t c) {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF || c == 0xFFFD;
}

bool IsWordChar(char32_t c) { return c < 0x80 ? IsAsciiWordChar(c) : !IsNonAsciiSeparator(c); }

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

char32_t FoldCase(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // Latin-1 capitals
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;             // basic Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

// Feeds the UTF-8 bytes of `c` into an FNV-1a hash.
uint64_t HashCodePoint(uint64_t hash, char32_t c) {
  unsigned char bytes[4];
  size_t n = 0;
  if (c < 0x80) {
    bytes[n++] = static_cast<unsigned char>(c);
  } else if (c < 0x800) {
    bytes[n++] = static_cast<unsigned char>(0xC0 | (c >> 6));
    bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    bytes[n++] = static_cast<unsigned char>(0xE0 | (c >> 12));
    bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
    bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
  } else {
    bytes[n++] = static_cast<unsigned char>(0xF0 | (c >> 18));
    bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
    bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
    bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
  }
  for (size_t i = 0; i < n; ++i) hash = (hash ^ bytes[i]) * kFnvPrime;
  return hash;
}

}  // namespace

bool WordReader::Next(Word* word) {
  bool in_word = false;
  uint64_t hash = kFnvOffset;
  const size_t size = text_.size();
  while (pos_ < size) {
    const unsigned char byte = static_cast<unsigned char>(text_[pos_]);
    if (byte < 0x80) {
      // ASCII, most bytes of most articles, without decoding: the same steps
      // as below for one-byte code points, a run of word bytes at a time.
      unsigned char folded = kAsciiWordFold[byte];
      if (folded != 0) {
        if (!in_word) {
          in_word = true;
          word->span.begin = base_ + pos_;
          word->numeric = true;
          word->plain = true;
        }
        // Locals, branch-free where it can be: this loop sees most bytes.
        const auto* const bytes = reinterpret_cast<const unsigned char*>(text_.data());
        const size_t run_begin = pos_;
        size_t pos = pos_;
        do {
          hash = (hash ^ folded) * kFnvPrime;
          if (++pos == size) break;
          const unsigned char next = bytes[pos];
          folded = kAsciiWordFold[next];
        } while (folded != 0);
        pos_ = pos;
        // Digits only: seldom, and a run opening with a letter is not, so
        // the loop above need not ask each byte.
        word->numeric = word->numeric && AllDigits(bytes + run_begin, bytes + pos);
        continue;
      }
      if (in_word &&
          (byte != '\'' || pos_ + 1 >= size || !IsWordChar(Decode(text_, pos_ + 1).value))) {
        break;
      }
      if (in_word) word->plain = false;  // "North's": an apostrophe inside
      ++pos_;
      continue;
    }
    const CodePoint cp = Decode(text_, pos_);
    if (IsWordChar(cp.value)) {
      if (!in_word) {
        in_word = true;
        word->span.begin = base_ + pos_;
        word->numeric = true;
      }
      word->plain = false;  // a letter outside ASCII
      hash = HashCodePoint(hash, FoldCase(cp.value));
      word->numeric = word->numeric && cp.value >= '0' && cp.value <= '9';
    } else if (in_word) {
      // "North's": an apostrophe followed by a letter stays inside the word.
      const size_t next = pos_ + cp.length;
      if (!IsApostrophe(cp.value) || next >= text_.size() ||
          !IsWordChar(Decode(text_, next).value)) {
        break;
      }
      word->plain = false;
    }
    pos_ += cp.length;
  }
  if (!in_word) return false;
  word->span.end = base_ + pos_;
  word->hash = Mix(hash);
  return true;
}

std::vector<Word> SplitWords(std::string_view text, size_t base) {
  std::vector<Word> words;
  // About one word per six bytes of prose: one allocation, not a doubling
  // series (callers split paragraphs, never whole files).
  words.reserve(text.size() / 6 + 1);
  AppendWords(text, base, &words);
  return words;
}

void AppendWords(std::string_view text, size_t base, std::vector<Word>* out) {
  // WordReader::Next's steps for a word of ASCII letters and digits ended by
  // an ASCII byte other than an apostrophe, with the state in locals; any
  // other word is read from its first byte by a WordReader, which reads it
  // whole the same way (it starts outside a word there).
  const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t pos = 0;
  while (pos < size) {
    // ASCII bytes outside words (an apostrophe too, outside a word).
    while (pos < size && bytes[pos] < 0x80 && kAsciiWordFold[bytes[pos]] == 0) ++pos;
    if (pos == size) break;
    const size_t start = pos;
    if (bytes[pos] < 0x80) {
      uint64_t hash = kFnvOffset;
      // Digits fold to themselves (0x30 to 0x39), letters to 0x61 and up:
      // bit 6 of any byte folded says a letter was among them.
      unsigned folded_bits = 0;
      unsigned char folded = kAsciiWordFold[bytes[pos]];
      do {
        hash = (hash ^ folded) * kFnvPrime;
        folded_bits |= folded;
        ++pos;
      } while (pos < size && (folded = kAsciiWordFold[bytes[pos]]) != 0);
      const bool numeric = (folded_bits & 0x40) == 0;
      if (pos == size || (bytes[pos] < 0x80 && bytes[pos] != '\'')) {
        Word& word = out->emplace_back();
        word.span = {base + start, base + pos};
        word.hash = Mix(hash);
        word.numeric = numeric;
        word.plain = true;
        continue;
      }
    }
    // An apostrophe or a character outside ASCII after it, or one to begin
    // with (a letter, or punctuation such as a curly quote).
    WordReader reader(text, base, start);
    Word word;
    if (!reader.Next(&word)) break;
    out->push_back(word);
    pos = reader.position();
  }
}

namespace {

// The hash of the whole word sequence, and the count.
void HashWords(std::span<const Word> words, TextFingerprint* print) {
  uint64_t hash = kSequenceSeed;
  for (const Word& word : words) hash = Mix(hash + word.hash);
  print->words = words.size();
  print->hash = Mix(hash ^ print->words);
}

// Calls visit(shingle, repeat) for each value of `shingles`, in order,
// `repeat` saying whether an earlier one was the same, until it returns
// false. The table is reused across calls and a slot counts only when
// stamped by this call, so nothing is cleared (a paragraph has tens of
// shingles, and every paragraph and sentence is fingerprinted: sorting each
// list was 4% of an archive audit).
template <typename Visit>
void ForEachMarkingRepeats(std::span<const uint64_t> shingles, Visit visit) {
  struct Table {
    std::vector<uint64_t> values;
    std::vector<uint32_t> stamps;
    uint32_t now = 0;
  };
  thread_local Table table;
  size_t slots = 16;
  while (slots < 2 * shingles.size()) slots *= 2;
  if (table.stamps.size() < slots) {
    table.values.resize(slots);
    table.stamps.assign(slots, 0);
    table.now = 0;
  }
  if (++table.now == 0) {  // wrapped around: old stamps could look current
    std::fill(table.stamps.begin(), table.stamps.end(), 0);
    table.now = 1;
  }
  const size_t mask = slots - 1;
  for (const uint64_t shingle : shingles) {
    // Shingles are mixed hashes (Mix): any of their bits index.
    size_t i = static_cast<size_t>(shingle) & mask;
    while (table.stamps[i] == table.now && table.values[i] != shingle) i = (i + 1) & mask;
    const bool repeat = table.stamps[i] == table.now;
    table.stamps[i] = table.now;
    table.values[i] = shingle;
    if (!visit(shingle, repeat)) return;
  }
}

// Drops repeated shingles, keeping each first one in place.
void KeepDistinct(std::vector<uint64_t>* shingles) {
  if (shingles->size() < 2) return;
  size_t kept = 0;
  ForEachMarkingRepeats(*shingles, [&](uint64_t shingle, bool repeat) {
    if (!repeat) (*shingles)[kept++] = shingle;
    return true;
  });
  shingles->resize(kept);
}

}  // namespace

bool AllDistinct(std::span<const uint64_t> shingles) {
  if (shingles.size() < 2) return true;
  bool distinct = true;
  ForEachMarkingRepeats(shingles, [&](uint64_t, bool repeat) {
    distinct = !repeat;
    return distinct;
  });
  return distinct;
}

void ShinglesInOrder(std::span<const Word> words, size_t k, std::vector<uint64_t>* out) {
  out->clear();
  if (k == 0 || words.size() < k) return;
  constexpr uint64_t kSeed = 0x9e3779b97f4a7c15ULL;
  out->resize(words.size() - k + 1);
  uint64_t* at = out->data();
  if (k == 3) {
    // The rules' size, its three steps written out with the last two
    // words' hashes carried along: every paragraph's words pass here.
    uint64_t first = words[0].hash;
    uint64_t second = words[1].hash;
    for (size_t i = 2; i < words.size(); ++i) {
      const uint64_t third = words[i].hash;
      *at++ = Mix(Mix(Mix(kSeed + first) + second) + third);
      first = second;
      second = third;
    }
    return;
  }
  for (size_t i = k - 1; i < words.size(); ++i) {
    // The run of k words ending here, oldest first.
    uint64_t shingle = kSeed;
    for (size_t j = i + 1 - k; j <= i; ++j) shingle = Mix(shingle + words[j].hash);
    *at++ = shingle;
  }
}

TextFingerprint FingerprintOfWords(std::span<const Word> words, size_t k, bool shingles) {
  TextFingerprint print;
  HashWords(words, &print);
  if (shingles) {
    ShinglesInOrder(words, k, &print.shingles);
    KeepDistinct(&print.shingles);
  }
  return print;
}

TextFingerprint FingerprintWithShingles(std::span<const Word> words,
                                        std::span<const uint64_t> in_order, bool distinct) {
  TextFingerprint print;
  HashWords(words, &print);
  print.shingles.assign(in_order.begin(), in_order.end());
  if (!distinct) KeepDistinct(&print.shingles);
  return print;
}

TextFingerprint Fingerprint(std::string_view text, size_t k, size_t max_shingle_bytes) {
  if (text.size() <= max_shingle_bytes) return FingerprintOfWords(SplitWords(text), k, true);
  // Too long for shingles: the hash is read word by word, so a 50 MB
  // paragraph never holds a Word per word (24 bytes each, twice over while
  // the vector grows).
  TextFingerprint print;
  uint64_t hash = kSequenceSeed;
  WordReader reader(text);
  Word word;
  while (reader.Next(&word)) {
    hash = Mix(hash + word.hash);
    ++print.words;
  }
  print.hash = Mix(hash ^ print.words);
  return print;
}

double Containment(const std::vector<uint64_t>& later, const std::vector<uint64_t>& earlier) {
  if (later.empty()) return 0.0;
  std::vector<uint64_t> sorted(earlier);
  std::sort(sorted.begin(), sorted.end());
  const auto shared = std::count_if(later.begin(), later.end(), [&](uint64_t shingle) {
    return std::binary_search(sorted.begin(), sorted.end(), shingle);
  });
  return static_cast<double>(shared) / static_cast<double>(later.size());
}

}  // namespace qa
