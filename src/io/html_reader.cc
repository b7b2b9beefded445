// The HTML reader: gumbo parses the page as a browser would (HTML5), and the
// walk below copies only the story's prose into the analysis text through
// DocumentBuilder, so every span maps back to the exact source bytes.
//
// What is read: the story scope (every outermost <article>, in page order;
// else <main>; else <body> without nav, header, footer and aside). Block
// elements (p, h1-h6, li, td, figcaption, a div with text...) each end a
// paragraph; inline elements (em, a, span, q...) do not break words. Never
// read: <head>, script, style, pre, code, template, noscript, svg, math,
// iframe, form controls, attribute values. Comments are recorded in
// Document::comments (for inline directives) wherever they are.
#include "io/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/document_builder.h"
#include "io/html_entities.h"
#include "io/html_guard.h"
#include "io/html_roles.h"
#include "io/text_cleaner.h"

namespace qa {
namespace {

// A character reference as browsers read it: a numeric one may lack its
// semicolon ("&#8220"). nullopt for a name io/html_entities does not know.
std::optional<std::string> DecodeReference(std::string_view reference) {
  if (reference.size() > 2 && reference[1] == '#' && reference.back() != ';') {
    return DecodeEntity(std::string(reference) + ";");
  }
  return DecodeEntity(reference);
}

// --- The walk ---------------------------------------------------------------

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector* ChildrenOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (IsElement(node)) return &node->v.element.children;
  return nullptr;
}

// The outermost elements with `tag` in page order, not looking inside
// furniture (a "related stories" <aside> full of <article> teasers) or
// elements that are never read.
std::vector<const GumboNode*> FindOutermost(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> found;
  std::vector<const GumboNode*> pending = {root};
  while (!pending.empty()) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (IsElement(node)) {
      GumboTag node_tag = node->v.element.tag;
      if (node_tag == tag) {
        found.push_back(node);
        continue;
      }
      if (IsFurniture(node_tag) || RoleOf(node_tag) == Role::kSkip) continue;
    }
    const GumboVector* children = ChildrenOf(node);
    if (children == nullptr) continue;
    for (unsigned i = children->length; i-- > 0;) {
      pending.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  return found;
}

const GumboNode* FindBody(const GumboNode* root) {
  std::vector<const GumboNode*> bodies = FindOutermost(root, GUMBO_TAG_BODY);
  return bodies.empty() ? nullptr : bodies.front();
}

class HtmlWalker {
 public:
  HtmlWalker(std::string_view input, DocumentBuilder* builder) : input_(input), builder_(builder) {}

  // Walks the whole tree in document order; prose is read only inside
  // `scope` (and, when `drop_furniture`, not inside nav/header/footer/aside).
  void Walk(const GumboNode* root, std::vector<const GumboNode*> scope, bool drop_furniture) {
    std::sort(scope.begin(), scope.end());
    struct Step {
      const GumboNode* node;
      bool exit;  // leaving an element entered earlier
    };
    std::vector<Step> pending = {{root, false}};
    int in_scope = 0;  // scope roots currently open
    int skipped = 0;   // elements whose content is never read, currently open
    while (!pending.empty()) {
      Step step = pending.back();
      pending.pop_back();
      const GumboNode* node = step.node;
      bool is_scope = std::binary_search(scope.begin(), scope.end(), node);
      if (step.exit) {
        Role role = RoleOf(node->v.element.tag);
        if (in_scope > 0 && skipped == 0 && role == Role::kBlock) builder_->EndBlock();
        if (IsSkipped(node, drop_furniture)) --skipped;
        if (is_scope) {
          builder_->EndBlock();
          --in_scope;
        }
        continue;
      }
      switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
          if (in_scope > 0 && skipped == 0) Text(node->v.text);
          continue;
        case GUMBO_NODE_COMMENT:
          Comment(node->v.text);
          continue;
        case GUMBO_NODE_CDATA:  // only in svg/math content, which is never read
          continue;
        case GUMBO_NODE_DOCUMENT:
          break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
          bool reading = in_scope > 0 && skipped == 0;
          Role role = RoleOf(node->v.element.tag);
          if (is_scope) {
            builder_->EndBlock();
            ++in_scope;
          }
          bool skip = IsSkipped(node, drop_furniture);
          if (reading && skip) {
            // Left out, but still a word break: "the<code>x</code>rest".
            Span tag = ElementSpan(node->v.element);
            builder_->Space(tag.begin, tag.end);
          } else if (reading && role == Role::kLineBreak) {
            Span tag = PieceSpan(node->v.element.original_tag);
            builder_->Space(tag.begin, tag.end);
          } else if (reading && role == Role::kBlock) {
            builder_->EndBlock();
          }
          if (skip) ++skipped;
          pending.push_back({node, true});
          break;
        }
      }
      const GumboVector* children = ChildrenOf(node);
      if (children == nullptr) continue;
      for (unsigned i = children->length; i-- > 0;) {
        pending.push_back({static_cast<const GumboNode*>(children->data[i]), false});
      }
    }
  }

