#include "io/document_builder.h"

#include <algorithm>
#include <utility>

#include "core/text.h"
#include "io/text_cleaner.h"

namespace qa {

DocumentBuilder::DocumentBuilder(std::string path, std::string original) {
  document_.path = std::move(path);
  document_.set_original(std::move(original));
  cleaned_ = MakeAnalysisText(document_.original(), &document_.problems);
}

void DocumentBuilder::Append(std::string_view text, size_t source, size_t source_size,
                             bool verbatim) {
  if (text.empty()) return;
  std::vector<SourceRun>& runs = document_.source_runs;
  size_t at = document_.text.size();
  // Verbatim pieces that continue the previous one in both texts merge.
  if (verbatim && !runs.empty() && runs.back().verbatim() &&
      runs.back().text + runs.back().text_size == at &&
      runs.back().source + runs.back().source_size == source) {
    runs.back().text_size += text.size();
    runs.back().source_size += text.size();
  } else {
    runs.push_back({at, source, text.size(), source_size});
  }
  document_.text.append(text);
}

void DocumentBuilder::Copy(size_t begin, size_t end) {
  end = std::min(end, cleaned_.size());
  if (begin >= end) return;
  Append(std::string_view(cleaned_).substr(begin, end - begin), begin, end - begin, true);
}

void DocumentBuilder::Decoded(std::string_view text, size_t begin, size_t end) {
  end = std::min(end, cleaned_.size());
  begin = std::min(begin, end);
  Append(text, begin, end - begin, false);
}

void DocumentBuilder::Comment(SourceComment comment) {
  comment.text_offset = document_.text.size();
  // A comment on its own line stands between blocks as one space for its
  // bytes, so a report about it (unused-suppression) points at the comment.
  if (comment.own_line) Append(" ", comment.source.begin, comment.source.size(), false);
  document_.comments.push_back(std::move(comment));
}

void DocumentBuilder::EndBlock() {
  std::string& text = document_.text;
  size_t begin = block_begin_;
  size_t end = text.size();
  while (begin < end && IsAsciiSpace(text[begin])) ++begin;
  while (end > begin && IsAsciiSpace(text[end - 1])) --end;
  if (end > begin) {
    document_.paragraphs.push_back({begin, end});
    // Blocks are separated by a blank line that stands for no source byte,
    // so no sentence or phrase runs from one block into the next.
    size_t source = document_.SourceOffset(text.size());
    Append("\n\n", source, 0, false);
  }
  block_begin_ = text.size();
}

Document DocumentBuilder::Finish() && {
  EndBlock();
  return std::move(document_);
}

}  // namespace qa
