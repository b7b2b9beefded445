#include "scan/text_layout.h"

#include <algorithm>

#include "scan/sentence_splitter.h"

namespace qa {

size_t IndexOfSpanAt(const std::vector<Span>& spans, size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const Span& s) { return p < s.begin; });
  return it == spans.begin() ? 0 : static_cast<size_t>(it - spans.begin() - 1);
}

TextLayout LayOutText(const Document& document, std::vector<Quote>* quotes,
                      const PhraseSet& abbreviations, const PhraseSet* speech_verbs) {
  TextLayout layout;
  layout.sentences = SplitSentences(document, *quotes, abbreviations, speech_verbs);
  if (layout.sentences.empty()) return layout;
  for (Quote& quote : *quotes) {
    quote.paragraph = static_cast<int>(IndexOfSpanAt(document.paragraphs, quote.span.begin));
  }
  layout.sentence_paragraph.reserve(layout.sentences.size());
  for (const Span& s : layout.sentences) {
    layout.sentence_paragraph.push_back(IndexOfSpanAt(document.paragraphs, s.begin));
  }
  layout.quote_sentence.reserve(quotes->size());
  layout.quote_end_sentence.reserve(quotes->size());
  for (const Quote& quote : *quotes) {
    layout.quote_sentence.push_back(IndexOfSpanAt(layout.sentences, quote.span.begin));
    layout.quote_end_sentence.push_back(IndexOfSpanAt(layout.sentences, quote.span.end - 1));
  }
  return layout;
}

}  // namespace qa
