#include "io/html_guard.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "core/text.h"

namespace qa {
namespace {

// Elements whose end tag a page may leave out and which never nest deeply.
bool EndTagOptional(std::string_view name) {
  static constexpr std::string_view kOptional[] = {
      "p",     "li",    "dt",    "dd",     "tr",       "td",       "th",
      "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "caption",
      "rb",    "rt",    "rtc",   "rp",     "html",     "head",     "body"};
  for (std::string_view optional : kOptional) {
    if (name.size() == optional.size() &&
        std::equal(name.begin(), name.end(), optional.begin(),
                   [](char a, char b) { return (a | 0x20) == b; })) {
      return true;
    }
  }
  return false;
}

bool IsVoid(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area",   "base",  "br",    "col",  "embed",
                                               "hr",     "img",   "input", "link", "meta",
                                               "source", "track", "wbr"};
  for (std::string_view element : kVoid) {
    if (name.size() == element.size() &&
        std::equal(name.begin(), name.end(), element.begin(),
                   [](char a, char b) { return (a | 0x20) == b; })) {
      return true;
    }
  }
  return false;
}

}  // namespace

HtmlDepth EstimatedHtmlDepth(std::string_view input, size_t limit) {
  HtmlDepth result;
  std::unordered_map<std::string, size_t> open;  // by lower-case name
  size_t depth = 0, deepest = 0;
  for (size_t i = input.find('<'); i != std::string_view::npos; i = input.find('<', i + 1)) {
    bool end_tag = i + 1 < input.size() && input[i + 1] == '/';
    size_t name_begin = i + (end_tag ? 2 : 1);
    size_t name_end = name_begin;
    while (name_end < input.size() && IsAsciiAlnum(input[name_end])) ++name_end;
    if (name_end == name_begin) continue;
    std::string_view name = input.substr(name_begin, name_end - name_begin);
    if (EndTagOptional(name) || IsVoid(name)) continue;
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    size_t& count = open[lower];
    if (end_tag) {
      // A stray end tag closes nothing (gumbo ignores it).
      if (count > 0) {
        --count;
        --depth;
      }
    } else {
      ++count;
      deepest = std::max(deepest, ++depth);
      if (depth > limit && result.over_at == 0) result.over_at = i;
    }
  }
  result.deepest = deepest;
  return result;
}

}  // namespace qa
