#include "scan/quote_classifier.h"

#include "scan/quote_marks.h"
#include "scan/speaker_phrase.h"

namespace qa {
namespace {

// Quotes of at most this many words with no speech cue are labels, not
// speech ("temporary", "the deal of the century").
constexpr size_t kScareMaxWords = 3;
// Title-case quotes up to this long are titles ("Fox News Sunday"), with
// or without a speech cue nearby.
constexpr size_t kMaxTitleWords = 8;

// The sentence punctuation the quote ends on (. ! ? or ,), looking past
// closing marks of nested quotes; 0 when there is none.
char TerminalPunctuation(std::string_view inner) {
  inner = inner.substr(0, TrimTrailingClosers(inner, 0, inner.size()));
  if (inner.empty()) return 0;
  char c = inner.back();
  return c == '.' || c == '!' || c == '?' || c == ',' ? c : 0;
}

bool IsMinorWord(std::string_view word) {
  static constexpr std::string_view kMinor[] = {"a",  "an", "the", "of",  "and", "or",   "in",
                                                "on", "at", "to",  "for", "by",  "with", "from"};
  for (std::string_view minor : kMinor) {
    if (word == minor) return true;
  }
  return false;
}

bool IsTitleCase(const std::vector<Token>& words) {
  size_t significant = 0;
  for (const Token& token : words) {
    if (!token.word) continue;
    if (IsMinorWord(token.text)) continue;
    if (!token.capitalized) return false;
    ++significant;
  }
  return significant >= 2;
}

}  // namespace

bool IsShortTitleCase(const std::vector<Token>& words) {
  size_t count = 0;
  for (const Token& token : words) count += token.word ? 1 : 0;
  return count <= kMaxTitleWords && IsTitleCase(words);
}

QuoteClassifier::QuoteClassifier(const RuleSet& rules)
    : scare_cues_(rules.Words("scare-quote-cues"), false),
      title_cues_(rules.Words("title-cues"), false),
      tokenizer_(nullptr, nullptr) {}

QuoteKind QuoteClassifier::Classify(std::string_view text, const Quote& quote,
                                    std::string_view lead_in, bool attributed) const {
  std::string_view inner = text.substr(quote.inner.begin, quote.inner.size());
  std::vector<Token> tokens = tokenizer_.Tokenize(inner, quote.inner.begin);
  size_t words = 0;
  for (const Token& token : tokens) words += token.word ? 1 : 0;
  std::vector<Token> before = tokenizer_.Tokenize(lead_in, 0);
  while (!before.empty() && !before.back().word) before.pop_back();

  bool scare_cue = scare_cues_.LongestMatchEndingAt(before, before.size()) > 0;
  bool title_cue = false;
  for (size_t end = before.size(); end > 0 && end + 3 > before.size(); --end) {
    title_cue = title_cue || title_cues_.LongestMatchEndingAt(before, end) > 0;
  }
  char terminal_punct = TerminalPunctuation(inner);
  bool terminal = terminal_punct != 0;
  // Sentence-final ? or !, or a full stop after more than a label's worth
  // of words: speech, not a name. A comma alone says so only when a speaker
  // is found, since American style puts it inside any closing mark
  // (in "Harbour Light Day," a festival).
  bool speech_end = terminal && (inner.find_last_of("?!") != std::string_view::npos ||
                                 (words > kScareMaxWords && (terminal_punct != ',' || attributed)));
  if (scare_cue && words <= kScareMaxWords + 2 && !speech_end) return QuoteKind::kScare;
  // In a headline every word is capitalised, so a title-case quote there
  // says nothing about being a title; with a speaker it is speech
  // ("Councillor Slams Plan As ‘A Disgrace’").
  bool headline_speech = attributed && IsTitleCase(before) && before.size() >= 3;
  if (!headline_speech) {
    if (title_cue && IsTitleCase(tokens) && !speech_end) return QuoteKind::kTitle;
    if (IsShortTitleCase(tokens) && !speech_end) return QuoteKind::kTitle;
  }
  bool starts_upper = !tokens.empty() && tokens.front().capitalized;
  if (!attributed && words <= kScareMaxWords) return QuoteKind::kScare;
  // Direct speech stands as its own sentence or clause: it opens its
  // sentence, follows a colon or comma, or starts with a capital.
  std::string_view trimmed = lead_in;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) {
    trimmed.remove_suffix(1);
  }
  bool opens_sentence = trimmed.empty() || trimmed.back() == ':' || trimmed.back() == ',';
  if (opens_sentence || (starts_upper && terminal)) return QuoteKind::kDirect;
  return QuoteKind::kPartial;
}

}  // namespace qa
