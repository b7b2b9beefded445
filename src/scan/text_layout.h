// Step 2 of the scan: the sentences of a document and where each quote
// sits among them and among the paragraphs. Plain indexes that every later
// step (tokens, names, attribution, classification) looks things up in.
#pragma once

#include <cstddef>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "core/span.h"
#include "scan/word_sets.h"

namespace qa {

struct TextLayout {
  std::vector<Span> sentences;             // in order, within paragraphs
  std::vector<size_t> sentence_paragraph;  // paragraph of each sentence
  std::vector<size_t> quote_sentence;      // sentence of each quote's opening mark
  std::vector<size_t> quote_end_sentence;  // sentence of each quote's closing mark

  // Whether sentence s is the first of its paragraph.
  bool OpensParagraph(size_t s) const {
    return s == 0 || sentence_paragraph[s] != sentence_paragraph[s - 1];
  }
};

// Splits the document into sentences (quotes are atomic) and sets each
// quote's paragraph. `quotes` must be in document order.
TextLayout LayOutText(const Document& document, std::vector<Quote>* quotes,
                      const PhraseSet& abbreviations, const PhraseSet* speech_verbs = nullptr);

// The index of the last span starting at or before `pos` (0 when none).
size_t IndexOfSpanAt(const std::vector<Span>& spans, size_t pos);

}  // namespace qa
