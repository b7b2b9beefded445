// Which of a few lexicons may occur in a text, read off the text's words
// with one hash look-up each. A check searches every sentence with patterns
// built from lexicons ("\b(?:{vague-sources})\b" and longer forms around
// it); most sentences hold none of their phrases, and RE2 pays for each
// search byte by byte over automata of hundreds of phrases. This says
// "certainly not here" first, at a fraction of the cost.
//
// A word here is what RE2's \b delimits: a run of ASCII letters, digits and
// '_'. A phrase of a lexicon placed in a pattern between word boundaries
// (\b, or whitespace, or the start or end of another word-bounded phrase)
// can match only where each of its words stands in the text as a whole
// word, compared as RE2 compares ASCII letters without case. So each phrase
// is filed under its longest word (the rarest by rule of thumb), which
// places it, and a phrase of several words needs its second longest word in
// the text too: a text holding no phrase's filed words holds none of the
// lexicon's phrases.
//
// Two characters outside ASCII fold to ASCII letters in a case-insensitive
// RE2 match (the Kelvin sign to k, the long s to s) and split words here
// that RE2 may read as one; a text holding either may hold anything.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

class LexiconGate {
 public:
  static constexpr size_t kMaxLexicons = 32;

  // Files a lexicon's phrases (as in the rule files: words separated by
  // whitespace, apostrophes and other punctuation) and returns its bit in
  // MayOccur's answer. A lexicon with a phrase that has no word, or one
  // holding the Kelvin sign or the long s, may always occur. Throws
  // std::length_error past kMaxLexicons.
  uint32_t Add(const std::vector<std::string>& phrases);

  // The bits of the added lexicons with a phrase that may occur in `text`,
  // placed between word boundaries as above: a clear bit means that no such
  // pattern matches there (a set bit promises nothing).
  uint32_t MayOccur(std::string_view text) const;

  // Where the filed words of each lexicon stand in a text, for bounding
  // a search: a pattern whose every match opens (or closes) with a phrase
  // of some lexicons matches nowhere before (after) the first (last) of
  // their filed words, give or take the phrase's other words.
  struct Places {
    uint32_t found = 0;     // MayOccur's answer
    bool anywhere = false;  // a character folding to ASCII: words say nothing
    std::array<size_t, kMaxLexicons> first_begin{};  // by lexicon index, where found
    std::array<size_t, kMaxLexicons> last_end{};
  };
  // MayOccur, noting the places of the words it finds.
  uint32_t MayOccur(std::string_view text, Places* places) const;

  // The filed words of a text, read once and answered for by MayOccur
  // below: for checks that share one gate, so each sentence's words are
  // read and looked up once for all of them (checks/sentence_lexicons.h).
  struct Hit {
    uint32_t begin;  // offsets into the text
    uint32_t end;
    uint32_t slot;
  };
  // Appends the filed words of `text`, in order, to *hits. False when they
  // say nothing (a character folding to an ASCII letter, or a text past
  // 4 GiB), and then MayOccur below answers every lexicon.
  // `offset` is added to each hit's begin and end (the text is a piece of
  // a longer one the hits are for).
  bool ReadHits(std::string_view text, std::vector<Hit>* hits, uint32_t offset = 0) const;
  // ReadHits for one word already found and hashed: text[begin, end) is a
  // run of ASCII letters and digits with no such byte and no '_' on either
  // side, and `hash` is PlainWordHash (core/word_hash.h) of it in lower
  // case. Its hit (if filed) is appended with its begin and end counted
  // from text[base]. Most words are filed under no lexicon: one load says so.
  void ReadPlainWord(std::string_view text, size_t begin, size_t end, uint64_t hash, size_t base,
                     std::vector<Hit>* hits) const {
    if (plain_bits_.empty()) return;
    const size_t bit = static_cast<size_t>(hash >> 32) & (plain_bits_.size() * 64 - 1);
    if ((plain_bits_[bit / 64] >> (bit % 64) & 1) == 0) return;
    AddPlainHit(text, begin, end, hash, base, hits);
  }
  // Whether ReadHits looks at byte `c` at all: a word's (ASCII letters,
  // digits, '_') or one of 0x80 and up (a character folding to an ASCII
  // letter starts with one). A text of other bytes has no hits and is
  // readable.
  static constexpr bool ReadsByte(unsigned char c) { return kReadsByte[c]; }
  // Whether byte `c` belongs to a word as the gate reads words: an ASCII
  // letter, digit or '_' (RE2's \w).
  static constexpr bool IsWordByte(unsigned char c) { return c < 0x80 && kReadsByte[c]; }
  // MayOccur(text, places) from ReadHits(text, ...)'s words and answer;
  // MayOccur(text) when `places` is null.
  uint32_t MayOccur(std::span<const Hit> hits, bool readable, Places* places = nullptr) const;
  // The lexicons of a hit's word: those with a one-word phrase that is it
  // and those with a longer phrase filed under it.
  uint32_t LexiconsOf(const Hit& hit) const {
    const Slot& slot = slots_[hit.slot];
    return slot.lexicons | slot.partial;
  }
  // Whether any of `lexicons` may occur anywhere: then hits do not place it.
  bool MayOccurAnywhere(uint32_t lexicons) const { return (lexicons & always_) != 0; }
  // How many lexicons were added (at most kMaxLexicons).
  size_t lexicon_count() const { return static_cast<size_t>(__builtin_popcount(added_)); }
  // The earliest byte of `text` where a match can start when every match
  // opens with a phrase of one of `lexicons` between word boundaries after
  // at most `words_before` more words (ASCII letters, digits and '_'
  // between other characters, as above): 0 when the places cannot say.
  size_t EarliestStart(std::string_view text, const Places& places, uint32_t lexicons,
                       size_t words_before = 0) const;
  // The latest byte where such a match can end when every match closes with
  // a phrase of one of `lexicons` followed by at most `words_after` more
  // words: text.size() when the places cannot say.
  size_t LatestEnd(std::string_view text, const Places& places, uint32_t lexicons,
                   size_t words_after = 0) const;
  // The most words any one of `phrases` holds.
  static size_t MostWords(const std::vector<std::string>& phrases);

