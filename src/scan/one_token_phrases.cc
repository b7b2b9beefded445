#include "scan/one_token_phrases.h"

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <string>

namespace qa {
namespace {

// A class as Classify gave it, with the mention's size (a one-token
// phrase's mention starts at the token: the whole token, or a pronoun's
// stem in "He's").
struct Kept {
  SpeakerPhrase phrase;
  size_t mention_size = 0;
};

// Keys: the classifier's id (8 bytes), the token's word and capital flags
// (1 byte), then its text.
struct ThreadMemory {
  absl::flat_hash_map<std::string, Kept> kept;
  std::string key;  // reused between look-ups
};

ThreadMemory& Memory() {
  thread_local ThreadMemory memory;
  return memory;
}

}  // namespace

SpeakerPhrase OneTokenPhrases::Classify(const std::vector<Token>& tokens, size_t begin,
                                        size_t end) const {
  if (end != begin + 1 || end > tokens.size()) return phrases_.Classify(tokens, begin, end);
  const Token& token = tokens[begin];
  const WordSets& words = phrases_.words();
  // The tokens before it count only through these two look-backs.
  if (words.places.MayEndWith(token.text) || words.vague_sources.MayEndWith(token.text)) {
    return phrases_.Classify(tokens, begin, end);
  }
  ThreadMemory& memory = Memory();
  std::string& key = memory.key;
  const uint64_t id = phrases_.id();
  key.assign(reinterpret_cast<const char*>(&id), sizeof id);
  key.push_back(static_cast<char>((token.word ? 1 : 0) | (token.capitalized ? 2 : 0)));
  key.append(token.text);
  if (const auto found = memory.kept.find(key); found != memory.kept.end()) {
    SpeakerPhrase phrase = found->second.phrase;
    if (phrase.form != PhraseForm::kNone) {
      phrase.mention = {token.span.begin, token.span.begin + found->second.mention_size};
    }
    return phrase;
  }
  SpeakerPhrase phrase = phrases_.Classify(tokens, begin, end);
  if (memory.kept.size() >= kMaxKept) memory.kept.clear();
  Kept kept{phrase, phrase.mention.end - phrase.mention.begin};
  kept.phrase.mention = {};
  memory.kept.emplace(key, std::move(kept));
  return phrase;
}

}  // namespace qa
