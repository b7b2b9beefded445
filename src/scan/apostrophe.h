// Tells apostrophes from single quote marks. The straight ' and the curly ’
// are both the commonest apostrophe and a quote mark, and autocorrect turns
// the apostrophe of '90s or 'Tis into an opening ‘. These heuristics look only
// at the characters around a mark; what quotes are open is the finder's part.
#pragma once

#include <string_view>
#include <vector>

#include "scan/quote_marks.h"
#include "scan/word_sets.h"

namespace qa {

// One flag per mark: true for an apostrophe-like mark that is an apostrophe
// whatever quotes are open around it:
//   - a letter or digit on both sides: it's, don't, O'Brien, shouldn‘t;
//   - opening position before two digits: '90s, ’05;
//   - opening position before a known elision: 'Tis, 'twas, 'em, 'cause,
//     and both marks of rock 'n' roll.
// Linear in the number of marks; reads at most a few bytes after each mark.
std::vector<bool> FindApostrophes(std::string_view text, const std::vector<QuoteMark>& marks,
                                  const PhraseSet& elisions);

// A single mark that plainly ends a quote: in closing position right after
// , . ! ? ; : or right before punctuation or the end of the paragraph.
bool IsFirmSingleCloser(const QuoteMark& mark);

// A closing-position single mark that ends a word and is followed by a space
// and a lower-case word: after "s" a plural possessive ("the farmers'
// market"), after "in" a dropped g ("singin' in the rain"). It is an
// apostrophe unless no firmer closing mark follows in the paragraph before
// another single quote opens ('community hubs' by May. 'We ...,' said X).
bool MayBeWordFinalApostrophe(std::string_view text, const QuoteMark& mark);

// A straight or curly double mark that is an inch sign in a height such as
// 5'11": a digit, a foot mark, one or two digits, then the mark.
bool IsInchMarkInHeight(std::string_view text, const QuoteMark& mark);

}  // namespace qa
