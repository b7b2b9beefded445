// The literal text every match of a pattern must contain, read from the
// pattern's source without compiling it. A Pattern checks it before handing
// a text to RE2: when a window holds no ':' or no dash, the patterns that
// need one are neither compiled nor run. Compiling the big patterns is most
// of the cost of auditing one article, and most windows lack their literals.
//
// RE2 extracts such literals itself only from a compiled pattern
// (FilteredRE2), which is the cost this avoids. Anything this reader does
// not understand makes it require nothing, so a pattern is never skipped
// where it could match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qa {

// One literal a match may contain. `fold`: compared as RE2 compares a
// case-insensitive ASCII letter (its case and, for k and s, the Kelvin sign
// and the long s).
struct RequiredLiteral {
  std::string text;
  bool fold = false;
  bool operator==(const RequiredLiteral&) const = default;
};

class RequiredText {
 public:
  RequiredText() = default;  // requires nothing
  // What every match of `pattern` contains; `case_sensitive` is RE2's option.
  static RequiredText Of(std::string_view pattern, bool case_sensitive);

  // False only when no match of the pattern can lie inside `text`. With
  // `quick`, only the clauses a plain byte search answers are checked (no
  // case folding): once RE2 has the pattern compiled, its own scan is about
  // as cheap as a folded search for a dozen words.
  bool MayMatch(std::string_view text, bool quick = false) const;

  // Each clause: a match contains at least one of its literals.
  const std::vector<std::vector<RequiredLiteral>>& clauses() const { return clauses_; }
  // Whether nothing at all matches the pattern: a lexicon narrowed to no
  // phrase (an empty class) where the pattern needs one. Such a pattern is
  // never compiled.
  bool never() const { return never_; }

 private:
  std::vector<std::vector<RequiredLiteral>> clauses_;
  bool never_ = false;
};

}  // namespace qa
