#include "report/html_escape.h"

#include "core/utf8.h"

namespace qa {
namespace {

constexpr std::string_view kReplacement = "\uFFFD";

// The Control Picture for control byte `c` (U+2400..U+241F, U+2421 for DEL).
void AppendControlPicture(unsigned char c, std::string* out) {
  char32_t picture = c == 0x7F ? 0x2421 : 0x2400 + c;
  out->append(EncodeUtf8(picture));
}

}  // namespace

void AppendHtmlEscaped(std::string_view bytes, std::string* out) {
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    std::string_view reference;
    size_t length = 1;
    bool control = false;
    switch (c) {
      case '&':
        reference = "&amp;";
        break;
      case '<':
        reference = "&lt;";
        break;
      case '>':
        reference = "&gt;";
        break;
      case '"':
        reference = "&quot;";
        break;
      case '\'':
        reference = "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          control = true;
        } else if (c >= 0x80) {
          length = ValidUtf8Length(bytes, i);
          if (length == 0) reference = kReplacement;
        }
    }
    if (reference.empty() && !control) {
      i += length;
      continue;
    }
    out->append(bytes.substr(plain, i - plain));
    if (control) {
      AppendControlPicture(c, out);
    } else {
      out->append(reference);
    }
    i += 1;
    plain = i;
  }
  out->append(bytes.substr(plain));
}

std::string HtmlEscaped(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  AppendHtmlEscaped(bytes, &out);
  return out;
}

std::string HtmlAttributeEscaped(std::string_view bytes) {
  std::string text = HtmlEscaped(bytes);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace qa
