// The source records of a verify run, indexed once: every word of every
// source as an interned id in one flat array, each with its document, its
// bytes and its transcript speaker, plus a sorted table of word pairs
// (bigrams) and a posting list per word. A quote is looked up through the
// pairs it shares with the sources, never by comparing it with every
// position.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/line_index.h"
#include "verify/speaker_labels.h"
#include "verify/word_interner.h"

namespace qa {

struct SourceWord {
  uint32_t id = 0;
  uint32_t document = 0;  // index into SourceIndex::documents()
  uint32_t begin = 0;     // analysis-text bytes in that document
  uint32_t end = 0;
  int32_t label = -1;  // index into that document's labels; -1 without a speaker
};

struct IndexedSource {
  Document document;
  std::vector<SpeakerLabel> labels;
  size_t first_word = 0;  // [first_word, end_word) in SourceIndex::words()
  size_t end_word = 0;
};

// A stretch of source words to align a quote against.
struct SourceWindow {
  size_t begin = 0;
  size_t end = 0;
};

class SourceIndex {
 public:
  // Adds a document's words; call Build() after the last one.
  void Add(Document document);
  void Build();

  // Up to `limit` windows where a quote with `words` (its word ids in order,
  // gaps left out) may stand, the likeliest first: the places that share
  // the most word pairs with it, widened by `slack` words each side.
  std::vector<SourceWindow> Candidates(const std::vector<uint32_t>& words, size_t spread,
                                       size_t slack, size_t limit) const;

  const std::vector<SourceWord>& words() const { return words_; }
  // The word ids alone, position for position (what the aligner reads).
  const std::vector<uint32_t>& ids() const { return ids_; }
  // Line and column of a source byte of document `document`.
  LineColumn Position(size_t document, size_t source_offset) const;
  const std::vector<IndexedSource>& documents() const { return documents_; }
  const WordInterner& interner() const { return interner_; }

 private:
  void AddAnchors(uint64_t key, size_t offset, size_t cap, std::vector<int64_t>* anchors) const;

  WordInterner interner_;
  std::vector<IndexedSource> documents_;
  std::vector<SourceWord> words_;
  std::vector<uint32_t> ids_;
  std::vector<LineIndex> lines_;                      // per document, built by Build()
  std::vector<std::pair<uint64_t, uint32_t>> pairs_;  // (first << 32 | second, position), sorted
  std::vector<uint32_t> posting_starts_;              // per word id, into postings_
  std::vector<uint32_t> postings_;                    // positions, grouped by word id
};

}  // namespace qa
