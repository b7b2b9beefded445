#include "match/lexicon_gate.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "core/word_hash.h"
#include "match/re2_case_folding.h"

namespace qa {
namespace {

// Each byte as a word sees it: 0 for a byte outside words (RE2's \w is
// ASCII only), else the byte lower-cased.
constexpr std::array<unsigned char, 256> kWordBytes = [] {
  std::array<unsigned char, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<unsigned char>(c);
  for (int c = 'a'; c <= 'z'; ++c) table[c] = static_cast<unsigned char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<unsigned char>(c - 'A' + 'a');
  table['_'] = '_';
  return table;
}();

// A word's hash, the same for any case of its ASCII letters: eight bytes at
// a time, each byte with bit 5 set (which lower-cases A-Z and changes no
// other word byte but '_', alike on both sides). `readable`: how many bytes
// from `word` may be read, at least its size; with eight to spare a chunk
// is one load. Most words are one chunk: a multiply and a shift, since this
// runs for every word of every sentence a gated check reads.
inline uint64_t WordHash(const char* word, size_t size, size_t readable) {
  constexpr uint64_t kCaseBits = 0x2020202020202020ULL;
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  uint64_t hash = size;
  for (size_t i = 0; i < size; i += 8) {
    const size_t bytes = std::min<size_t>(size - i, 8);
    const uint64_t used = bytes == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
    uint64_t chunk = 0;
    if (std::endian::native == std::endian::little && readable - i >= 8) {
      std::memcpy(&chunk, word + i, 8);
    } else {
      for (size_t k = bytes; k-- > 0;) chunk = chunk << 8 | static_cast<unsigned char>(word[i + k]);
    }
    hash = (hash ^ ((chunk | kCaseBits) & used)) * kMultiplier;
    hash ^= hash >> 32;
  }
  return hash;
}

bool HoldsFoldingCharacter(std::string_view text) {
  return text.find(kLongS) != std::string_view::npos ||
         text.find(kKelvinSign) != std::string_view::npos;
}

// A phrase's words as the gate reads them: how many, its longest (the first
// of that length) with its place among them, and its second longest (the
// first of the words left when the longest is taken out).
struct PhraseWords {
  size_t count = 0;
  std::string_view longest;
  size_t longest_index = 0;
  std::string_view second;
};

PhraseWords ReadPhraseWords(std::string_view phrase) {
  PhraseWords words;
  for (size_t i = 0; i < phrase.size();) {
    if (kWordBytes[static_cast<unsigned char>(phrase[i])] == 0) {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < phrase.size() && kWordBytes[static_cast<unsigned char>(phrase[i])] != 0) ++i;
    const std::string_view word = phrase.substr(start, i - start);
    if (word.size() > words.longest.size()) {
      words.second = words.longest;
      words.longest = word;
      words.longest_index = words.count;
    } else if (word.size() > words.second.size()) {
      words.second = word;
    }
    ++words.count;
  }
  return words;
}

}  // namespace

uint32_t LexiconGate::Add(const std::vector<std::string>& phrases) {
  const size_t index = static_cast<size_t>(__builtin_popcount(added_));
  if (index >= kMaxLexicons) throw std::length_error("LexiconGate: too many lexicons");
  const uint32_t bit = uint32_t{1} << index;
  added_ |= bit;
  for (const std::string& phrase : phrases) {
    if (HoldsFoldingCharacter(phrase)) {
      always_ |= bit;
      continue;
    }
    // Filed under its longest word: common short words ("a", "the") would
    // let nearly every sentence through.
    const PhraseWords words = ReadPhraseWords(phrase);
    if (words.longest.empty()) {
      always_ |= bit;
      continue;
    }
    words_before_[index] = std::max(words_before_[index], words.longest_index);
    words_after_[index] = std::max(words_after_[index], words.count - words.longest_index - 1);
    if (words.count == 1) {
      slots_[File(words.longest)].lexicons |= bit;
      continue;
    }
    // A phrase of several words stands only where each of them does: its
    // longest word places it, and its second longest must be in the text
    // too (two of its rarer words rule out nearly every sentence; checking
    // its short words as well would cost a look-up for every "the").
    const size_t second = File(words.second);
    if (slots_[second].member == kNoMember) slots_[second].member = members_++;
    const uint32_t member = slots_[second].member;
    Slot& longest = slots_[File(words.longest)];
    longest.partial |= bit;
    if (longest.phrases == kNoPhrases) {
      longest.phrases = static_cast<uint32_t>(phrases_.size());
      phrases_.emplace_back();
    }
    phrases_[longest.phrases].push_back({bit, member});
  }
  return bit;
}

size_t LexiconGate::File(std::string_view word) {
  std::string lower(word.size(), '\0');
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = static_cast<char>(kWordBytes[static_cast<unsigned char>(word[i])]);
  }
  const uint64_t hash = WordHash(lower.data(), lower.size(), lower.size());
  if (!slots_.empty()) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask; slots_[i].size != 0; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && std::string_view(words_).substr(slot.offset, slot.size) == lower) {
        return i;
      }
    }
  }
  bool moved = false;  // every slot placed anew
  if ((count_ + 1) * 4 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 256 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.size != 0) Place(slot);
    }
    moved = true;
  }
  Slot slot;
  slot.hash = hash;
  slot.plain_hash = PlainWordHash(lower);
  slot.offset = static_cast<uint32_t>(words_.size());
  slot.size = static_cast<uint32_t>(lower.size());
  const size_t at = Place(slot);
  words_ += lower;
  ++count_;
  max_word_ = std::max(max_word_, lower.size());
  // Rebuilt whenever it gets too small, from every filed word's hash.
  if (word_bits_.size() * 64 < 16 * count_) {
    word_bits_.assign(std::max<size_t>(word_bits_.size() * 2, 16), 0);
    for (const Slot& filed : slots_) {
      if (filed.size != 0) SetWordBit(filed.hash);
    }
  } else {
    SetWordBit(hash);
  }
  // The index by PlainWordHash names slots: rebuilt when they moved or it
  // is full, else the new word added.
  if (moved || 4 * count_ > plain_slots_.size() || 16 * count_ > 64 * plain_bits_.size()) {
    IndexPlainWords();
  } else {
    IndexPlainWord(at);
  }
  return at;
}

