#include "report/xml_escape.h"

#include "core/utf8.h"

namespace qa {
namespace {

constexpr std::string_view kReplacement = "\uFFFD";

// Characters XML 1.0 allows: tab, line feed, CR, U+0020..U+D7FF,
// U+E000..U+FFFD and above U+FFFF (surrogates never decode).
bool AllowedInXml(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c != 0xFFFE && c != 0xFFFF;
}

std::string Escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = ValidUtf8Length(text, i);
    if (length == 0) {
      out += kReplacement;
      for (++i; i < text.size() && ValidUtf8Length(text, i) == 0;) ++i;
      continue;
    }
    char32_t c = DecodeValidUtf8(text, i, length);
    if (!AllowedInXml(c)) {
      out += kReplacement;
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '\r') {
      out += "&#13;";
    } else if (attribute && c == '"') {
      out += "&quot;";
    } else if (attribute && c == '\n') {
      out += "&#10;";
    } else if (attribute && c == '\t') {
      out += "&#9;";
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace

std::string XmlText(std::string_view text) { return Escape(text, /*attribute=*/false); }

std::string XmlAttribute(std::string_view text) { return Escape(text, /*attribute=*/true); }

}  // namespace qa
