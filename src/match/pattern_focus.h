// The one document a run audits, offered before the patterns it needs are
// compiled. A deferred pattern built from lexicons (Pattern::Deferred with a
// Narrowing) then compiles with only the lexicon phrases that document can
// hold: a 2 KB article uses a handful of the 300 speech verbs, and compiling
// all of them into every pattern was most of the time it took to audit one.
//
// The narrowed program (its Unicode classes narrowed too, to the document's
// characters: match/unicode_narrowing.h) answers exactly as the full one on
// any text whose letter runs and characters the document holds
// (match/letter_runs.h); a pattern checks that
// before each search and compiles its full program for any other text, so a
// second document, a transcript or a rewritten window is never audited with
// the first document's words.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string_view>

#include "match/letter_runs.h"

namespace qa {

class PatternFocus {
 public:
  // Offers a document's text; only the first offer counts. Until Retire,
  // the text's bytes must stay where they are (a std::string may move, its
  // heap buffer may not).
  void Offer(std::string_view text);
  // The offered text's bytes are about to go (its audit is done): Holds
  // answers false from now on.
  void Retire();
  // The letter runs of the first text offered, or null before any offer.
  const LetterRuns* runs() const { return runs_.load(std::memory_order_acquire); }
  // Whether `text` lies inside the offered text's bytes (before Retire): then
  // its runs are the document's, with no need to read them.
  bool Holds(std::string_view text) const;

 private:
  std::once_flag offered_;
  std::unique_ptr<LetterRuns> owned_;
  std::atomic<const LetterRuns*> runs_{nullptr};
  std::atomic<const char*> begin_{nullptr};
  std::atomic<const char*> end_{nullptr};
};

}  // namespace qa