void LexiconGate::SetWordBit(uint64_t hash) {
  const size_t bit = static_cast<size_t>(hash >> 32) & (word_bits_.size() * 64 - 1);
  word_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
}

bool LexiconGate::MayBeFiled(uint64_t hash) const {
  const size_t bit = static_cast<size_t>(hash >> 32) & (word_bits_.size() * 64 - 1);
  return (word_bits_[bit / 64] >> (bit % 64) & 1) != 0;
}

size_t LexiconGate::Place(const Slot& slot) {
  const size_t mask = slots_.size() - 1;
  size_t i = slot.hash & mask;
  while (slots_[i].size != 0) i = (i + 1) & mask;
  slots_[i] = slot;
  return i;
}

const LexiconGate::Slot* LexiconGate::Lookup(uint64_t hash, std::string_view word) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i].size != 0; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash != hash || slot.size != word.size()) continue;
    const char* filed = words_.data() + slot.offset;
    size_t k = 0;
    while (k < word.size() && kWordBytes[static_cast<unsigned char>(word[k])] ==
                                  static_cast<unsigned char>(filed[k])) {
      ++k;
    }
    if (k == word.size()) return &slot;
  }
  return nullptr;
}

uint32_t LexiconGate::Complete(const Begun& begun, const Seen& seen) const {
  if (begun.count > kMaxBegun) return begun.lexicons;
  uint32_t complete = 0;
  for (size_t i = 0; i < begun.count; ++i) {
    for (const PhraseCheck& phrase : phrases_[begun.lists[i]]) {
      if (seen.Has(phrase.second)) complete |= phrase.lexicon;
    }
  }
  return complete;
}

