#include "scan/recurring_phrases.h"

#include <absl/container/flat_hash_map.h>
#include <absl/strings/string_view.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace qa {
namespace {

// Keys: the classifier's id, then per token its offset from the first
// token, its word and capital flags, its size and its text. Values: whether
// a word of the phrase may end a place or vague-source entry (whose class
// then depends on the tokens before it, and the phrase's own is kept only
// for the places where no such entry reaches before it), and the class as
// Classify gave it, its mention made relative to the first token's start
// (the mention always starts there).
struct Kept {
  bool looks_back = false;
  std::optional<SpeakerPhrase> phrase;
};

struct ThreadMemory {
  absl::flat_hash_map<std::string, Kept> kept;
};

// A phrase's key, written into a buffer on the stack: most phrases are a
// word or two, and the look-up needs no string of its own. Sized once, then
// written field by field (an appender that checked room and called memcpy
// for every field was most of the cost of a look-up; an
// absl::InlinedVector<char> cost more still).
class PhraseKey {
 public:
  // Per token: its offset from the first token (4 bytes), its word and
  // capital flags (1) and its size (4), then its text.
  static constexpr size_t kFixedPerToken = 9;

  PhraseKey(uint64_t id, const std::vector<Token>& tokens, size_t begin, size_t end) {
    size_t size = sizeof id;
    for (size_t i = begin; i < end; ++i) size += kFixedPerToken + tokens[i].text.size();
    char* at = inline_.data();
    if (size > inline_.size()) {
      spilled_.resize(size);
      at = spilled_.data();
    }
    char* const first = at;
    std::memcpy(at, &id, sizeof id);
    at += sizeof id;
    const size_t start = tokens[begin].span.begin;
    for (size_t i = begin; i < end; ++i) {
      const Token& token = tokens[i];
      const auto offset = static_cast<uint32_t>(token.span.begin - start);
      const auto flags = static_cast<char>((token.word ? 1 : 0) | (token.capitalized ? 2 : 0));
      const auto text_size = static_cast<uint32_t>(token.text.size());
      std::memcpy(at, &offset, 4);
      at[4] = flags;
      std::memcpy(at + 5, &text_size, 4);
      at += kFixedPerToken;
      std::memcpy(at, token.text.data(), token.text.size());
      at += token.text.size();
    }
    view_ = std::string_view(first, static_cast<size_t>(at - first));
  }
  [[nodiscard]] std::string_view view() const { return view_; }

 private:
  std::array<char, 192> inline_;
  std::string spilled_;  // a key longer than the buffer
  std::string_view view_;
};

ThreadMemory& Memory() {
  thread_local ThreadMemory memory;
  return memory;
}

// Whether a word of tokens[begin, end) may end a place or vague-source entry
// of two or more words. An entry of one word ends where it starts, inside
// the phrase, so only a longer one can reach before it.
bool LooksBack(const WordSets& words, const std::vector<Token>& tokens, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const std::string_view text = tokens[i].text;
    if (words.places.MayEndLongerWith(text) || words.vague_sources.MayEndLongerWith(text)) {
      return true;
    }
  }
  return false;
}

// Whether the longest place or vague-source entry ending at one of the
// phrase's words starts before the phrase ("senior officials" ending at
// "officials"). When none does, the longest ending at each word lies inside
// the phrase, so its own tokens decide it: the class is the phrase's own.
bool ReachesBefore(const WordSets& words, const std::vector<Token>& tokens, size_t begin,
                   size_t end) {
  // Entries are read over words only (PhraseSet::LongestMatchEndingAt stops
  // at a mark): none reaches before a phrase that opens the list or follows
  // a mark, a sentence's first name or one after a comma.
  if (begin == 0 || !tokens[begin - 1].word) return false;
  for (size_t i = begin; i < end; ++i) {
    const size_t own = i + 1 - begin;
    if (words.places.LongestMatchEndingAt(tokens, i + 1) > own ||
        words.vague_sources.LongestMatchEndingAt(tokens, i + 1) > own) {
      return true;
    }
  }
  return false;
}

}  // namespace

SpeakerPhrase RecurringPhrases::Classify(const std::vector<Token>& tokens, size_t begin,
                                         size_t end) const {
  if (begin >= end || end > tokens.size() || end - begin > kMaxTokens) {
    return phrases_.Classify(tokens, begin, end);
  }
  ThreadMemory& memory = Memory();
  const PhraseKey key(phrases_.id(), tokens, begin, end);
  const size_t start = tokens[begin].span.begin;
  const WordSets& words = phrases_.words();
  const std::string_view view = key.view();
  auto found = memory.kept.find(absl::string_view(view.data(), view.size()));
  if (found == memory.kept.end()) {
    if (memory.kept.size() >= kMaxKept) memory.kept.clear();
    found =
        memory.kept
            .emplace(std::string(view), Kept{LooksBack(words, tokens, begin, end), std::nullopt})
            .first;
  }
  Kept& kept = found->second;
  if (kept.looks_back && ReachesBefore(words, tokens, begin, end)) {
    return phrases_.Classify(tokens, begin, end);
  }
  if (kept.phrase) {
    SpeakerPhrase phrase = *kept.phrase;
    if (phrase.form != PhraseForm::kNone) phrase.mention = {start, start + phrase.mention.end};
    return phrase;
  }
  SpeakerPhrase phrase = phrases_.Classify(tokens, begin, end);
  if (phrase.form != PhraseForm::kNone && phrase.mention.begin != start) {
    return phrase;  // not the shape kept here: never expected, but never wrong
  }
  SpeakerPhrase relative = phrase;
  relative.mention = {0, phrase.mention.size()};
  kept.phrase = std::move(relative);
  return phrase;
}

}  // namespace qa
