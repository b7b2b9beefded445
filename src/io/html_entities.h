// HTML character references ("&eacute;", "&#8220;", "&#x201C;") decoded to
// UTF-8, for the Markdown and HTML readers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qa {

// `reference` is one whole reference, "&name;" or "&#...;". Numeric
// references decode as HTML does (0, surrogates and values above U+10FFFF
// give U+FFFD; 128-159 are read as Windows-1252, so "&#147;" is a curly
// quote). Named references decode from a small table of what news copy uses
// (quotes, dashes, spaces, markup characters, accented letters); nullopt for
// any other name or for text that is not a reference.
std::optional<std::string> DecodeEntity(std::string_view reference);

// The length of the character reference at the start of `s` ("&eacute;",
// "&#8220;", "&#x201C;", or one without its semicolon, "&copy"); 0 when `s`
// does not start with one (a lone "&").
size_t EntityLength(std::string_view s);

}  // namespace qa
