#include "cli/suppression.h"

#include <algorithm>
#include <map>

#include "core/line_index.h"
#include "rules/name_suggestion.h"

namespace qa {
namespace {

constexpr std::string_view kPrefix = "quoteaudit-";

struct DirectiveWord {
  std::string_view word;
  DirectiveKind kind;
};
constexpr DirectiveWord kDirectiveWords[] = {
    {"quoteaudit-disable", DirectiveKind::kDisable},
    {"quoteaudit-enable", DirectiveKind::kEnable},
    {"quoteaudit-ignore", DirectiveKind::kIgnore},
};

bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ',';
}

std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSeparator(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsSeparator(text[i])) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSeparator(text.front()) && text.front() != ',') text.remove_prefix(1);
  while (!text.empty() && IsSeparator(text.back()) && text.back() != ',') text.remove_suffix(1);
  return text;
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string Suggestion(std::string_view name, const std::vector<std::string>& candidates) {
  std::string closest = ClosestName(name, candidates);
  return closest.empty() ? "" : " (did you mean " + Quoted(closest) + "?)";
}

std::string_view WordOf(DirectiveKind kind) {
  for (const DirectiveWord& word : kDirectiveWords) {
    if (word.kind == kind) return word.word;
  }
  return "";
}

bool Covers(const Directive& directive, std::string_view rule) {
  return directive.all_rules ||
         std::find(directive.rules.begin(), directive.rules.end(), rule) != directive.rules.end();
}

// The analysis-text span of the block an ignore directive at `offset`
// governs: the first paragraph starting at or after it.
std::optional<Span> BlockAfter(const Document& document, size_t offset) {
  auto it = std::lower_bound(document.paragraphs.begin(), document.paragraphs.end(), offset,
                             [](const Span& paragraph, size_t at) { return paragraph.begin < at; });
  if (it == document.paragraphs.end()) return std::nullopt;
  return *it;
}

// The paragraph holding analysis offset `offset`, if any.
std::optional<Span> ParagraphAt(const Document& document, size_t offset) {
  auto it = std::upper_bound(document.paragraphs.begin(), document.paragraphs.end(), offset,
                             [](size_t at, const Span& paragraph) { return at < paragraph.begin; });
  if (it == document.paragraphs.begin()) return std::nullopt;
  --it;
  if (offset >= it->end) return std::nullopt;
  return *it;
}

// Which disable directive, if any, covers each rule at the current point of
// a sweep through the document.
class DisabledState {
 public:
  void Apply(const Directive& directive, size_t index) {
    bool disable = directive.kind == DirectiveKind::kDisable;
    if (directive.all_rules) {
      all_ = disable ? std::optional<size_t>(index) : std::nullopt;
      by_rule_.clear();
      return;
    }
    for (const std::string& rule : directive.rules) {
      by_rule_[rule] = disable ? std::optional<size_t>(index) : std::nullopt;
    }
  }
  // The index of the directive that disables `rule` here, if any.
  std::optional<size_t> For(const std::string& rule) const {
    auto it = by_rule_.find(rule);
    return it != by_rule_.end() ? it->second : all_;
  }

 private:
  std::optional<size_t> all_;
  std::map<std::string, std::optional<size_t>> by_rule_;  // explicit per-rule state
};

std::string RuleList(const Directive& directive) {
  if (directive.all_rules) return "any rule";
  std::string list;
  for (const std::string& rule : directive.rules) list += (list.empty() ? "" : ", ") + rule;
  return list;
}

}  // namespace

std::vector<Directive> ParseDirectives(const Document& document, const SuppressionRules& rules,
                                       std::vector<InputProblem>* problems) {
  std::vector<Directive> directives;
  std::vector<std::string> words;
  for (const DirectiveWord& word : kDirectiveWords) words.emplace_back(word.word);
  for (size_t c = 0; c < document.comments.size(); ++c) {
    const SourceComment& comment = document.comments[c];
    if (!comment.own_line) continue;
    std::string_view body = comment.body;
    std::string_view reason;
    if (size_t dashes = body.find("--"); dashes != std::string_view::npos) {
      reason = Trim(body.substr(dashes + 2));
      body = body.substr(0, dashes);
    }
    std::vector<std::string_view> tokens = Tokens(body);
    if (tokens.empty() || !tokens[0].starts_with(kPrefix)) continue;
    const DirectiveWord* word = nullptr;
    for (const DirectiveWord& candidate : kDirectiveWords) {
      if (tokens[0] == candidate.word) word = &candidate;
    }
    if (word == nullptr) {
      problems->push_back({"unknown directive " + Quoted(tokens[0]) + Suggestion(tokens[0], words) +
                               "; expected quoteaudit-disable, quoteaudit-enable or "
                               "quoteaudit-ignore; the comment is ignored",
                           comment.source.begin});
      continue;
    }
    Directive directive;
    directive.kind = word->kind;
    directive.comment = c;
    directive.reason = std::string(reason);
    directive.all_rules = tokens.size() == 1;
    for (size_t t = 1; t < tokens.size(); ++t) {
      std::string rule(tokens[t]);
      if (std::find(rules.known.begin(), rules.known.end(), rule) == rules.known.end()) {
        problems->push_back({"unknown rule " + Quoted(rule) + " in " + std::string(word->word) +
                                 Suggestion(rule, rules.known) + "; that rule id is ignored",
                             comment.source.begin});
        continue;
      }
      if (std::find(directive.rules.begin(), directive.rules.end(), rule) ==
          directive.rules.end()) {
        directive.rules.push_back(std::move(rule));
      }
    }
    // A list of unknown ids only: nothing left to apply (already reported).
    if (!directive.all_rules && directive.rules.empty()) continue;
    directives.push_back(std::move(directive));
  }
  return directives;
}

