// Which filed words of a lexicon gate (match/lexicon_gate.h) each search
// unit of one document holds, read on the first request and kept for the
// document's other checks. The checks built together share one gate
// (SharedByChecks in checks/check.h): vague-source and unsourced-claim both
// gate every sentence's searches on lexicons, and reading each sentence's
// words twice was a tenth of their time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "checks/paragraph_words.h"
#include "core/document.h"
#include "core/quote.h"
#include "core/span.h"
#include "match/lexicon_gate.h"

namespace qa {

class SentenceLexicons {
 public:
  // `document`, `scan` and `words` (the same document's) must outlive this.
  // Paragraph words that a check already read (ParagraphWords::held) place
  // most of a unit's words, so only the bytes around them are read again.
  SentenceLexicons(const Document& document, const ScanResult& scan,
                   const ParagraphWords* words = nullptr)
      : document_(document), scan_(scan), words_(words) {}

  // gate.MayOccur(the unit's text, places) for unit `index` of
  // SearchUnits(document, scan) (checks/check_text.h), whose span is
  // `unit`. Every unit's words are read for `gate` on its first request, in
  // a document of up to kHeldBytes, and kept while the requests name that
  // gate; a longer document's unit (or one that is not that unit) is read
  // each time, so memory stays bounded by an ordinary article's words.
  // `places` may be null: the answer alone, gate.MayOccur(the unit's text).
  uint32_t MayOccur(const LexiconGate& gate, size_t index, Span unit,
                    LexiconGate::Places* places) const;

  // The filed words MayOccur read in unit `index` (offsets into the unit's
  // text), when it holds them: a unit read whole (in a document of up to
  // kHeldBytes, for `gate`) whose words place its lexicons. Empty
  // otherwise; call MayOccur for the unit first.
  std::optional<std::span<const LexiconGate::Hit>> Hits(const LexiconGate& gate, size_t index,
                                                        Span unit) const;

  static constexpr size_t kHeldBytes = size_t{1} << 20;

 private:
  void Read(const LexiconGate& gate) const;
  // Unit u's hits from the paragraph words held, starting the search for
  // its paragraph at *paragraph; false (nothing appended) when they do not
  // cover it, and it is read byte by byte.
  bool ReadFromWords(const LexiconGate& gate, size_t u, size_t* paragraph) const;

  const Document& document_;
  const ScanResult& scan_;
  const ParagraphWords* words_;
  mutable const LexiconGate* gate_ = nullptr;  // whose words are held
  mutable std::vector<Span> units_;
  mutable std::vector<LexiconGate::Hit> hits_;  // every unit's, in order
  mutable std::vector<uint32_t> first_;         // unit u's are [first_[u], first_[u + 1])
  mutable std::vector<bool> readable_;
};

}  // namespace qa
