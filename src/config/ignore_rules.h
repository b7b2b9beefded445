// Ignore patterns in gitignore syntax (.quoteauditignore files and a
// config's "ignore" list). Each line becomes one RE2 pattern, compiled when
// the file is parsed, never per path.
//
// Supported, as in git: blank lines and '#' comments; '!' to re-include;
// a trailing '/' for directories only; a '/' at the start or in the middle
// anchors the pattern to the file's directory, otherwise it matches at any
// depth; '*' and '?' (never across '/'); '**/' (any leading directories),
// '/**' (everything inside) and '/**/' (zero or more directories); character
// classes [abc], [a-z], [!abc], [^abc], [[:digit:]]; '\' escapes the next
// character; trailing spaces are dropped unless escaped.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace qa {

class Pattern;
class PatternSet;

enum class IgnoreMatch {
  kNone,     // no pattern matches: the caller decides (usually: keep)
  kIgnore,   // the last matching pattern ignores the path
  kInclude,  // the last matching pattern is a '!' pattern
};

// One gitignore pattern translated to an anchored RE2 over '/'-separated
// paths relative to the ignore file's directory.
struct IgnorePatternSpec {
  std::string text;  // the line as written, trimmed of trailing spaces
  std::string regex;
  bool negated = false;         // "!pattern"
  bool directory_only = false;  // "pattern/"
  bool anchored = false;        // has a '/' before its last character
};

// Parses one line; false for blank lines and comments.
bool ParseIgnoreLine(std::string_view line, IgnorePatternSpec* spec);

// RE2 for a glob body (no '!' or trailing '/'), matching whole paths.
std::string GlobToRegex(std::string_view glob, bool anchored);

class IgnoreRules {
 public:
  // Parses gitignore-style `lines`. `source` names them in errors ("a/.quoteauditignore");
  // `pointer`, when not empty, is the JSON pointer of the list they came from (a
  // config's "/ignore"), so an error names "/ignore/2" rather than a line.
  // With `ignore_case`, patterns match whatever the case (the default skip list).
  static std::shared_ptr<const IgnoreRules> Parse(const std::vector<std::string>& lines,
                                                  const std::string& source,
                                                  const std::string& pointer,
                                                  std::vector<RuleError>* errors,
                                                  bool ignore_case = false);
  // Splits file text into lines (LF or CRLF) and parses them.
  static std::shared_ptr<const IgnoreRules> ParseText(std::string_view text,
                                                      const std::string& source,
                                                      std::vector<RuleError>* errors);
  ~IgnoreRules();

  // The verdict for `relative_path` ('/'-separated, relative to the rules'
  // directory, no leading "./"). The last matching pattern wins.
  IgnoreMatch Match(std::string_view relative_path, bool is_directory) const;
  // For a path outside the rules' directory: only unanchored patterns
  // ("*.draft.txt", "notes/") can match, against the path's last component.
  IgnoreMatch MatchName(std::string_view name, bool is_directory) const;

  // The patterns as written, in order.
  std::vector<std::string> patterns() const;
  bool empty() const { return rules_.empty(); }

 private:
  struct Rule {
    IgnorePatternSpec spec;
    std::unique_ptr<Pattern> pattern;
  };
  IgnoreRules() = default;
  IgnoreMatch MatchRules(std::string_view path, bool is_directory, bool anchored_too) const;

  std::vector<Rule> rules_;
  // Every rule's pattern at once (null for fewer than two, or when the set
  // does not compile): a walk asks about every path.
  std::unique_ptr<PatternSet> set_;
};

}  // namespace qa
