// Fuzz target: the tail of adverbs and a speech cue matched by reading
// words (match/cue_tail.h), built from the built-in lexicons with each
// built-in pattern's suffix. Input: a byte choosing the suffix, two bytes
// placing the part searched (the rest of the text its context), then the
// text. Wherever CueTail decides, its match must be RE2's for the tail, cue
// included; it may leave a text to RE2 only for a character that folds to
// an ASCII letter or a longer run of adverbs than it follows.
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "match/cue_tail.h"
#include "match/re2_case_folding.h"
#include "rules/pattern_expander.h"

namespace {

struct Tail {
  std::unique_ptr<qa::CueTail> words;
  std::unique_ptr<RE2> re;
};

// One tail per built-in pattern whose cue follows the adverbs, with what
// that pattern writes after the cue.
const std::vector<Tail>& Tails() {
  static const std::vector<Tail>* tails = [] {
    const qa::RuleSet& rules = qa::fuzz::BuiltinRules();
    const std::vector<std::string>& adverbs = rules.FindLexicon("cue-adverbs")->entries;
    const std::vector<std::string>& verbs = rules.FindLexicon("speech-verbs")->entries;
    const std::string cue = "(?P<cue>(?i:{speech-verbs}))\\b";
    auto* out = new std::vector<Tail>();
    for (const qa::AttributionPatternSpec& spec : rules.attribution_patterns()) {
      const size_t at = spec.pattern.find(cue);
      if (at == std::string::npos || spec.pattern.find("{cue-adverbs}") == std::string::npos) {
        continue;
      }
      const std::string suffix = spec.pattern.substr(at + cue.size());
      Tail tail;
      tail.words = qa::CueTail::Make(*qa::CuePhrases(adverbs), *qa::CuePhrases(verbs), suffix, {});
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(int64_t{64} << 20);
      tail.re = std::make_unique<RE2>(
          std::string(qa::CueTail::kBeforeAdverbs) + qa::AlternationRegex(adverbs) +
              std::string(qa::CueTail::kBetween) + qa::AlternationRegex(verbs) +
              std::string(qa::CueTail::kAfterVerbs) + suffix,
          options);
      if (tail.words == nullptr || !tail.re->ok())
        qa::fuzz::Fail("a built-in cue tail is unusable");
      out->push_back(std::move(tail));
    }
    if (out->empty()) qa::fuzz::Fail("no built-in pattern has a cue tail");
    return out;
  }();
  return *tails;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const Tail& tail = Tails()[data[0] % Tails().size()];
  const std::string text = qa::fuzz::Bytes(data + 3, size - 3);
  size_t start = text.size() * data[1] / 255;
  size_t end = text.size() * data[2] / 255;
  if (start > end) std::swap(start, end);
  const qa::CueTail::Answer answer = tail.words->Search(text, start, end);
  const std::string_view searched = std::string_view(text).substr(start, end - start);
  if (!answer.decided) {
    // A folding character, or more adverbs in a row than the walk follows
    // (each ends before a space).
    qa::fuzz::Require(searched.find(qa::kLongS) != std::string_view::npos ||
                          searched.find(qa::kKelvinSign) != std::string_view::npos ||
                          std::count_if(searched.begin(), searched.end(),
                                        [](char c) {
                                          return c == ' ' || c == '\t' || c == '\n' || c == '\f' ||
                                                 c == '\r';
                                        }) > qa::CueTail::kMaxAdverbs,
                      "CueTail left a text to RE2 with no folding character and few adverbs");
    return 0;
  }
  re2::StringPiece pieces[2];
  const bool found = tail.re->Match(text, start, end, RE2::UNANCHORED, pieces, 2);
  qa::fuzz::Require(found == answer.match.has_value(), "CueTail and RE2 disagree on a match");
  if (!found) return 0;
  auto at = [&](const re2::StringPiece& piece) {
    return static_cast<size_t>(piece.data() - text.data());
  };
  qa::fuzz::Require(answer.match->whole.begin == at(pieces[0]) &&
                        answer.match->whole.end == at(pieces[0]) + pieces[0].size(),
                    "CueTail's match is not RE2's");
  qa::fuzz::Require(answer.match->cue.begin == at(pieces[1]) &&
                        answer.match->cue.end == at(pieces[1]) + pieces[1].size(),
                    "CueTail's cue is not RE2's");
  return 0;
}
