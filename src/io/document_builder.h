// Builds the analysis text of a marked-up file (Markdown, HTML) piece by
// piece, remembering where every piece came from in the source bytes, so
// that the Document's spans map back exactly (Document::ToSource).
//
// A reader walks its parse tree and calls: Copy() for prose that stands in
// the file as it is, Decoded() for text that stands for other source bytes
// (an entity, an escape), and EndBlock() after each text block (heading,
// paragraph, list item, table cell, caption). Markup between pieces is
// simply not copied. Blocks become the Document's paragraphs.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace qa {

class DocumentBuilder {
 public:
  // `original` is the file's bytes. Invalid UTF-8, CR and control bytes in
  // it are blanked in the copied prose and reported as plain text's are.
  DocumentBuilder(std::string path, std::string original);

  // Appends source bytes [begin, end) to the current block as they are.
  void Copy(size_t begin, size_t end);
  // Appends `text`, which stands for source bytes [begin, end), as one unit.
  void Decoded(std::string_view text, size_t begin, size_t end);
  // A word break that is not in the source as a space (between table cells,
  // at a hard line break): one space standing for source bytes [begin, end).
  void Space(size_t begin, size_t end) { Decoded(" ", begin, end); }
  // Records a comment (never audited) as standing at the current end of the
  // analysis text: its text_offset is set here. A comment on its own line
  // adds one space standing for its bytes, so its offset maps back to it.
  void Comment(SourceComment comment);
  // Ends the current text block; an empty block is dropped.
  void EndBlock();
  // The source bytes (for readers that look ahead).
  std::string_view original() const { return document_.original(); }

  Document Finish() &&;

 private:
  void Append(std::string_view text, size_t source, size_t source_size, bool verbatim);

  Document document_;
  std::string cleaned_;     // `original` with non-prose bytes blanked
  size_t block_begin_ = 0;  // analysis offset where the current block starts
};

}  // namespace qa
