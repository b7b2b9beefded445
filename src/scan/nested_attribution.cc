#include "scan/nested_attribution.h"

#include <algorithm>
#include <string>

#include "core/text.h"
#include "scan/attribution_windows.h"

namespace qa {
namespace {

// Words allowed between the outer cue and "that" ("wrote in a memo that").
constexpr size_t kMaxWordsBeforeThat = 4;

bool Is(const Token& token, std::string_view word) {
  return token.word && AsciiLower(token.text) == word;
}

}  // namespace

bool OuterSourceFinder::FindFrame(const std::vector<Token>& tokens, Frame* frame) const {
  size_t n = tokens.size();
  // "X reported that <inner clause>": the inner clause starts right after
  // "that", and a speech verb comes a few words before it.
  if (n >= 2 && Is(tokens[n - 1], "that")) {
    for (size_t v = n - 1; v-- > 0 && n - 1 - v <= kMaxWordsBeforeThat + 1;) {
      if (!tokens[v].word) break;
      if (!words_.speech_verbs.Contains(tokens[v].text)) continue;
      std::vector<Token> subject(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(v));
      frame->outer = reader_.Read(subject, true);
      frame->cue = tokens[v].span;
      return frame->outer.form != PhraseForm::kNone;
    }
  }
  // "According to X, <inner clause>".
  for (size_t i = 0; i + 2 < n; ++i) {
    if (!Is(tokens[i], "according") || !Is(tokens[i + 1], "to")) continue;
    size_t comma = i + 2;
    while (comma < n && tokens[comma].text != ",") ++comma;
    if (comma >= n) return false;
    std::vector<Token> source(tokens.begin() + static_cast<std::ptrdiff_t>(i + 2),
                              tokens.begin() + static_cast<std::ptrdiff_t>(comma));
    frame->outer = reader_.Read(source, false);
    frame->cue = {tokens[i].span.begin, tokens[i + 1].span.end};
    return frame->outer.form != PhraseForm::kNone;
  }
  return false;
}

SpeakerPhrase OuterSourceFinder::FindInner(const std::vector<Token>& tokens) const {
  size_t that = 0;
  while (that < tokens.size() && !Is(tokens[that], "that")) ++that;
  if (that > kMaxWordsBeforeThat + 1 || that >= tokens.size()) return {};
  for (size_t v = that + 1; v < tokens.size(); ++v) {
    if (!tokens[v].word) return {};
    if (!words_.speech_verbs.Contains(tokens[v].text)) continue;
    std::vector<Token> subject(tokens.begin() + static_cast<std::ptrdiff_t>(that + 1),
                               tokens.begin() + static_cast<std::ptrdiff_t>(v));
    return subject.empty() ? SpeakerPhrase{} : reader_.Read(subject, true);
  }
  return {};
}

void OuterSourceFinder::Apply(const Document& document, const TextLayout& layout,
                              const DocumentTokens& tokens, EntityRegistry* registry,
                              std::vector<Quote>* quotes, bool explain) const {
  std::string_view text = document.text;
  std::vector<Token> read;  // the tokens read around each quote, one list for all
  for (size_t q = 0; q < quotes->size(); ++q) {
    Attribution& a = (*quotes)[q].attribution;
    const Quote& quote = (*quotes)[q];
    if (a.entity < 0 || a.mention.empty()) continue;
    size_t s = layout.quote_sentence[q];
    const Span& sentence = layout.sentences[s];
    if (a.mention.begin >= quote.span.end) {
      // '"...," Varga said, according to a pool report.': the report is
      // the outer source.
      const Span& end_sentence = layout.sentences[layout.quote_end_sentence[q]];
      size_t from = std::max(a.mention.end, a.cue.end);
      if (from >= end_sentence.end) continue;
      // Capped as the attribution windows are: a sentence of megabytes (a
      // pasted dump with no full stop) is read a window per quote, not whole.
      tokens.OutsideQuotes(CapAfter(text, {from, end_sentence.end}), *quotes, &read);
      Frame frame;
      if (!FindTrailingAccordingTo(read, &frame)) continue;
      Credit(text, s, frame, registry, explain, &a);
      continue;
    }
    if (a.mention.end > quote.span.begin) continue;
    if (a.mention.begin < sentence.begin) continue;
    SpeakerKind kind = registry->KindOf(a.entity);
    bool reporter = kind == SpeakerKind::kDocument || kind == SpeakerKind::kOrganization;
    if (reporter && a.cue.end > a.mention.end && a.cue.end <= quote.span.begin) {
      tokens.OutsideQuotes({a.cue.end, quote.span.begin}, *quotes, &read);
      SpeakerPhrase inner = FindInner(read);
      if (inner.form == PhraseForm::kNone) continue;
      std::string_view inner_surface = text.substr(inner.mention.begin, inner.mention.size());
      int id = registry->Resolve(inner, s, inner_surface);
      if (id < 0 || id == a.entity) continue;
      a.inner_entity = id;
      a.inner_mention = inner.mention;
      if (explain) {
        a.explanation += "\nnested: \"" + std::string(inner_surface) +
                         "\" is the inner speaker of what the source reports";
      }
      continue;
    }
    tokens.OutsideQuotes(CapBefore(text, {sentence.begin, a.mention.begin}), *quotes, &read);
    Frame frame;
    if (!FindFrame(read, &frame)) continue;
    Credit(text, s, frame, registry, explain, &a);
  }
}

bool OuterSourceFinder::FindTrailingAccordingTo(const std::vector<Token>& tokens,
                                                Frame* frame) const {
  // Only punctuation between the cue and "according to", and the source
  // up to the next comma or the sentence end.
  size_t i = 0;
  while (i < tokens.size() && !tokens[i].word) ++i;
  if (i + 2 >= tokens.size() || !Is(tokens[i], "according") || !Is(tokens[i + 1], "to")) {
    return false;
  }
  size_t end = i + 2;
  while (end < tokens.size() && tokens[end].text != ",") ++end;
  std::vector<Token> source(tokens.begin() + static_cast<std::ptrdiff_t>(i + 2),
                            tokens.begin() + static_cast<std::ptrdiff_t>(end));
  frame->outer = reader_.Read(source, false);
  frame->cue = {tokens[i].span.begin, tokens[i + 1].span.end};
  return frame->outer.form != PhraseForm::kNone;
}

void OuterSourceFinder::Credit(std::string_view text, size_t sentence, const Frame& frame,
                               EntityRegistry* registry, bool explain, Attribution* a) const {
  std::string_view surface = text.substr(frame.outer.mention.begin, frame.outer.mention.size());
  int outer = registry->Resolve(frame.outer, sentence, surface);
  if (outer < 0 || outer == a->entity) return;
  SpeakerKind outer_kind = registry->KindOf(outer);
  if (outer_kind != SpeakerKind::kDocument && outer_kind != SpeakerKind::kOrganization) return;
  const std::string_view inner_surface = text.substr(a->mention.begin, a->mention.size());
  a->inner_entity = a->entity;
  a->inner_mention = a->mention;
  a->entity = outer;
  a->mention = frame.outer.mention;
  a->cue = frame.cue;
  if (explain) {
    a->explanation += "\nnested: the words are reported by \"" + std::string(surface) +
                      "\" (cue \"" + std::string(text.substr(frame.cue.begin, frame.cue.size())) +
                      "\"), which gets the credit; \"" + std::string(inner_surface) +
                      "\" is the inner speaker";
  }
  registry->NoteSpeaker(outer, frame.outer.mention, sentence);
}

}  // namespace qa
