#include "scan/recurring_phrases.h"

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <optional>
#include <string>

namespace qa {
namespace {

// Keys: the classifier's id, then per token its offset from the first
// token, its word and capital flags, its size and its text. Values: the
// class as Classify gave it, its mention made relative to the first token's
// start (the mention always starts there); none for a phrase with a word
// that may end a place or vague-source entry, whose class depends on the
// tokens before it and is given afresh every time (kept too, so that a
// phrase seen again costs no look-ups of its words).
struct ThreadMemory {
  absl::flat_hash_map<std::string, std::optional<SpeakerPhrase>> kept;
  std::string key;  // reused between look-ups
};

ThreadMemory& Memory() {
  thread_local ThreadMemory memory;
  return memory;
}

template <typename T>
void AppendBytes(T value, std::string* out) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

SpeakerPhrase RecurringPhrases::Classify(const std::vector<Token>& tokens, size_t begin,
                                         size_t end) const {
  if (begin >= end || end > tokens.size() || end - begin > kMaxTokens) {
    return phrases_.Classify(tokens, begin, end);
  }
  ThreadMemory& memory = Memory();
  std::string& key = memory.key;
  key.clear();
  AppendBytes(phrases_.id(), &key);
  const size_t start = tokens[begin].span.begin;
  for (size_t i = begin; i < end; ++i) {
    const Token& token = tokens[i];
    AppendBytes(static_cast<uint64_t>(token.span.begin - start), &key);
    key.push_back(static_cast<char>((token.word ? 1 : 0) | (token.capitalized ? 2 : 0)));
    AppendBytes(static_cast<uint64_t>(token.text.size()), &key);
    key.append(token.text);
  }
  if (const auto found = memory.kept.find(key); found != memory.kept.end()) {
    if (!found->second) return phrases_.Classify(tokens, begin, end);
    SpeakerPhrase phrase = *found->second;
    if (phrase.form != PhraseForm::kNone) phrase.mention = {start, start + phrase.mention.end};
    return phrase;
  }
  if (memory.kept.size() >= kMaxKept) memory.kept.clear();
  // The tokens before the phrase count only through these look-backs,
  // which start at one of its words. The key holds every word's text, so
  // the answer is the key's.
  const WordSets& words = phrases_.words();
  for (size_t i = begin; i < end; ++i) {
    const std::string_view text = tokens[i].text;
    if (words.places.MayEndWith(text) || words.vague_sources.MayEndWith(text)) {
      memory.kept.emplace(key, std::nullopt);
      return phrases_.Classify(tokens, begin, end);
    }
  }
  SpeakerPhrase phrase = phrases_.Classify(tokens, begin, end);
  if (phrase.form != PhraseForm::kNone && phrase.mention.begin != start) {
    return phrase;  // not the shape kept here: never expected, but never wrong
  }
  SpeakerPhrase kept = phrase;
  kept.mention = {0, phrase.mention.size()};
  memory.kept.emplace(key, std::move(kept));
  return phrase;
}

}  // namespace qa
