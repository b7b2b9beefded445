// Pairs quote marks into quotes. Knows nothing of speakers: it only decides
// which marks open and close quotes, which are apostrophes, and which cannot
// be paired. Reads Document::text only. Linear in the document size.
//
// Marks: " ' “ ” ‘ ’ « » ‹ › „ ‚ 「 」 『 』, '' and `` for a double mark. Any
// double mark closes any other (a straight " may close a curly “), and a
// mark's direction comes from its surroundings where its glyph does not fix
// it, so a “ typed at the end of a quote still closes it. Heuristics for
// directions and apostrophes: quote_marks.h, apostrophe.h, quote_finder.cc.
//
// Contract for the attributor and the checks:
//   - quotes are the outermost ones, in document order, never overlapping;
//   - a quote running over paragraphs (each paragraph re-opening the mark,
//     only the last closing it) is one quote with multi_paragraph set;
//   - a quote never closed gives a MarkProblem at its opening mark and a
//     Quote with closed == false that runs to the end of its (last)
//     paragraph, or to just before the next quote of the same marks that
//     opens inside it, so a typo does not swallow the quotes after it;
//     with speech verbs given, an unclosed quote whose paragraph ends with
//     its own speaker tag (", said X.") ends before the tag and is never
//     continued into the next paragraph;
//   - a closing mark with nothing to close gives a MarkProblem;
//   - empty quotes ("" or “ ”) are skipped without a problem;
//   - marks inside an HTML-like tag (<tweet id="...">) are markup, not marks;
//   - in copy that quotes with double marks, an unpaired single mark is
//     taken for an apostrophe we could not recognise and is not reported.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "scan/word_sets.h"

namespace qa {

struct QuoteFinderResult {
  // Outermost quotes in document order. Quotes nested inside another quote
  // are not listed separately. `kind` is left as kDirect and `attribution`
  // empty; the attributor fills both.
  std::vector<Quote> quotes;
  std::vector<MarkProblem> problems;  // unclosed and stray marks, in document order
};

class QuoteFinder {
 public:
  // `elisions` ('tis, 'em: words a leading apostrophe belongs to) must
  // outlive the finder.
  explicit QuoteFinder(const PhraseSet& elisions) : elisions_(elisions) {}
  // With `speech_verbs`, an unclosed quote whose paragraph ends with its own
  // speaker tag (", said X.") ends before the tag and does not run into the
  // next paragraph. Both sets must outlive the finder.
  QuoteFinder(const PhraseSet& elisions, const PhraseSet& speech_verbs)
      : elisions_(elisions), speech_verbs_(&speech_verbs) {}
  QuoteFinderResult Find(const Document& document) const;

 private:
  const PhraseSet& elisions_;
  const PhraseSet* speech_verbs_ = nullptr;
};

}  // namespace qa
