// Text for the XML formats (checkstyle, junit): escaped so that any bytes an
// article or a path holds still give a well-formed XML 1.0 document.
#pragma once

#include <string>
#include <string_view>

namespace qa {

// `text` as XML character data: & < > escaped, CR written as &#13; (so a
// parser does not turn CR LF into LF), and every character XML 1.0 does not
// allow (control bytes other than tab and line feed, U+FFFE, U+FFFF) and
// each run of invalid UTF-8 replaced by U+FFFD.
std::string XmlText(std::string_view text);

// The same for an attribute value in double quotes: " is escaped too, and
// tab, line feed and CR are written as character references, which
// attribute-value normalisation would otherwise turn into spaces.
std::string XmlAttribute(std::string_view text);

}  // namespace qa