 private:
  // ReadsByte's answers, one load each: callers ask for every byte of the
  // gaps between words.
  static constexpr std::array<bool, 256> kReadsByte = [] {
    std::array<bool, 256> reads{};
    for (int c = 0; c < 256; ++c) {
      reads[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 c == '_' || c >= 0x80;
    }
    return reads;
  }();
  static constexpr uint32_t kNoMember = ~uint32_t{0};
  static constexpr uint32_t kNoPhrases = ~uint32_t{0};
  struct Slot {
    uint64_t hash = 0;
    uint64_t plain_hash = 0;  // PlainWordHash of the word (IndexPlainWords)
    uint32_t offset = 0;
    uint32_t size = 0;              // 0: empty (filed words are never empty)
    uint32_t lexicons = 0;          // a one-word phrase of these is this word
    uint32_t partial = 0;           // a longer phrase of these is filed under this word
    uint32_t phrases = kNoPhrases;  // those phrases: their index in phrases_
    uint32_t member = kNoMember;    // as a second longest word: its index in Seen
  };
  // A phrase of several words filed under some word: its lexicon's bit and
  // its second longest word.
  struct PhraseCheck {
    uint32_t lexicon;
    uint32_t second;
  };
  // Which second longest words a text holds, on the stack: a check has a
  // few dozen. Past kMaxSeen every word counts as held (the gate then files
  // a phrase under its longest word alone).
  static constexpr size_t kMaxSeen = 512;
  class Seen {
   public:
    void Add(uint32_t member) {
      if (member < kMaxSeen) bits_[member / 64] |= uint64_t{1} << (member % 64);
    }
    bool Has(uint32_t member) const {
      return member >= kMaxSeen || (bits_[member / 64] >> (member % 64) & 1) != 0;
    }

   private:
    std::array<uint64_t, kMaxSeen / 64> bits_{};
  };
  // The phrase lists of the filed words a text holds, and the lexicons they
  // are for; past kMaxBegun words every such lexicon may occur.
  static constexpr size_t kMaxBegun = 16;
  struct Begun {
    std::array<uint32_t, kMaxBegun> lists;
    size_t count = 0;
    uint32_t lexicons = 0;
    void Add(const Slot& slot) {
      if (slot.phrases == kNoPhrases) return;
      lexicons |= slot.partial;
      if (count < kMaxBegun) lists[count] = slot.phrases;
      ++count;
    }
  };
  // MayOccur's reading of the filed words, one at a time; `places` may be
  // null (the answer alone) in both calls.
  struct Reading {
    Seen seen;
    Begun begun;
    uint32_t found = 0;   // lexicons with a one-word phrase read
    uint32_t placed = 0;  // lexicons with a place noted
    void Note(size_t begin, size_t end, const Slot& slot, Places* places);
  };
  // The answer once every word was read (or the reading stopped with every
  // lexicon found), noted in *places too.
  uint32_t Finish(const Reading& reading, bool readable, Places* places) const;
  // The slot of `word`, added empty if new.
  size_t File(std::string_view word);
  // Calls on_filed(begin, end, slot) for each word of `text` with a slot,
  // in order, until it returns false. Returns false when a character that
  // folds to an ASCII letter makes the words say nothing.
  template <typename OnFiled>
  bool ReadFiledWords(std::string_view text, OnFiled on_filed) const;
  size_t Place(const Slot& slot);
  // The filed words by PlainWordHash: all of them anew (slots move when
  // their table grows), or slot `s` added.
  void IndexPlainWords();
  void IndexPlainWord(size_t s);
  void AddPlainHit(std::string_view text, size_t begin, size_t end, uint64_t hash, size_t base,
                   std::vector<Hit>* hits) const;
  const Slot* Lookup(uint64_t hash, std::string_view word) const;
  // The lexicons with a `begun` phrase whose second longest word `seen` holds.
  uint32_t Complete(const Begun& begun, const Seen& seen) const;
  void SetWordBit(uint64_t hash);
  bool MayBeFiled(uint64_t hash) const;

  std::string words_;        // every filed word, lower-cased, back to back
  std::vector<Slot> slots_;  // a power of two in size, at most a quarter full
  // One bit per filed word's hash, sixteen bits per word: most words of a
  // text are filed under no lexicon, and this answers most of them with
  // one load.
  std::vector<uint64_t> word_bits_;
  // PlainWordHash of each filed word and its slot, open addressing (size 0:
  // empty), and a bit per hash as word_bits_ has.
  struct PlainSlot {
    uint64_t hash = 0;
    uint32_t slot = 0;
    uint32_t size = 0;
  };
  std::vector<PlainSlot> plain_slots_;
  std::vector<uint64_t> plain_bits_;
  size_t count_ = 0;
  size_t max_word_ = 0;
  uint32_t members_ = 0;  // second longest words
  std::vector<std::vector<PhraseCheck>> phrases_;
  uint32_t always_ = 0;  // lexicons that may occur anywhere
  uint32_t added_ = 0;   // every lexicon's bit
  // By lexicon index: the most words any of its phrases holds before and
  // after the word it is filed under.
  std::array<size_t, kMaxLexicons> words_before_{};
  std::array<size_t, kMaxLexicons> words_after_{};
};

}  // namespace qa
