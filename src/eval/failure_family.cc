#include "eval/failure_family.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace qa {
namespace {

// More words than this between a source and its cue: "not adjacent".
constexpr size_t kMaxAdjacentGapWords = 2;

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '\'' || c == '-';
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool word = IsWordByte(c);
    if (word && !in_word) ++words;
    in_word = word;
  }
  return words;
}

Span Cover(const std::vector<Span>& spans) {
  Span cover{spans.front().begin, spans.front().end};
  for (Span s : spans) {
    cover.begin = std::min(cover.begin, s.begin);
    cover.end = std::max(cover.end, s.end);
  }
  return cover;
}

bool KnownCue(std::string_view cue, const EvalWords& words) {
  std::string word;
  auto known = [&]() { return !word.empty() && words.cue_words.contains(EvalWordKey(word)); };
  for (char c : cue) {
    if (IsWordByte(c)) {
      word.push_back(c);
      continue;
    }
    if (known()) return true;
    word.clear();
  }
  return known();
}

bool EndsInQuestionOrExclamation(std::string_view text, Span quote) {
  size_t end = quote.end;
  // Step back over the closing mark(s) and spaces.
  while (end > quote.begin) {
    unsigned char c = static_cast<unsigned char>(text[end - 1]);
    if (c == '?' || c == '!') return true;
    if (c == '"' || c == '\'' || c == ' ' || c >= 0x80) {
      --end;
      continue;
    }
    return false;
  }
  return false;
}

}  // namespace

std::string_view FailureFamilyName(FailureFamily family) {
  switch (family) {
    case FailureFamily::kCreditWithoutVerb:
      return "3 credit without a verb";
    case FailureFamily::kCueOutsideLexicon:
      return "1 cue outside the lexicons";
    case FailureFamily::kPronoun:
      return "7 pronoun source";
    case FailureFamily::kEndsInsideQuote:
      return "4 ?/! ends the quote";
    case FailureFamily::kInvertedCue:
      return "5 phrase after an inverted cue";
    case FailureFamily::kSubjectApart:
      return "2 source and cue apart";
    case FailureFamily::kAdjacent:
      return "- source beside its cue";
  }
  return "- source beside its cue";
}

FailureFamily ClassifyFailureFamily(std::string_view text, const GoldQuote& gold,
                                    const EvalWords& words) {
  std::string cue_text;
  for (Span s : gold.cues) {
    if (s.end <= text.size()) cue_text += std::string(text.substr(s.begin, s.size())) + " ";
  }
  if (CountWords(cue_text) == 0) return FailureFamily::kCreditWithoutVerb;
  if (!KnownCue(cue_text, words)) return FailureFamily::kCueOutsideLexicon;
  if (words.source_pronouns.contains(EvalWordKey(gold.source_text))) {
    return FailureFamily::kPronoun;
  }
  Span source = Cover(gold.sources);
  Span cue = Cover(gold.cues);
  bool after_quote = source.begin >= gold.span.end && cue.begin >= gold.span.end;
  if (after_quote && EndsInQuestionOrExclamation(text, gold.span)) {
    return FailureFamily::kEndsInsideQuote;
  }
  if (after_quote && cue.begin < source.begin) return FailureFamily::kInvertedCue;
  Span gap = source.end <= cue.begin   ? Span{source.end, cue.begin}
             : cue.end <= source.begin ? Span{cue.end, source.begin}
                                       : Span{0, 0};
  if (gap.end <= text.size() &&
      CountWords(text.substr(gap.begin, gap.size())) > kMaxAdjacentGapWords) {
    return FailureFamily::kSubjectApart;
  }
  return FailureFamily::kAdjacent;
}

}  // namespace qa
