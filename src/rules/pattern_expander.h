// Turns a rule pattern with {lexicon-name} placeholders into plain RE2
// syntax. Stages that compile rule patterns (the attributor, checks) call this
// once at start-up; the loader calls it too, to report bad patterns early.
//
// Placeholder syntax:
//   {name}   name matches [a-z][a-z0-9-]*: a non-capturing alternation of
//            the lexicon's entries, longest first, each matched literally
//            except that a space matches any run of whitespace (articles wrap
//            lines) and an apostrophe matches both ' and ’.
//   {{  }}   a literal { or }.
//   {2,3}    anything else in braces is left alone, so RE2 counted repeats
//            keep working; so is a brace escaped with a backslash.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/cue_tail.h"
#include "match/pattern.h"
#include "rules/rule_set.h"

namespace qa {

struct ExpandedPattern {
  std::string regex;                          // RE2 syntax; meaningful when ok()
  std::vector<std::string> unknown_lexicons;  // placeholders naming no lexicon, in order
  std::vector<std::string> lexicons_used;     // known placeholders, in order, no repeats
  // The regex cut at each known placeholder, and the lexicon in each cut:
  // regex is parts[0], slots[0]'s alternation, parts[1], ... (ok() only).
  std::vector<std::string> parts;
  std::vector<const Lexicon*> slots;

  bool ok() const { return unknown_lexicons.empty(); }
  // "unknown lexicon {vage-sources} (did you mean {vague-sources}?)"; empty when ok().
  std::string Error(const RuleSet& rules) const;
};

ExpandedPattern ExpandPlaceholders(std::string_view pattern, const RuleSet& rules);
// The same without building `regex` (parts and slots only): for a pattern
// whose source is built when first needed (DeferredRulePattern).
ExpandedPattern SplitPlaceholders(std::string_view pattern, const RuleSet& rules);

// Whether every lexicon `split` names holds its built-in words
// (RuleSet::IsBuiltInLexicon): with a built-in template, known to compile.
bool OverBuiltInWords(const ExpandedPattern& split, const RuleSet& rules);

// RE2 for one lexicon entry: literal text, whitespace runs and apostrophes
// relaxed as described above.
std::string PhraseRegex(std::string_view phrase);

// A non-capturing group matching any of `phrases`, longest first so that
// "told reporters" wins over "told". An empty list gives a group that never
// matches (a lexicon emptied by a user's "remove" disables the pattern
// rather than matching everywhere).
std::string AlternationRegex(const std::vector<std::string>& phrases);

// The phrases AlternationRegex writes, each as its atoms (a character, a
// whitespace run or an apostrophe, in RE2 syntax), in the order RE2 tries
// them, repeats dropped.
std::vector<std::vector<std::string>> AlternationOrder(const std::vector<std::string>& phrases);

// The same phrases as a CueTail reads them (match/cue_tail.h), or nullopt
// when one holds a character beyond ASCII other than an apostrophe (RE2's
// case folding would need reading there).
std::optional<std::vector<CuePhrase>> CuePhrases(const std::vector<std::string>& phrases);

// Whether the placeholder `slot` of `split` stands between word boundaries
// as written: "\b", group openers, the placeholder, as many ")" and "\b"
// (\b(?P<cue>(?i:{speech-verbs}))\b). A lexicon placed so can be cut to its
// frequent phrases for the texts that hold none of the others
// (match/frequent_phrases.h).
bool StandsBetweenWordBoundaries(const ExpandedPattern& split, size_t slot);

// For each placeholder of a pattern split at its placeholders (`parts`, as
// ExpandedPattern::parts), whether every match passes through it: read by
// RequiredText (match/required_text.h) with each placeholder standing for a
// literal of its own. False where the reader cannot tell (an alternation
// around it, an optional group, syntax it does not follow).
std::vector<bool> SlotsEveryMatchNeeds(const std::vector<std::string>& parts, bool case_sensitive);

// A Pattern::Deferred of a built-in pattern split by SplitPlaceholders:
// narrowed, when the rule set's focus has a document by its first use, to
// the lexicon phrases that document can hold (match/pattern_focus.h); its
// full source is built only if some text needs it. Where every place of a
// big lexicon stands between word boundaries, the texts that hold none of
// its rarer phrases are searched with a program holding only its frequent
// ones (match/frequent_phrases.h), and a text whose words file no phrase of
// such a lexicon that every match needs is not searched at all.
std::unique_ptr<Pattern> DeferredRulePattern(ExpandedPattern split, const RuleSet& rules,
                                             PatternOptions options);

// Expands and compiles in one step. Returns nullptr and sets *error (unknown
// lexicon or RE2's message) on failure. A built-in pattern over built-in
// words (RuleSet::IsBuiltInPattern, OverBuiltInWords) is compiled when
// first used (Pattern::Deferred).
std::unique_ptr<Pattern> CompileRulePattern(std::string_view pattern, const RuleSet& rules,
                                            PatternOptions options, std::string* error);

// RE2's message for a pattern that failed to compile, made readable: the
// expanded pattern it quotes is replaced by the pattern as written, and the
// message is cut to a few hundred bytes.
std::string DescribeCompileError(std::string_view re2_error, std::string_view expanded,
                                 std::string_view original);

}  // namespace qa
