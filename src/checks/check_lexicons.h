// The lexicons one check may read: those first defined in its own rule file
// (rules/<id>.json, or any file whose "rule" has the check's id) and those
// marked "shared": true. Checks read lexicons only through this, both as
// word lists and as {lexicon-name} placeholders in their patterns, so a check
// cannot come to depend on another check's (or the scanner's) word list by
// accident: reading one that is neither its own nor shared is an error when
// the check is built, naming the lexicon's file and key.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/pattern.h"
#include "rules/rule_set.h"

namespace qa {

class CheckLexicons {
 public:
  // Errors are appended to *errors.
  CheckLexicons(const RuleInfo& rule, const RuleSet& rules, std::vector<RuleError>* errors);

  // The lexicon, or nullptr (with an error recorded) when there is none or
  // this check may not read it. `key` is the JSON pointer blamed when there
  // is none (default: "/rule"); a lexicon it may not read is blamed on the
  // lexicon's own file, where "shared" would go.
  const Lexicon* Find(const std::string& name, const std::string& key = "/rule");
  // Its entries; empty when Find fails.
  const std::vector<std::string>& Words(const std::string& name);

  // Compiles an RE2 template with {lexicon-name} placeholders (expanded by
  // rules/pattern_expander.h: literal entries, longest first, a space
  // matching any whitespace run), case-insensitively; templates use
  // (?-i:...) where case matters. nullptr, with an error naming the rule's
  // file, when a placeholder names a lexicon the check may not read or the
  // pattern does not compile. With RuleSet::built_in_words_only() the
  // pattern compiles when first used (Pattern::Deferred).
  std::unique_ptr<Pattern> Compile(std::string_view pattern_template);

  // Whether no error was recorded through this object.
  bool ok() const { return error_count_ == 0; }

 private:
  bool MayRead(const Lexicon& lexicon) const;
  void Add(RuleError error);

  const RuleInfo& rule_;
  const RuleSet& rules_;
  std::vector<RuleError>* errors_;
  size_t error_count_ = 0;
};

}  // namespace qa
