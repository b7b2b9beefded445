// Reads an html report back the way a browser would: gumbo implements the
// HTML5 parsing algorithm, so what these helpers see is the DOM a browser
// builds (a stray "<script>" in article text would show up as an element).
// For the tests of the html report only.
#pragma once

#include <gumbo.h>

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace qa::html_dom {

class Dom {
 public:
  explicit Dom(const std::string& html)
      : output_(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())) {}
  ~Dom() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  const GumboNode* root() const { return output_->root; }

 private:
  GumboOutput* output_;
};

// The value of attribute `name`, or nullptr when the element has none.
inline const char* Attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute != nullptr ? attribute->value : nullptr;
}

// The whitespace-separated words of an attribute ("q s0" -> {"q", "s0"}).
inline std::vector<std::string> Words(const char* value) {
  std::vector<std::string> words;
  if (value == nullptr) return words;
  std::string word;
  for (const char* c = value;; ++c) {
    if (*c == ' ' || *c == '\0') {
      if (!word.empty()) words.push_back(word);
      word.clear();
      if (*c == '\0') break;
    } else {
      word += *c;
    }
  }
  return words;
}

inline bool HasClass(const GumboNode* node, std::string_view name) {
  for (const std::string& word : Words(Attribute(node, "class"))) {
    if (word == name) return true;
  }
  return false;
}

inline std::string_view Tag(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  return gumbo_normalized_tagname(node->v.element.tag);
}

// Visits `node` and every element below it, in document order.
inline void ForEachElement(const GumboNode* node,
                           const std::function<void(const GumboNode*)>& visit) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  visit(node);
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    ForEachElement(static_cast<const GumboNode*>(children.data[i]), visit);
  }
}

// Elements below `node` (itself included) that have class `name`.
inline std::vector<const GumboNode*> WithClass(const GumboNode* node, std::string_view name) {
  std::vector<const GumboNode*> found;
  ForEachElement(node, [&](const GumboNode* element) {
    if (HasClass(element, name)) found.push_back(element);
  });
  return found;
}

// Elements below `node` with tag `tag` ("script", "img").
inline std::vector<const GumboNode*> WithTag(const GumboNode* node, std::string_view tag) {
  std::vector<const GumboNode*> found;
  ForEachElement(node, [&](const GumboNode* element) {
    if (Tag(element) == tag) found.push_back(element);
  });
  return found;
}

// The text below `node`, as the DOM holds it (references decoded).
inline std::string Text(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    return node->v.text.text;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  std::string text;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    text += Text(static_cast<const GumboNode*>(children.data[i]));
  }
  return text;
}

// Every distinct word of attribute `name` on the elements below `node`:
// the distinct quotes ("data-quote") or findings ("data-finding") marked.
inline std::set<std::string> DistinctWords(const GumboNode* node, const char* name) {
  std::set<std::string> words;
  ForEachElement(node, [&](const GumboNode* element) {
    for (std::string& word : Words(Attribute(element, name))) words.insert(std::move(word));
  });
  return words;
}

// The text of the elements below `node` whose attribute `name` holds
// `word`, joined in document order: what a quote or finding marks.
inline std::string MarkedText(const GumboNode* node, const char* name, std::string_view word) {
  std::string text;
  ForEachElement(node, [&](const GumboNode* element) {
    for (const std::string& value : Words(Attribute(element, name))) {
      if (value == word) text += Text(element);
    }
  });
  return text;
}

}  // namespace qa::html_dom
