#include "io/markdown_reader.h"

#include <md4c.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/span.h"
#include "io/document_builder.h"
#include "io/front_matter.h"
#include "io/front_matter_block.h"
#include "io/html_entities.h"
#include "io/text_cleaner.h"

namespace qa {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The end of the line that starts at `at` (its '\n', or the end of `bytes`)
// and whether the line is `fence` with nothing but spaces after it.
size_t LineEnd(std::string_view bytes, size_t at) {
  size_t end = bytes.find('\n', at);
  return end == std::string_view::npos ? bytes.size() : end;
}

// Hugo and Jekyll shortcodes ({{< ... >}}, {{% ... %}}, {% ... %}) in
// bytes [from, end), in order. One never runs over a blank line, so a
// stray "{%" cannot swallow the article.
std::vector<Span> FindShortcodes(std::string_view bytes, size_t from) {
  std::vector<Span> found;
  for (size_t at = bytes.find('{', from); at != std::string_view::npos; at = bytes.find('{', at)) {
    std::string_view rest = bytes.substr(at);
    std::string_view close;
    if (rest.starts_with("{{<")) {
      close = ">}}";
    } else if (rest.starts_with("{{%")) {
      close = "%}}";
    } else if (rest.starts_with("{%")) {
      close = "%}";
    } else {
      ++at;
      continue;
    }
    size_t end = bytes.find(close, at + 2);
    size_t blank = bytes.find("\n\n", at);
    if (end == std::string_view::npos || (blank != std::string_view::npos && blank < end)) {
      ++at;
      continue;
    }
    found.push_back({at, end + close.size()});
    at = end + close.size();
  }
  return found;
}

// Walks md4c's callbacks and builds the document.
class MarkdownWalker {
 public:
  MarkdownWalker(DocumentBuilder* builder, std::vector<Span> shortcodes, size_t max_depth)
      : builder_(builder),
        source_(builder->original()),
        shortcodes_(std::move(shortcodes)),
        max_depth_(max_depth) {}

  // Blocks and spans open now; false (stop parsing) when one more would
  // nest deeper than the limit.
  bool Enter() {
    if (++depth_ <= max_depth_) return true;
    if (!too_deep_) too_deep_ = last_end_;
    return false;
  }
  void Leave() {
    if (depth_ > 0) --depth_;
  }
  // Where the first block or span over the nesting limit is, roughly (the
  // end of the text read before it); nullopt when none is.
  std::optional<size_t> too_deep() const { return too_deep_; }

  void EnterBlock(MD_BLOCKTYPE type) {
    builder_->EndBlock();
    if (type == MD_BLOCK_CODE) ++code_blocks_;
    if (type == MD_BLOCK_HTML) ++html_blocks_;
  }

  void LeaveBlock(MD_BLOCKTYPE type) {
    builder_->EndBlock();
    if (type == MD_BLOCK_CODE) --code_blocks_;
    if (type == MD_BLOCK_HTML) --html_blocks_;
  }

  void EnterSpan(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) ++images_;
    if (type == MD_SPAN_A) links_.push_back({});
  }

