#include "scan/quote_classifier.h"

#include "core/byte_search.h"
#include "core/text.h"
#include "scan/attribution_windows.h"
#include "scan/quote_marks.h"

namespace qa {
namespace {

// Quotes of at most this many words with no speech cue are labels, not
// speech ("temporary", "the deal of the century").
constexpr size_t kScareMaxWords = 3;
// Title-case quotes up to this long are titles ("Harbour Hour Live"), with
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

}  // namespace

bool QuoteClassifier::IsTitleCase(const std::vector<Token>& words) const {
  size_t significant = 0;
  for (const Token& token : words) {
    if (!token.word) continue;
    if (words_.title_minor_words.Contains(token.text)) continue;
    if (!token.capitalized) return false;
    ++significant;
  }
  return significant >= 2;
}

bool QuoteClassifier::IsShortTitleCase(const std::vector<Token>& words) const {
  size_t count = 0;
  for (const Token& token : words) count += token.word ? 1 : 0;
  return count <= kMaxTitleWords && IsTitleCase(words);
}

QuoteClassifier::QuoteClassifier(const RuleSet& rules, const WordSets& words)
    : words_(words),
      scare_cues_(rules.Words("scare-quote-cues"), false),
      naming_cues_(rules.Words("naming-cues"), false),
      title_cues_(rules.Words("title-cues"), false) {}

bool QuoteClassifier::IsSubhead(const Document& document, const DocumentTokens& tokens,
                                const Quote& quote) const {
  // A paragraph that is nothing but a short title-case quote is a subhead
  // ('Harbour Lights Are Back.'): a title, not anyone's words.
  std::string_view text = document.text;
  const Span& para = document.paragraphs[static_cast<size_t>(quote.paragraph)];
  if (quote.span.begin < para.begin || quote.span.end > para.end) return false;
  if (!OnlySpaceOrPunctuation(text.substr(para.begin, quote.span.begin - para.begin)) ||
      !OnlySpaceOrPunctuation(text.substr(quote.span.end, para.end - quote.span.end))) {
    return false;
  }
  return IsShortTitleCase(tokens.In(quote.inner));
}

std::vector<bool> QuoteClassifier::FindSubheads(const Document& document, const TextLayout& layout,
                                                const DocumentTokens& tokens,
                                                const std::vector<Quote>& quotes) const {
  std::vector<bool> subheads(quotes.size(), false);
  if (layout.sentences.empty()) return subheads;
  for (size_t q = 0; q < quotes.size(); ++q) subheads[q] = IsSubhead(document, tokens, quotes[q]);
  return subheads;
}

void QuoteClassifier::ClassifyAll(const Document& document, const TextLayout& layout,
                                  const DocumentTokens& tokens, const std::vector<bool>& subheads,
                                  std::vector<Quote>* quotes, bool explain) const {
  if (layout.sentences.empty()) return;
  std::vector<Token> inner;  // each quote's, one list for all
  std::vector<Token> before;
  for (size_t q = 0; q < quotes->size(); ++q) {
    Quote& quote = (*quotes)[q];
    Classification classified{QuoteKind::kTitle,
                              "title: a short title-case line alone in its paragraph (a subhead)"};
    if (!subheads[q]) {
      Span lead_in = {LeadInBegin(layout, *quotes, q), quote.span.begin};
      tokens.In(quote.inner, &inner);
      tokens.In(lead_in, &before);
      classified =
          Classify(document.text, quote, inner, lead_in, &before, !quote.attribution.rule.empty());
    }
    quote.kind = classified.kind;
    if (explain && !classified.reason.empty()) {
      std::string& explanation = quote.attribution.explanation;
      explanation += (explanation.empty() ? "" : "\n") + std::string(classified.reason);
    }
  }
}

QuoteClassifier::Classification QuoteClassifier::Classify(std::string_view text, const Quote& quote,
                                                          const std::vector<Token>& tokens,
                                                          Span lead_in_span,
                                                          std::vector<Token>* before_tokens,
                                                          bool attributed) const {
  std::vector<Token>& before = *before_tokens;
  std::string_view inner = text.substr(quote.inner.begin, quote.inner.size());
  std::string_view lead_in = text.substr(lead_in_span.begin, lead_in_span.size());
  size_t words = 0;
  for (const Token& token : tokens) words += token.word ? 1 : 0;
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
  // One pass, eight bytes at a time: find_last_of with a set asks memchr
  // of the set for every byte of the quote.
  bool speech_end =
      terminal && (FindFirstByte<'?', '!'>(inner, 0, inner.size(), false) < inner.size() ||
                   (words > kScareMaxWords && (terminal_punct != ',' || attributed)));
  if (scare_cue && words <= kScareMaxWords + 2 && !speech_end) {
    return {QuoteKind::kScare,
            "scare: a scare-quote cue (scare-quote-cues) right before a short quote that does "
            "not end like speech"};
  }
  // A naming cue is the speaker's own word only when a name or pronoun
  // speaks ("Varga dubbed the levy ..."); after a common noun it is a
  // participle ("a stretch of quay dubbed ...").
  bool naming_cue = naming_cues_.LongestMatchEndingAt(before, before.size()) > 0;
  std::string_view mention =
      text.substr(quote.attribution.mention.begin, quote.attribution.mention.size());
  bool named_speaker = attributed && !mention.empty() &&
                       (IsUpperStart(mention, 0) || words_.pronouns.Contains(mention));
  if (naming_cue && !named_speaker && words <= kScareMaxWords + 2 && !speech_end) {
    return {QuoteKind::kScare,
            "scare: a naming cue (naming-cues) right before a short quote and no named or "
            "pronoun speaker"};
  }
  // In a headline every word is capitalised, so a title-case quote there
  // says nothing about being a title; with a speaker it is speech
  // ("Councillor Slams Plan As ‘A Disgrace’").
  // A quote a speaker introduces with a colon ("Varga: 'We Will Not Back
  // Down'") is speech whatever its capitals.
  size_t lead_end = lead_in.find_last_not_of(" \n\r\t");
  bool colon_lead = lead_end != std::string_view::npos && lead_in[lead_end] == ':';
  // "Varga called the pier 'Harbour Lights'": a named speaker whose own cue
  // is a naming word gave the name; it is her words, not a title.
  Span cue = quote.attribution.cue;
  std::string_view cue_text = text.substr(cue.begin, cue.size());
  bool speaker_named_it = named_speaker && cue.begin >= lead_in_span.begin &&
                          cue.end <= lead_in_span.end &&
                          (naming_cues_.Contains(cue_text) || title_cues_.Contains(cue_text));
  bool headline_speech =
      attributed && ((IsTitleCase(before) && before.size() >= 3) || colon_lead || speaker_named_it);
  if (!headline_speech) {
    if (title_cue && IsTitleCase(tokens) && !speech_end) {
      return {QuoteKind::kTitle, "title: a title cue (title-cues) before a title-case quote"};
    }
    if (IsShortTitleCase(tokens) && !speech_end) {
      return {QuoteKind::kTitle,
              "title: a short title-case phrase that does not end like speech (a name or title)"};
    }
  }
  bool starts_upper = !tokens.empty() && tokens.front().capitalized;
  if (!attributed && words <= kScareMaxWords) {
    return {QuoteKind::kScare, "scare: three words or fewer and no speaker found"};
  }
  // Direct speech stands as its own sentence or clause: it opens its
  // sentence, follows a colon or comma, or starts with a capital.
  std::string_view trimmed = lead_in;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) {
    trimmed.remove_suffix(1);
  }
  bool opens_sentence = trimmed.empty() || trimmed.back() == ':' || trimmed.back() == ',';
  QuoteKind kind =
      opens_sentence || (starts_upper && terminal) ? QuoteKind::kDirect : QuoteKind::kPartial;
  // Say which test kept a quote that looks like a label or title as speech.
  std::string_view why;
  if (naming_cue && words <= kScareMaxWords + 2 && !speech_end) {
    why =
        "speech: a naming cue (naming-cues) after a named or pronoun speaker: the speaker's "
        "own words";
  } else if (headline_speech && IsShortTitleCase(tokens) && !speech_end) {
    why = colon_lead         ? "speech: a title-case quote its speaker introduces with a colon"
          : speaker_named_it ? "speech: a title-case name a named speaker gave (the cue is a "
                               "naming word: naming-cues, title-cues)"
                             : "speech: a title-case quote in a title-case headline with a speaker";
  } else if (words <= kScareMaxWords) {
    why = "speech: three words or fewer, but its sentence reports speech by the speaker found";
  }
  return {kind, why};
}

}  // namespace qa