SuppressionResult ApplySuppressions(const Document& document, std::vector<Finding> findings,
                                    const SuppressionRules& rules) {
  SuppressionResult result;
  std::vector<Directive> directives = ParseDirectives(document, rules, &result.problems);
  if (directives.empty()) {
    result.findings = std::move(findings);
    return result;
  }
  auto offset_of = [&](const Directive& directive) {
    return document.comments[directive.comment].text_offset;
  };
  // Directives by where they stand in the analysis text (comment order
  // breaks ties), and the block each ignore directive governs.
  std::vector<size_t> order(directives.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return offset_of(directives[a]) < offset_of(directives[b]);
  });
  std::vector<std::optional<Span>> block(directives.size());
  std::map<size_t, std::vector<size_t>> ignores_at;  // block start -> ignore directives
  for (size_t i = 0; i < directives.size(); ++i) {
    if (directives[i].kind != DirectiveKind::kIgnore) continue;
    block[i] = BlockAfter(document, offset_of(directives[i]));
    if (block[i]) ignores_at[block[i]->begin].push_back(i);
  }
  // Sweep the findings in start order, applying each disable/enable
  // directive once the sweep reaches it.
  std::vector<size_t> by_start(findings.size());
  for (size_t i = 0; i < by_start.size(); ++i) by_start[i] = i;
  std::stable_sort(by_start.begin(), by_start.end(), [&](size_t a, size_t b) {
    return findings[a].span.begin < findings[b].span.begin;
  });
  std::vector<bool> used(directives.size(), false);
  std::vector<std::optional<size_t>> suppressed_by(findings.size());
  DisabledState state;
  size_t next = 0;
  for (size_t f : by_start) {
    const Finding& finding = findings[f];
    while (next < order.size() && offset_of(directives[order[next]]) <= finding.span.begin) {
      const Directive& directive = directives[order[next]];
      if (directive.kind != DirectiveKind::kIgnore) state.Apply(directive, order[next]);
      ++next;
    }
    std::optional<size_t> by;
    // An ignore directive is the more specific, so it is named; a disable
    // that also covers the finding counts as used too.
    if (std::optional<Span> paragraph = ParagraphAt(document, finding.span.begin)) {
      if (auto ignores = ignores_at.find(paragraph->begin); ignores != ignores_at.end()) {
        for (size_t i : ignores->second) {
          if (!Covers(directives[i], finding.rule)) continue;
          used[i] = true;
          if (!by) by = i;
        }
      }
    }
    if (std::optional<size_t> disabled = state.For(finding.rule)) {
      used[*disabled] = true;
      if (!by) by = disabled;
    }
    suppressed_by[f] = by;
  }
  for (size_t f = 0; f < findings.size(); ++f) {
    if (suppressed_by[f]) {
      const SourceComment& comment = document.comments[directives[*suppressed_by[f]].comment];
      result.suppressed.push_back({std::move(findings[f]), comment.source});
    } else {
      result.findings.push_back(std::move(findings[f]));
    }
  }
  std::stable_sort(result.suppressed.begin(), result.suppressed.end(),
                   [](const SuppressedFinding& a, const SuppressedFinding& b) {
                     if (a.finding.span.begin != b.finding.span.begin)
                       return a.finding.span.begin < b.finding.span.begin;
                     return a.finding.rule < b.finding.rule;
                   });

  if (!rules.unused_severity) return result;
  LineIndex lines(document.original());
  for (size_t i = 0; i < directives.size(); ++i) {
    const Directive& directive = directives[i];
    if (used[i] || directive.kind == DirectiveKind::kEnable) continue;
    // Rules the config turned off cannot be suppressed here, but the
    // directive may be meant for another config: not reported.
    bool any_enabled = directive.all_rules;
    for (const std::string& rule : directive.rules) {
      any_enabled |=
          std::find(rules.enabled.begin(), rules.enabled.end(), rule) != rules.enabled.end();
    }
    if (!any_enabled) continue;
    const SourceComment& comment = document.comments[directive.comment];
    size_t line = lines.At(comment.source.begin).line;
    std::string where = directive.kind == DirectiveKind::kIgnore
                            ? (block[i] ? "in the next block" : "after it (no block follows)")
                            : "in the region it disables";
    Finding unused;
    unused.rule = std::string(kUnusedSuppressionRule);
    unused.severity = *rules.unused_severity;
    unused.message = std::string(WordOf(directive.kind)) + " at line " + std::to_string(line) +
                     " suppresses nothing: no finding of " + RuleList(directive) + " " + where +
                     "; remove the directive or correct its rule list";
    unused.span = {comment.text_offset, comment.text_offset};
    result.findings.push_back(std::move(unused));
  }
  return result;
}

}  // namespace qa
