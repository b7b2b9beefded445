// A pattern's Unicode property classes narrowed to one document's
// characters, as its lexicons are narrowed to the document's letter runs
// (match/pattern_focus.h).
//
// RE2 compiles \p{L} into some 3,000 instructions of UTF-8 automaton, for
// every pattern that holds it: a speaker pattern with four such classes took
// longer to compile than a whole article takes to audit. A news article uses
// a few dozen characters outside ASCII, so each class is rewritten as the
// characters of ASCII and of the document that it matches, which compiles
// into a handful of instructions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

// `source` with each property class the built-in rules use (\p{L},
// \p{Lu}, \p{Ll}, \p{N}; in or out of brackets) replaced by the characters
// it matches, as RE2 reads it where it stands (with or without case
// folding), among ASCII and `characters` (sorted, each once). On any text
// whose characters are all ASCII or in `characters`, the result matches
// exactly where `source` does, with the same groups. nullopt when `source`
// has no such class, holds another class or a complement (\P{L}, or \p{L}
// inside [^...]), syntax this rewriter does not follow, or when there are
// more than a few hundred characters (a text in another script), whose
// lists would cost more than the classes.
std::optional<std::string> NarrowUnicodeClasses(std::string_view source, bool case_sensitive,
                                                const std::vector<char32_t>& characters);

// The characters outside ASCII that most news copy in Latin script is
// written in: Latin-1 and Latin Extended-A and -B (U+00A0 to U+024F), the
// dashes, quotation marks and other punctuation of U+2010 to U+203A, the
// euro sign and the trade mark sign; sorted. A batch of many documents
// narrows its patterns' classes to these, as one document narrows them to
// its own, and searches the texts that hold no other character with them.
const std::vector<char32_t>& CommonCharacters();

// Whether every valid UTF-8 character of `text` outside ASCII is one of
// CommonCharacters or one that none of the classes narrowed matches, with or
// without case folding (combining marks, controls, zero-width spaces,
// symbols and emoji): a class narrowed to CommonCharacters answers there as
// in full. Bytes that are not valid UTF-8 are passed over, as
// LetterRuns::Covers passes them over.
bool HoldsOnlyCommonCharacters(std::string_view text);

}  // namespace qa