 private:
  static bool IsSkipped(const GumboNode* node, bool drop_furniture) {
    if (node->type == GUMBO_NODE_TEMPLATE) return true;
    if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
    GumboTag tag = node->v.element.tag;
    return RoleOf(tag) == Role::kSkip || (drop_furniture && IsFurniture(tag));
  }

  // Where a piece of the input gumbo points at starts and ends, clamped to
  // the input (an empty span for a piece gumbo made up).
  Span PieceSpan(const GumboStringPiece& piece) const {
    if (piece.data == nullptr || piece.data < input_.data() ||
        piece.data > input_.data() + input_.size()) {
      return {0, 0};
    }
    size_t begin = static_cast<size_t>(piece.data - input_.data());
    size_t end = std::min(input_.size(), begin + piece.length);
    return {begin, end};
  }

  // From the start tag to the end of the end tag (or of the start tag when
  // the end tag is implied).
  Span ElementSpan(const GumboElement& element) const {
    Span start = PieceSpan(element.original_tag);
    Span end = PieceSpan(element.original_end_tag);
    if (start.size() == 0) return end;
    if (end.size() == 0 || end.end < start.begin) return start;
    return {start.begin, end.end};
  }

  // Copies one text node: plain runs verbatim, character references as
  // decoded units, each mapped to its exact source bytes. Gumbo's decoded
  // `text` is walked alongside the source (`at`) so that gumbo's reading of
  // a reference wins where the two can be lined up ("&notit;", "&copy 2").
  void Text(const GumboText& node) {
    Span source = PieceSpan(node.original_text);
    std::string_view decoded = node.text != nullptr ? std::string_view(node.text) : "";
    size_t at = 0;
    bool aligned = true;
    size_t run = source.begin;  // start of the plain run not yet copied
    size_t i = source.begin;
    const size_t end = source.end;
    while (i < end) {
      char c = input_[i];
      if (c == '&') {
        size_t length = EntityLength(input_.substr(i, end - i));
        if (length > 0) {
          builder_->Copy(run, i);
          std::string_view reference = input_.substr(i, length);
          std::optional<std::string> mine = DecodeReference(reference);
          std::optional<std::string> meaning;
          if (aligned) meaning = GumboMeaning(decoded, at, mine, i + length, end);
          if (!meaning) {
            aligned = false;
            meaning = mine;
          }
          if (aligned) at += meaning->size();
          i += length;
          if (!meaning || *meaning == reference) {
            run = i - length;  // not a reference after all: plain text
          } else {
            builder_->Decoded(*meaning, i - length, i);
            run = i;
          }
          continue;
        }
      }
      if (c == '<' && (!aligned || at >= decoded.size() || decoded[at] != '<')) {
        // Markup gumbo dropped without ending the text node (a stray end
        // tag): not prose.
        size_t markup_end = MarkupEnd(i, end);
        if (markup_end > i) {
          builder_->Copy(run, i);
          i = markup_end;
          run = i;
          continue;
        }
      }
      if (aligned) {
        if (c == '\r') {
          // Gumbo reads CR LF and a lone CR as one LF.
          if (!(i + 1 < end && input_[i + 1] == '\n')) ++at;
        } else if (at < decoded.size() && decoded[at] == c) {
          ++at;
        } else {
          aligned = false;
        }
      }
      ++i;
    }
    builder_->Copy(run, end);
  }

