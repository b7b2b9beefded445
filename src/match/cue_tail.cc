#include "match/cue_tail.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "core/text.h"
#include "match/re2_case_folding.h"
#include "match/re2_options.h"

namespace qa {
namespace {

// RE2's \s: no vertical tab.
constexpr bool IsRe2Space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// RE2's \w, which its \b reads.
constexpr bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

constexpr unsigned char LowerAscii(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

unsigned char ByteAt(std::string_view text, size_t at) {
  return static_cast<unsigned char>(text[at]);
}

// Past the run of spaces at text[at...] (RE2's \s+, greedy).
size_t SpacesEnd(std::string_view text, size_t at, size_t end) {
  while (at < end && IsRe2Space(ByteAt(text, at))) ++at;
  return at;
}

// Past the word of [a-z\x{E0}-\x{F6}\x{F8}-\x{FF}] at text[at...]: ASCII
// lower-case letters and the Latin-1 ones (two bytes, C3 A0-B6 and B8-BF).
size_t LowerLettersEnd(std::string_view text, size_t at, size_t end) {
  while (at < end) {
    const unsigned char c = ByteAt(text, at);
    if (c >= 'a' && c <= 'z') {
      ++at;
    } else if (c == 0xC3 && at + 1 < end && ByteAt(text, at + 1) >= 0xA0 &&
               ByteAt(text, at + 1) != 0xB7 && ByteAt(text, at + 1) <= 0xBF) {
      at += 2;
    } else {
      break;
    }
  }
  return at;
}

}  // namespace

std::unique_ptr<CueTail> CueTail::Make(std::vector<CuePhrase> adverbs, std::vector<CuePhrase> verbs,
                                       std::string_view suffix, PatternOptions options) {
  // The shape's class of lower-case letters keeps its case only in a
  // pattern matched with case; the walk reads RE2's first-match order.
  if (!options.case_sensitive || options.longest_match) return nullptr;
  auto usable = [](const std::vector<CuePhrase>& phrases) {
    return std::all_of(phrases.begin(), phrases.end(), [](const CuePhrase& phrase) {
      return !phrase.empty() && phrase.front().kind != CueAtom::Kind::kSpaceRun &&
             std::all_of(phrase.begin(), phrase.end(), [](const CueAtom& atom) {
               return atom.kind != CueAtom::Kind::kByte ||
                      (static_cast<unsigned char>(atom.byte) < 0x80 && atom.byte != '\0');
             });
    });
  };
  if (!usable(adverbs) || !usable(verbs)) return nullptr;
  std::unique_ptr<CueTail> tail(new CueTail());
  if (!suffix.empty()) {
    tail->suffix_ = std::make_unique<re2::RE2>(re2::StringPiece(suffix.data(), suffix.size()),
                                               Re2Options(options));
    if (!tail->suffix_->ok() || tail->suffix_->NumberOfCapturingGroups() != 0) return nullptr;
  }
  for (auto* phrases : {&adverbs, &verbs}) {
    for (CuePhrase& phrase : *phrases) {
      for (CueAtom& atom : phrase) {
        if (atom.kind == CueAtom::Kind::kByte) {
          atom.byte = static_cast<char>(LowerAscii(static_cast<unsigned char>(atom.byte)));
        }
      }
    }
  }
  tail->adverbs_by_run_ = ByOpeningRun(adverbs);
  tail->verbs_by_run_ = ByOpeningRun(verbs);
  tail->adverbs_ = std::move(adverbs);
  tail->verbs_ = std::move(verbs);
  tail->skeleton_ = std::string(kBeforeAdverbs) + "(?:)" + std::string(kBetween) + "(?:)" +
                    std::string(kAfterVerbs) + std::string(suffix);
  return tail;
}

CueTail::~CueTail() = default;

CueTail::OpeningRuns CueTail::ByOpeningRun(const std::vector<CuePhrase>& phrases) {
  OpeningRuns runs;
  for (size_t i = 0; i < phrases.size(); ++i) {
    std::string key;
    for (const CueAtom& atom : phrases[i]) {
      if (atom.kind != CueAtom::Kind::kByte || !IsAsciiAlnum(atom.byte)) break;
      key += atom.byte;  // lowered already
    }
    runs.longest = std::max(runs.longest, key.size());
    runs.phrases[key].push_back(static_cast<uint32_t>(i));
  }
  return runs;
}

const std::vector<uint32_t>* CueTail::PhrasesAt(const OpeningRuns& runs, std::string_view text,
                                                size_t at, size_t end) {
  std::array<char, 64> key;
  size_t size = 0;
  while (at + size < end && IsAsciiAlnum(text[at + size])) {
    if (size == runs.longest || size == key.size()) return nullptr;
    key[size] = static_cast<char>(LowerAscii(ByteAt(text, at + size)));
    ++size;
  }
  const auto found = runs.phrases.find(std::string_view(key.data(), size));
  return found == runs.phrases.end() ? nullptr : &found->second;
}

std::optional<size_t> CueTail::PhraseEnd(const CuePhrase& phrase, std::string_view text, size_t at,
                                         size_t end) {
  for (const CueAtom& atom : phrase) {
    switch (atom.kind) {
      case CueAtom::Kind::kByte:
        // Stored lowered; ASCII letters fold (the two characters beyond
        // ASCII that fold with them stop the search before it comes here).
        if (at >= end || LowerAscii(ByteAt(text, at)) != static_cast<unsigned char>(atom.byte)) {
          return std::nullopt;
        }
        ++at;
        break;
      case CueAtom::Kind::kApostrophe:
        if (at < end && text[at] == '\'') {
          ++at;
        } else if (end - at >= 3 && text.substr(at, 3) == "\xE2\x80\x99") {
          at += 3;
        } else {
          return std::nullopt;
        }
        break;
      case CueAtom::Kind::kSpaceRun: {
        // [\s\x{A0}]+, greedy: what follows it in a phrase is never a space.
        const size_t from = at;
        while (at < end) {
          if (IsRe2Space(ByteAt(text, at))) {
            ++at;
          } else if (end - at >= 2 && ByteAt(text, at) == 0xC2 && ByteAt(text, at + 1) == 0xA0) {
            at += 2;
          } else {
            break;
          }
        }
        if (at == from) return std::nullopt;
        break;
      }
    }
  }
  return at;
}

std::optional<size_t> CueTail::SuffixEnd(std::string_view text, size_t at, size_t end) const {
  if (suffix_ == nullptr) return at;
  re2::StringPiece match;
  if (!suffix_->Match(re2::StringPiece(text.data(), text.size()), at, end, RE2::ANCHOR_START,
                      &match, 1)) {
    return std::nullopt;
  }
  return static_cast<size_t>(match.data() - text.data()) + match.size();
}

// The walk from just past a run of spaces that opened at `begin`, in RE2's
// order of preference; recursive over the adverbs, whose number it bounds.
struct CueTail::Walk {
  const CueTail& tail;
  std::string_view text;
  size_t end;
  size_t begin;
  // Places from which no match follows, in this walk (a place is reached
  // again by another adverb of the same length or a word in -ly that is
  // also a lexicon adverb).
  std::vector<size_t>& failed;