  void LeaveSpan(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) --images_;
    if (type == MD_SPAN_A && !links_.empty()) links_.pop_back();
  }

  void Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    // md4c points into the input for everything but the pieces it makes up
    // (line breaks, U+FFFD): those stand for the bytes after the last piece.
    std::optional<Span> at;
    if (text >= source_.data() && text + size <= source_.data() + source_.size()) {
      size_t begin = text - source_.data();
      at = Span{begin, begin + size};
    }
    switch (type) {
      case MD_TEXT_HTML:
        if (at) RecordComments(*at);
        break;
      case MD_TEXT_CODE:
      case MD_TEXT_LATEXMATH:
        break;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR: {
        // The line break: from the end of the last piece (trailing spaces or
        // the backslash of a hard break) through the newline.
        size_t begin = last_end_;
        size_t end = std::min(LineEnd(source_, begin) + 1, source_.size());
        if (!Dropped() && !InShortcode(begin)) builder_->Decoded("\n", begin, end);
        last_end_ = end;
        return;
      }
      case MD_TEXT_NULLCHAR: {
        size_t begin = last_end_;
        size_t end = begin < source_.size() && source_[begin] == '\0' ? begin + 1 : begin;
        if (!Dropped()) builder_->Decoded("\xEF\xBF\xBD", begin, end);
        last_end_ = end;
        return;
      }
      case MD_TEXT_ENTITY:
        if (at && !Dropped() && !InShortcode(at->begin)) {
          std::optional<std::string> decoded = DecodeEntity(source_.substr(at->begin, at->size()));
          if (decoded) {
            builder_->Decoded(*decoded, at->begin, at->end);
          } else {
            CopyProse(*at);  // not a reference HTML knows: it reads as written
          }
        }
        break;
      case MD_TEXT_NORMAL:
        if (!at) {
          if (!Dropped()) builder_->Decoded(std::string_view(text, size), last_end_, last_end_);
          return;
        }
        if (!links_.empty() && links_.back().first) {
          // An autolink (<https://...>) shows its URL as its text.
          links_.back().first = false;
          links_.back().autolink = at->begin > 0 && source_[at->begin - 1] == '<';
        }
        if (!Dropped()) CopyProse(*at);
        break;
    }
    if (at) last_end_ = std::max(last_end_, at->end);
  }

 private:
  struct Link {
    bool first = true;  // no text seen yet
    bool autolink = false;
  };

  // Inside something whose text is never audited.
  bool Dropped() const {
    return code_blocks_ > 0 || images_ > 0 || (!links_.empty() && links_.back().autolink);
  }

  bool InShortcode(size_t offset) const {
    auto it = std::upper_bound(shortcodes_.begin(), shortcodes_.end(), offset,
                               [](size_t value, const Span& span) { return value < span.end; });
    return it != shortcodes_.end() && it->begin <= offset;
  }

  // Copies source bytes `span` but for the shortcodes in it.
  void CopyProse(Span span) {
    size_t at = span.begin;
    auto it = std::upper_bound(shortcodes_.begin(), shortcodes_.end(), at,
                               [](size_t value, const Span& code) { return value < code.end; });
    for (; it != shortcodes_.end() && it->begin < span.end; ++it) {
      if (it->begin > at) builder_->Copy(at, it->begin);
      at = std::max(at, it->end);
    }
    if (at < span.end) builder_->Copy(at, span.end);
  }

  // Records the HTML comments that open in raw HTML `span` (a comment may
  // run on past it, over later pieces).
  void RecordComments(Span span) {
    size_t at = std::max(span.begin, comments_end_);
    while (at < span.end) {
      size_t open = source_.find("<!--", at);
      if (open == std::string_view::npos || open >= span.end) return;
      size_t close = source_.find("-->", open + 4);
      if (close == std::string_view::npos) return;
      SourceComment comment;
      comment.source = {open, close + 3};
      comment.body = std::string(source_.substr(open + 4, close - open - 4));
      comment.own_line = html_blocks_ > 0 && AloneOnItsLines(comment.source);
      builder_->Comment(std::move(comment));
      at = comments_end_ = close + 3;
    }
  }

  bool AloneOnItsLines(Span span) const {
    for (size_t i = span.begin; i > 0 && source_[i - 1] != '\n'; --i) {
      if (!IsBlank(source_[i - 1])) return false;
    }
    for (size_t i = span.end; i < source_.size() && source_[i] != '\n'; ++i) {
      if (!IsBlank(source_[i]) && source_[i] != '\r') return false;
    }
    return true;
  }

  DocumentBuilder* builder_;
  std::string_view source_;
  std::vector<Span> shortcodes_;  // in order, not overlapping
  int code_blocks_ = 0;
  int html_blocks_ = 0;
  int images_ = 0;
  std::vector<Link> links_;  // the links the text is in, innermost last
  size_t last_end_ = 0;      // end of the last piece md4c took from the input
  size_t comments_end_ = 0;  // raw HTML before this is inside a recorded comment
  size_t max_depth_;
  size_t depth_ = 0;
  std::optional<size_t> too_deep_;
};

MarkdownWalker& Walker(void* userdata) { return *static_cast<MarkdownWalker*>(userdata); }

}  // namespace

LoadResult LoadMarkdown(std::string path, std::string bytes, const ReaderOptions& options) {
  LoadResult result;
  if (std::optional<InputProblem> binary = DetectBinary(bytes)) {
    result.error = InputError{std::move(path), std::move(binary->message), binary->offset};
    return result;
  }
  DocumentBuilder builder(std::move(path), std::move(bytes));
  std::string_view source = builder.original();
  // Front matter is never Markdown: the fields an editor writes (title, ...)
  // come first as blocks of their own; the body starts after the block.
  FrontMatterBlock front_matter = FindFrontMatter(source);
  std::vector<InputProblem> front_matter_problems;
  AddFrontMatterFields(source, front_matter, options.front_matter_fields, &builder,
                       &front_matter_problems);
  size_t body_begin = front_matter.kind != FrontMatterBlock::Kind::kNone ? front_matter.end
                      : source.starts_with(kBom)                         ? kBom.size()
                                                                         : 0;

  MarkdownWalker walker(&builder, FindShortcodes(source, body_begin),
                        options.limits.max_nesting_depth);
  MD_PARSER parser = {};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
  parser.enter_block = [](MD_BLOCKTYPE type, void*, void* userdata) {
    if (!Walker(userdata).Enter()) return 1;
    Walker(userdata).EnterBlock(type);
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* userdata) {
    Walker(userdata).Leave();
    Walker(userdata).LeaveBlock(type);
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void*, void* userdata) {
    if (!Walker(userdata).Enter()) return 1;
    Walker(userdata).EnterSpan(type);
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* userdata) {
    Walker(userdata).Leave();
    Walker(userdata).LeaveSpan(type);
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    Walker(userdata).Text(type, text, size);
    return 0;
  };
  // The body only: md4c never sees the front matter, and its pointers are
  // into `source`, so offsets are the file's.
  std::string_view body = source.substr(body_begin);
  int failed = md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &walker);
  if (std::optional<size_t> at = walker.too_deep()) {
    result.error = InputError{std::move(builder).Finish().path,
                              "Markdown nested deeper than " +
                                  LimitText("max_nesting_depth", options.limits.max_nesting_depth) +
                                  "; not read",
                              *at};
    return result;
  }
  Document& document = result.document.emplace(std::move(builder).Finish());
  document.problems.insert(document.problems.end(), front_matter_problems.begin(),
                           front_matter_problems.end());
  if (failed != 0) {
    document.problems.push_back({"the Markdown parser stopped early; the rest is not audited", 0});
  }
  return result;
}

}  // namespace qa
