// The groups of a big pattern's matches, remembered by the bytes matched.
//
// RE2 reads a match's groups with its NFA once a program is over 512
// instructions (its bit-state engine serves only smaller ones), and the
// patterns built from lexicons of hundreds of phrases all are: reading the
// groups cost about 25,000 instructions a match, more than finding it. Yet
// news copy says the same things over and over ("officials said", "some
// experts say"), so most matches are bytes already matched.
//
// Once the whole match text[begin, end) is known, RE2 reads its groups with
// an anchored full match over those bytes alone, the rest of the text only
// context for \b, ^ and $: one byte on each side, and whether the match
// touches the text's start or end. So the groups (as offsets from the
// match's start) are a function of the program, those bytes and that
// context, and a match seen before needs no second reading.
//
// One memo per thread, bounded: when full it forgets everything and starts
// again, so memory stays within kMaxBytes whatever the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

class CaptureMemo {
 public:
  // A group's place from its match's start; begin < 0: it did not take part.
  struct GroupPlace {
    int32_t begin = -1;
    int32_t end = -1;
  };
  // What a match's groups depend on: the program (a number no other program
  // in the process has), and text[begin, end) with its context.
  struct Key {
    uint64_t program;
    std::string_view text;
    size_t begin;
    size_t end;
  };

  // Matches longer than this are not remembered: they seldom recur.
  static constexpr size_t kMaxMatchBytes = 256;
  // The most the keys and groups of one thread's memo hold.
  static constexpr size_t kMaxBytes = size_t{1} << 20;

  // The calling thread's memo.
  static CaptureMemo& OfThisThread();
  // A number for a new program, never handed out before in this process.
  static uint64_t NewProgramNumber();

  // The remembered groups of the match `key` names, or nullopt. The view is
  // valid until the next Remember.
  std::optional<std::span<const GroupPlace>> Recall(const Key& key);
  // Remembers the groups of the match `key` names (matches longer than
  // kMaxMatchBytes are left out).
  void Remember(const Key& key, std::span<const GroupPlace> groups);

  size_t size() const { return used_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_offset = 0;
    uint32_t key_size = 0;  // 0: empty (a key is never empty)
    uint32_t groups_offset = 0;
    uint32_t group_count = 0;
  };
  // The key's bytes (program, context, matched bytes) into scratch_, and
  // their hash.
  uint64_t Encode(const Key& key);
  size_t Find(uint64_t hash) const;  // the slot holding scratch_'s key, or the empty one to fill
  void Clear();

  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
  std::string keys_;                // every remembered key, back to back
  std::vector<GroupPlace> groups_;  // every remembered match's groups, back to back
  std::string scratch_;             // the key being looked up
  size_t used_ = 0;
  static constexpr size_t kSlots = 8192;  // a power of two; at most half are filled
};

}  // namespace qa
