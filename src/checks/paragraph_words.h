// The words (checks/text_fingerprint.h) of one document's paragraphs, read
// once and shared by the checks that compare text: duplicate-text and
// boilerplate both read every paragraph of every document, and reading
// words was a tenth of their time.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "checks/text_fingerprint.h"
#include "core/document.h"

namespace qa {

class ParagraphWords {
 public:
  // `document` must outlive this.
  explicit ParagraphWords(const Document& document) : document_(document) {}

  // The words of document.paragraphs[p], offsets into document.text (the
  // same words as the paragraph's without its edge whitespace). Held for
  // every paragraph of a document of up to kHeldBytes, read on the first
  // request; a longer document's paragraph is read into *scratch each time,
  // so memory stays bounded by an ordinary article's words.
  std::span<const Word> Of(size_t p, std::vector<Word>* scratch) const;

  static constexpr size_t kHeldBytes = size_t{1} << 20;

  // Whether every paragraph's words were read and are held (a check asked
  // for them, in a document of up to kHeldBytes): Of then reads nothing.
  bool held() const { return read_; }

 private:
  const Document& document_;
  mutable bool read_ = false;
  mutable std::vector<Word> words_;    // every paragraph's, in order
  mutable std::vector<size_t> first_;  // paragraph p's are [first_[p], first_[p + 1])
};

}  // namespace qa
