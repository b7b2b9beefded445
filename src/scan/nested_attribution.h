// Step 5b of the scan: nested attribution. A quote inside what a document or
// an organisation reports ("The Solvik Courier reported that Saether told
// aides "...""; "According to a recording obtained by the Courier, Koval
// said "..."") is credited to that outer source, and the speaker the
// attributor found inside is kept as the quote's inner speaker. A person
// reporting another person's words is left as it is: the words are the inner
// speaker's.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "scan/document_tokens.h"
#include "scan/entity_registry.h"
#include "scan/speaker_phrase.h"
#include "scan/text_layout.h"
#include "scan/word_sets.h"

namespace qa {

class OuterSourceFinder {
 public:
  // `words` and `reader` must outlive the finder.
  OuterSourceFinder(const WordSets& words, const SpeakerPhraseReader& reader)
      : words_(words), reader_(reader) {}

  // Moves the attribution of every quote framed by an outer report to that
  // report's source; `registry` resolves the outer phrase. `explain`: say so
  // in the attribution's explanation.
  void Apply(const Document& document, const TextLayout& layout, const DocumentTokens& tokens,
             EntityRegistry* registry, std::vector<Quote>* quotes, bool explain = true) const;

 private:
  struct Frame {
    SpeakerPhrase outer;
    Span cue;
  };
  // The outer report framing the clause that ends where `tokens` end.
  bool FindFrame(const std::vector<Token>& tokens, Frame* frame) const;
  // When the attributor already took the outer cue ("The Courier reported
  // that Saether told aides "...""): the speaker of the inner clause in
  // `tokens` (from the outer cue to the quote), or none.
  SpeakerPhrase FindInner(const std::vector<Token>& tokens) const;
  // ", according to a pool report" right after the cue that follows a quote.
  bool FindTrailingAccordingTo(const std::vector<Token>& tokens, Frame* frame) const;
  // Gives the quote to the outer source when it is a document or an
  // organisation, keeping the speaker found as the inner one.
  void Credit(std::string_view text, size_t sentence, const Frame& frame, EntityRegistry* registry,
              bool explain, Attribution* a) const;

  const WordSets& words_;
  const SpeakerPhraseReader& reader_;
};

}  // namespace qa
