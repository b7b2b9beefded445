// The two characters outside ASCII that RE2's case-insensitive matching
// joins to ASCII letters: U+017F LATIN SMALL LETTER LONG S (with s) and
// U+212A KELVIN SIGN (with k). Every shortcut that reads literals or words
// before RE2 does (required literals, letter runs, the lexicon gate) must
// treat them as RE2 does, or it would rule out a text RE2 matches.
#pragma once

#include <cstddef>
#include <string_view>

namespace qa {

inline constexpr std::string_view kLongS = "\xC5\xBF";
inline constexpr std::string_view kKelvinSign = "\xE2\x84\xAA";

// The ASCII letter ('s' or 'k') the character at text[at] folds with, and
// its length in bytes in *width; 0 when it is neither of the two.
inline char AsciiFoldAt(std::string_view text, size_t at, size_t* width) {
  const std::string_view rest = text.substr(at);
  if (rest.starts_with(kLongS)) {
    *width = kLongS.size();
    return 's';
  }
  if (rest.starts_with(kKelvinSign)) {
    *width = kKelvinSign.size();
    return 'k';
  }
  return 0;
}

}  // namespace qa