  [[nodiscard]] Answer From(size_t at, int depth) const {
    if (std::find(failed.begin(), failed.end(), at) != failed.end()) return {};
    if (depth > kMaxAdverbs) return {.decided = false};
    if (at < end) {
      // Another adverb first (the star is greedy): a word in -ly, then the
      // lexicon's phrases in order.
      const size_t letters = LowerLettersEnd(text, at, end);
      if (letters - at >= 3 && text[letters - 2] == 'l' && text[letters - 1] == 'y' &&
          letters < end && IsRe2Space(ByteAt(text, letters))) {
        Answer next = From(SpacesEnd(text, letters, end), depth + 1);
        if (!next.decided || next.match) return next;
      }
      if (const std::vector<uint32_t>* adverbs = PhrasesAt(tail.adverbs_by_run_, text, at, end)) {
        for (uint32_t a : *adverbs) {
          const std::optional<size_t> after = PhraseEnd(tail.adverbs_[a], text, at, end);
          if (!after || *after >= end || !IsRe2Space(ByteAt(text, *after))) continue;
          Answer next = From(SpacesEnd(text, *after, end), depth + 1);
          if (!next.decided || next.match) return next;
        }
      }
      // Then the verb, after a word boundary (a space precedes `at`).
      const std::vector<uint32_t>* verbs =
          IsWordByte(ByteAt(text, at)) ? PhrasesAt(tail.verbs_by_run_, text, at, end) : nullptr;
      if (verbs != nullptr) {
        for (uint32_t v : *verbs) {
          const std::optional<size_t> after = PhraseEnd(tail.verbs_[v], text, at, end);
          if (!after) continue;
          // \b reads the byte after the verb even past `end`, as RE2 reads
          // the text around the part it searches.
          const bool word_before = IsWordByte(ByteAt(text, *after - 1));
          const bool word_after = *after < text.size() && IsWordByte(ByteAt(text, *after));
          if (word_before == word_after) continue;
          if (std::optional<size_t> tail_end = tail.SuffixEnd(text, *after, end)) {
            return {.match = Match{{begin, *tail_end}, {at, *after}}};
          }
        }
      }
    }
    failed.push_back(at);
    return {};
  }
};

CueTail::Answer CueTail::Search(std::string_view text, size_t start, size_t end) const {
  end = std::min(end, text.size());
  if (start > end) return {};
  const std::string_view searched = text.substr(start, end - start);
  if (searched.find(kLongS) != std::string_view::npos ||
      searched.find(kKelvinSign) != std::string_view::npos) {
    return {.decided = false};
  }
  std::vector<size_t> failed;
  // The leftmost match: its run of spaces opens at the earliest place, and
  // every place inside one run of spaces leads to the same words after it
  // (what follows \s+ never opens with a space, so the run is taken whole).
  size_t i = start;
  while (i < end) {
    if (!IsRe2Space(ByteAt(text, i))) {
      ++i;
      continue;
    }
    const size_t begin = i;
    i = SpacesEnd(text, i, end);
    failed.clear();
    const Answer answer = Walk{*this, text, end, begin, failed}.From(i, 0);
    if (!answer.decided) return {.decided = false};
    if (answer.match) return {.match = answer.match};
  }
  return {};
}

}  // namespace qa
