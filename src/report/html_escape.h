// HTML escaping for the html report. Everything the report prints from an
// article or a message goes through here, so no byte of input can become
// markup: the result is safe both as element text and inside a
// double-quoted attribute value.
#pragma once

#include <string>
#include <string_view>

namespace qa {

// Appends `bytes` to `out` with & < > " ' written as character references,
// each byte that is not valid UTF-8 written as U+FFFD (one per byte, so a
// column count still matches the text), and control characters other than
// tab, line feed and carriage return written as their visible Control
// Pictures (U+2400 + c; DEL as U+2421). A sequence that runs past the end
// of `bytes` counts as invalid, so cut a long text at code point starts.
void AppendHtmlEscaped(std::string_view bytes, std::string* out);

// The same, returned as a new string: for short texts (messages, names).
std::string HtmlEscaped(std::string_view bytes);

// For an attribute value (a hover text): as HtmlEscaped(), with tab, line
// feed and carriage return also written as references, so each attribute
// stays on one line of the page and keeps its line breaks.
std::string HtmlAttributeEscaped(std::string_view bytes);

}  // namespace qa
