// Pattern source read as RE2 reads it, where quoteaudit reads a pattern
// without compiling it (a group's index, a leading run): where an escape or
// a character class that starts at an offset ends.
#pragma once

#include <cstddef>
#include <string_view>

namespace qa {

// The offset of the last byte of the escape at pattern[i] (a '\'): \Q...\E
// quotes everything up to \E; any other escape is two bytes.
size_t EscapeEnd(std::string_view pattern, size_t i);

// The offset of the ']' that closes the class opening at pattern[i] (a '['),
// or pattern.size() when none does: a ']' first (after an optional '^') is a
// member, and escapes and [:name:] inside are skipped.
size_t ClassEnd(std::string_view pattern, size_t i);

// The offset of the last byte of what starts at pattern[i] and reads as one
// piece: an escape (EscapeEnd), a class (ClassEnd), else the byte itself.
// A walk from piece to piece meets every parenthesis and `|` that has its
// syntactic meaning, and no other.
size_t PieceEnd(std::string_view pattern, size_t i);

// Whether every match of `pattern` starts where RE2's \b holds (an ASCII
// word character on one side only): each of its alternatives opens with a
// \b, or with a group each alternative of which does, and no quantifier
// follows either ("\bsaid|(?P<p>\bwas|\bis)"). False when unsure.
bool OpensAtWordBoundary(std::string_view pattern);

}  // namespace qa
