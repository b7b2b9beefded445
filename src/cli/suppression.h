// Inline suppression: directives in HTML comments of a Markdown or HTML
// article silence findings the editor has accepted
// (docs/input-formats.md#inline-suppression):
//
//   <!-- quoteaudit-disable [RULE...] -->   from here on (no list: every rule)
//   <!-- quoteaudit-enable [RULE...] -->    those rules again (no list: every rule)
//   <!-- quoteaudit-ignore [RULE...] -- reason -->   the next block only
//
// Applied to one document's findings after the checks have run: plain data
// in (the Document's comments and paragraphs, the findings, the rule ids)
// and plain data out (the findings kept, the ones suppressed, input
// problems for directives naming unknown rules, and an `unused-suppression`
// finding for each directive that silenced nothing).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "core/severity.h"

namespace qa {

// The rule this step reports under. It has a rule file and a doc page but no
// Check class, since only this step sees every other check's findings; it is
// listed in PostCheckRuleIds() (checks/registry.h).
inline constexpr std::string_view kUnusedSuppressionRule = "unused-suppression";

// What the step needs to know about the rule set in effect.
struct SuppressionRules {
  std::vector<std::string> known;    // every rule id loaded, enabled or not
  std::vector<std::string> enabled;  // the ids of the enabled rules
  // unused-suppression: nullopt when the rule is off.
  std::optional<Severity> unused_severity = Severity::kInfo;
};

enum class DirectiveKind { kDisable, kEnable, kIgnore };

// One directive, read from an own-line comment.
struct Directive {
  DirectiveKind kind = DirectiveKind::kDisable;
  std::vector<std::string> rules;  // known rule ids; empty: every rule
  bool all_rules = true;           // no rule list was written
  std::string reason;              // the text after " -- ", if any
  size_t comment = 0;              // index into Document::comments
};

// The directives of `document`, in comment order. Comments that are not on
// a line of their own, or do not start with "quoteaudit-", are not
// directives. An unknown rule id or directive word is appended to
// *problems (offset: the comment's first source byte) and left out.
std::vector<Directive> ParseDirectives(const Document& document, const SuppressionRules& rules,
                                       std::vector<InputProblem>* problems);

struct SuppressionResult {
  std::vector<Finding> findings;              // kept, then unused-suppression (unsorted)
  std::vector<SuppressedFinding> suppressed;  // in document order
  std::vector<InputProblem> problems;         // directives naming unknown rules
};

// Applies the document's directives to `findings` (spans in the analysis
// text). A finding is suppressed when its span starts in a region where a
// disable directive covers its rule, or in the block (the first paragraph
// starting at or after the directive) after an ignore directive for it.
SuppressionResult ApplySuppressions(const Document& document, std::vector<Finding> findings,
                                    const SuppressionRules& rules);

}  // namespace qa
