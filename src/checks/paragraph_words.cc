#include "checks/paragraph_words.h"

#include <algorithm>

namespace qa {
namespace {

void AppendParagraphWords(const Document& document, Span paragraph, std::vector<Word>* out) {
  paragraph.end = std::min(paragraph.end, document.text.size());
  paragraph.begin = std::min(paragraph.begin, paragraph.end);
  AppendWords(document.Text(paragraph), paragraph.begin, out);
}

}  // namespace

std::span<const Word> ParagraphWords::Of(size_t p, std::vector<Word>* scratch) const {
  if (p >= document_.paragraphs.size()) return {};
  if (document_.text.size() > kHeldBytes) {
    scratch->clear();
    AppendParagraphWords(document_, document_.paragraphs[p], scratch);
    return *scratch;
  }
  if (!read_) {
    // About one word per six bytes of prose: one allocation.
    words_.reserve(document_.text.size() / 6 + 1);
    first_.reserve(document_.paragraphs.size() + 1);
    for (const Span& paragraph : document_.paragraphs) {
      first_.push_back(words_.size());
      AppendParagraphWords(document_, paragraph, &words_);
    }
    first_.push_back(words_.size());
    read_ = true;
  }
  return std::span<const Word>(words_).subspan(first_[p], first_[p + 1] - first_[p]);
}

}  // namespace qa