size_t LexiconGate::MostWords(const std::vector<std::string>& phrases) {
  size_t most = 0;
  for (const std::string& phrase : phrases) most = std::max(most, ReadPhraseWords(phrase).count);
  return most;
}

template <typename OnFiled>
bool LexiconGate::ReadFiledWords(std::string_view text, OnFiled on_filed) const {
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (kWordBytes[byte] == 0) {
      size_t width = 0;
      if ((byte == 0xC5 || byte == 0xE2) && AsciiFoldAt(text, i, &width) != 0) return false;
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < size && kWordBytes[static_cast<unsigned char>(text[i])] != 0) ++i;
    if (i - start > max_word_) continue;
    const uint64_t hash = WordHash(text.data() + start, i - start, size - start);
    if (!MayBeFiled(hash)) continue;
    const Slot* slot = Lookup(hash, text.substr(start, i - start));
    if (slot != nullptr && !on_filed(start, i, *slot)) return true;
  }
  return true;
}

void LexiconGate::Reading::Note(size_t begin, size_t end, const Slot& slot, Places* places) {
  seen.Add(slot.member);
  begun.Add(slot);
  found |= slot.lexicons;
  if (places == nullptr) return;
  const uint32_t lexicons = slot.lexicons | slot.partial;
  for (uint32_t rest = lexicons; rest != 0; rest &= rest - 1) {
    const auto index = static_cast<size_t>(std::countr_zero(rest));
    if ((placed & (uint32_t{1} << index)) == 0) places->first_begin[index] = begin;
    places->last_end[index] = end;
  }
  placed |= lexicons;
}

uint32_t LexiconGate::Finish(const Reading& reading, bool readable, Places* places) const {
  const uint32_t found =
      readable ? always_ | reading.found | Complete(reading.begun, reading.seen) : added_;
  if (places != nullptr) {
    places->found = found;
    places->anywhere = !readable;
  }
  return found;
}

uint32_t LexiconGate::MayOccur(std::string_view text, Places* places) const {
  // Every word is read: the last places are wanted too.
  places->found = always_;
  places->anywhere = false;
  if (slots_.empty()) return places->found;
  Reading reading;
  const bool readable = ReadFiledWords(text, [&](size_t begin, size_t end, const Slot& slot) {
    reading.Note(begin, end, slot, places);
    return true;
  });
  return Finish(reading, readable, places);
}

bool LexiconGate::ReadHits(std::string_view text, std::vector<Hit>* hits, uint32_t offset) const {
  if (slots_.empty()) return true;
  if (text.size() > std::numeric_limits<uint32_t>::max() - offset) return false;
  return ReadFiledWords(text, [&](size_t begin, size_t end, const Slot& slot) {
    hits->push_back({static_cast<uint32_t>(begin) + offset, static_cast<uint32_t>(end) + offset,
                     static_cast<uint32_t>(&slot - slots_.data())});
    return true;
  });
}

void LexiconGate::IndexPlainWords() {
  // Room for twice the words filed so far before the next rebuild.
  size_t size = 16;
  while (size < 8 * count_) size *= 2;
  size_t bit_words = 1;
  while (bit_words * 64 < 32 * count_) bit_words *= 2;
  plain_slots_.assign(size, PlainSlot{});
  plain_bits_.assign(bit_words, 0);
  for (size_t s = 0; s < slots_.size(); ++s) {
    if (slots_[s].size != 0) IndexPlainWord(s);
  }
}

void LexiconGate::IndexPlainWord(size_t s) {
  const Slot& slot = slots_[s];
  const size_t mask = plain_slots_.size() - 1;
  size_t i = slot.plain_hash & mask;
  while (plain_slots_[i].size != 0) i = (i + 1) & mask;
  plain_slots_[i] = {slot.plain_hash, static_cast<uint32_t>(s), slot.size};
  const size_t bit = static_cast<size_t>(slot.plain_hash >> 32) & (plain_bits_.size() * 64 - 1);
  plain_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
}