  // What gumbo decoded the reference ending at `after` to, from its decoded
  // text at `at`: the bytes up to where the source's next plain text
  // resumes. nullopt when that cannot be told.
  std::optional<std::string> GumboMeaning(std::string_view decoded, size_t at,
                                          const std::optional<std::string>& mine, size_t after,
                                          size_t end) const {
    if (at > decoded.size()) return std::nullopt;
    size_t anchor_end = after;
    while (anchor_end < end && anchor_end - after < 32 && input_[anchor_end] != '&' &&
           input_[anchor_end] != '<' && input_[anchor_end] != '\r') {
      ++anchor_end;
    }
    std::string_view anchor = input_.substr(after, anchor_end - after);
    if (anchor.empty()) {
      if (after == end) return std::string(decoded.substr(at));
      // Another reference or markup follows: trust our own reading if gumbo
      // has the same bytes here.
      if (mine && decoded.compare(at, mine->size(), *mine) == 0) return mine;
      return std::nullopt;
    }
    if (mine && decoded.compare(at, mine->size() + anchor.size(), *mine + std::string(anchor)) == 0)
      return mine;
    size_t found = decoded.find(anchor, at);
    if (found == std::string_view::npos) return std::nullopt;
    return std::string(decoded.substr(at, found - at));
  }

  // The end of the tag or comment starting at `i` ("</b>", "<!-- x -->"), or
  // `i` when the '<' starts none.
  size_t MarkupEnd(size_t i, size_t end) const {
    if (i + 1 >= end) return i;
    char next = input_[i + 1];
    bool letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
    if (!letter && next != '/' && next != '!' && next != '?') return i;
    std::string_view rest = input_.substr(i, end - i);
    size_t close = rest.starts_with("<!--") ? rest.find("-->", 4) : rest.find('>');
    if (close == std::string_view::npos) return end;
    return i + close + (rest.starts_with("<!--") ? 3 : 1);
  }

  void Comment(const GumboText& node) {
    Span source = PieceSpan(node.original_text);
    if (source.size() == 0) return;
    SourceComment comment;
    comment.source = source;
    comment.body = node.text != nullptr ? node.text : "";
    comment.own_line = OnlySpaceAround(source);
    builder_->Comment(std::move(comment));
  }

  // Nothing but spaces and tabs between the comment and the line breaks (or
  // file ends) before and after it.
  bool OnlySpaceAround(Span span) const {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    for (size_t i = span.begin; i > 0 && input_[i - 1] != '\n'; --i) {
      if (!blank(input_[i - 1])) return false;
    }
    for (size_t i = span.end; i < input_.size() && input_[i] != '\n'; ++i) {
      if (!blank(input_[i])) return false;
    }
    return true;
  }

  std::string_view input_;
  DocumentBuilder* builder_;
};

}  // namespace

LoadResult LoadHtml(std::string path, std::string bytes, const ReaderOptions& reader_options) {
  LoadResult result;
  if (std::optional<InputProblem> binary = DetectBinary(bytes)) {
    result.error = InputError{std::move(path), std::move(binary->message), binary->offset};
    return result;
  }
  size_t max_depth = reader_options.limits.max_nesting_depth;
  if (HtmlDepth depth = EstimatedHtmlDepth(bytes, max_depth); depth.deepest > max_depth) {
    result.error = InputError{std::move(path),
                              "HTML nested about " + std::to_string(depth.deepest) +
                                  " elements deep, deeper than " +
                                  LimitText("max_nesting_depth", max_depth) + "; not read",
                              depth.over_at};
    return result;
  }
  DocumentBuilder builder(std::move(path), std::move(bytes));
  std::string_view input = builder.original();  // stable: the builder owns the bytes
  GumboMemory memory;
  // Parse errors are not reported (a browser shows such pages anyway), and
  // recording them copies the stack of open elements each time: quadratic
  // on deeply nested pages.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.allocator = &GumboMemory::Allocate;
  options.deallocator = &GumboMemory::Deallocate;
  options.userdata = &memory;
  GumboOutput* output = gumbo_parse_with_options(&options, input.data(), input.size());
  if (output != nullptr && output->document != nullptr) {
    const GumboNode* root = output->document;
    std::vector<const GumboNode*> scope = FindOutermost(root, GUMBO_TAG_ARTICLE);
    bool drop_furniture = false;
    if (scope.empty()) scope = FindOutermost(root, GUMBO_TAG_MAIN);
    if (scope.empty()) {
      if (const GumboNode* body = FindBody(root)) scope.push_back(body);
      drop_furniture = true;
    }
    HtmlWalker walker(input, &builder);
    walker.Walk(root, scope, drop_furniture);
  }
  // `memory` frees the tree (no gumbo_destroy_output: see GumboMemory).
  Document& document = result.document.emplace(std::move(builder).Finish());
  // Comments are met in tree order; a comment after </body> can land
  // earlier in the tree than in the file.
  std::stable_sort(document.comments.begin(), document.comments.end(),
                   [](const SourceComment& a, const SourceComment& b) {
                     return a.source.begin < b.source.begin;
                   });
  return result;
}

}  // namespace qa
