// The format-neutral document model every later stage reads.
//
// `original()` is the bytes exactly as read. `text` is the analysis text:
// the prose the stages read. Every Span the stages produce is an offset into
// `text`; ToSource() turns it into the byte range of the original file that
// an editor sees (reports do this, nothing else needs to).
//
// For plain text, `text` has the same length as `original` (CR, NUL, invalid
// UTF-8 blanked to spaces) and the mapping is the identity. A Markdown or
// HTML reader leaves markup out of `text` and decodes entities, so that
// "re**build**" and "Ren&eacute;e" stay one word each; `source_runs` then
// says where every analysis byte came from.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.h"

namespace qa {

// A problem with the input itself (not an editorial finding): invalid UTF-8,
// a skipped binary file. `offset` is a byte offset into the original file.
struct InputProblem {
  std::string message;
  size_t offset = 0;
};

// A run of analysis text and the source bytes it came from. A run is either
// verbatim (text_size == source_size: byte i of the run is source byte
// source + i) or atomic (a decoded entity or escape, a block separator the
// reader wrote): its text stands for all of its source bytes at once.
struct SourceRun {
  size_t text = 0;    // first analysis byte
  size_t source = 0;  // first source byte
  size_t text_size = 0;
  size_t source_size = 0;
  bool verbatim() const { return text_size == source_size; }
};

// A comment in a marked-up file (an HTML comment in Markdown or HTML). Never
// audited; kept for inline directives ("quoteaudit-disable RULE").
struct SourceComment {
  Span source;             // the whole comment, in the source bytes
  std::string body;        // the text between "<!--" and "-->"
  size_t text_offset = 0;  // where it stands in the analysis text
  bool own_line = false;   // nothing but spaces before and after it on its lines
};

struct Document {
  std::string path;  // as given by the user ("-" for standard input)
  std::string text;  // analysis text
  // Where `text` came from: runs in order, covering all of `text`. Empty when
  // `text` lines up with `original` byte for byte (plain text).
  std::vector<SourceRun> source_runs;
  // Paragraphs (text blocks) in reading order, trimmed of surrounding
  // whitespace. Spans into `text`.
  std::vector<Span> paragraphs;
  std::vector<InputProblem> problems;
  std::vector<SourceComment> comments;  // in source order

  // The bytes as read; never modified.
  std::string_view original() const {
    return original_is_text_ ? std::string_view(text) : std::string_view(original_);
  }
  void set_original(std::string bytes) {
    original_ = std::move(bytes);
    original_is_text_ = false;
  }
  // Bytes whose analysis text is themselves, unchanged (plain text with no
  // byte to blank): `text` is both, so a 50 MB file is held once, not twice.
  // Set `text` no more after this.
  void set_original_and_text(std::string bytes) {
    text = std::move(bytes);
    original_ = std::string();
    original_is_text_ = true;
  }

  std::string_view Text(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  // The source byte where analysis offset `offset` starts (`offset` ==
  // text.size() gives the end of the last run).
  size_t SourceOffset(size_t offset) const;
  // The source bytes a span of `text` came from, markup inside it included.
  Span ToSource(Span span) const;
  // Those source bytes.
  std::string_view Original(Span span) const {
    Span source = ToSource(span);
    return original().substr(source.begin, source.size());
  }

 private:
  std::string original_;
  bool original_is_text_ = false;
};

}  // namespace qa