void LexiconGate::AddPlainHit(std::string_view text, size_t begin, size_t end, uint64_t hash,
                              size_t base, std::vector<Hit>* hits) const {
  const size_t mask = plain_slots_.size() - 1;
  const size_t size = end - begin;
  for (size_t i = hash & mask; plain_slots_[i].size != 0; i = (i + 1) & mask) {
    const PlainSlot& plain = plain_slots_[i];
    if (plain.hash != hash || plain.size != size) continue;
    // The same bytes as the filed word, compared as Lookup compares them.
    const char* filed = words_.data() + slots_[plain.slot].offset;
    size_t k = 0;
    while (k < size && kWordBytes[static_cast<unsigned char>(text[begin + k])] ==
                           static_cast<unsigned char>(filed[k])) {
      ++k;
    }
    if (k < size) continue;
    hits->push_back(
        {static_cast<uint32_t>(begin - base), static_cast<uint32_t>(end - base), plain.slot});
    return;
  }
}

uint32_t LexiconGate::MayOccur(std::span<const Hit> hits, bool readable, Places* places) const {
  Reading reading;
  for (const Hit& hit : hits) reading.Note(hit.begin, hit.end, slots_[hit.slot], places);
  return Finish(reading, readable, places);
}

size_t LexiconGate::EarliestStart(std::string_view text, const Places& places, uint32_t lexicons,
                                  size_t words_before) const {
  if (places.anywhere || MayOccurAnywhere(lexicons)) return 0;
  size_t first = text.size();
  size_t back = words_before;
  for (uint32_t rest = lexicons & places.found; rest != 0; rest &= rest - 1) {
    const auto index = static_cast<size_t>(std::countr_zero(rest));
    first = std::min(first, places.first_begin[index]);
    back = std::max(back, words_before + words_before_[index]);
  }
  if (first == text.size()) return 0;  // none found: the caller's gate decides
  // The match opens after the word before its first one: back over `back`
  // words and then to the end of the one before them.
  size_t pos = first;
  for (size_t k = 0;; ++k) {
    while (pos > 0 && kWordBytes[static_cast<unsigned char>(text[pos - 1])] == 0) --pos;
    if (pos == 0) return 0;
    if (k == back) return pos;
    while (pos > 0 && kWordBytes[static_cast<unsigned char>(text[pos - 1])] != 0) --pos;
  }
}

size_t LexiconGate::LatestEnd(std::string_view text, const Places& places, uint32_t lexicons,
                              size_t words_after) const {
  if (places.anywhere || MayOccurAnywhere(lexicons)) return text.size();
  size_t last = 0;
  bool any = false;
  size_t ahead = words_after;
  for (uint32_t rest = lexicons & places.found; rest != 0; rest &= rest - 1) {
    const auto index = static_cast<size_t>(std::countr_zero(rest));
    last = std::max(last, places.last_end[index]);
    ahead = std::max(ahead, words_after + words_after_[index]);
    any = true;
  }
  if (!any) return text.size();
  // The match closes before the word after its last one (a phrase that ends
  // in punctuation closes at the next word, where \b holds).
  size_t pos = last;
  for (size_t k = 0;; ++k) {
    while (pos < text.size() && kWordBytes[static_cast<unsigned char>(text[pos])] == 0) ++pos;
    if (pos == text.size() || k == ahead) return pos;
    while (pos < text.size() && kWordBytes[static_cast<unsigned char>(text[pos])] != 0) ++pos;
  }
}

uint32_t LexiconGate::MayOccur(std::string_view text) const {
  if (slots_.empty() || always_ == added_) return always_;
  Reading reading;
  const bool readable = ReadFiledWords(text, [&](size_t begin, size_t end, const Slot& slot) {
    reading.Note(begin, end, slot, nullptr);
    return (always_ | reading.found) != added_;  // every lexicon found: no need to read on
  });
  return Finish(reading, readable, nullptr);
}

}  // namespace qa
