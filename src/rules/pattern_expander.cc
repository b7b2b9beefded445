#include "rules/pattern_expander.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "core/text.h"
#include "rules/name_suggestion.h"

namespace qa {
namespace {

// What a space in a phrase matches: any run of whitespace, including the
// no-break space that web copy is full of.
constexpr std::string_view kWhitespaceRun = "[\\s\\x{A0}]+";
// What an apostrophe in a phrase matches: typewriter or typographic.
constexpr std::string_view kApostrophe = "['\\x{2019}]";
// Matches nothing: [^\x00-\x{10FFFF}] is an empty class.
constexpr std::string_view kNever = "(?:[^\\x00-\\x{10FFFF}])";

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";

bool IsPlaceholderName(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Index just past the character class that opens at pattern[open] ('['):
// a ']' right after '[' or '[^' is a member, backslash escapes are skipped.
size_t SkipCharacterClass(std::string_view pattern, size_t open) {
  size_t i = open + 1;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;
  while (i < pattern.size() && pattern[i] != ']') i += pattern[i] == '\\' ? 2 : 1;
  return std::min(i + 1, pattern.size());
}

}  // namespace

std::string PhraseRegex(std::string_view phrase) {
  std::string regex;
  std::string literal;
  bool pending_space = false;
  auto flush = [&] {
    regex += QuoteMeta(literal);
    literal.clear();
  };
  size_t i = 0;
  while (i < phrase.size()) {
    std::string_view rest = phrase.substr(i);
    size_t width = 1;
    std::string_view replacement;
    if (IsAsciiSpace(phrase[i]) || rest.starts_with(kNoBreakSpace)) {
      width = IsAsciiSpace(phrase[i]) ? 1 : kNoBreakSpace.size();
      pending_space = true;
      i += width;
      continue;
    }
    if (phrase[i] == '\'') {
      replacement = kApostrophe;
    } else if (rest.starts_with(kRightSingleQuote)) {
      replacement = kApostrophe;
      width = kRightSingleQuote.size();
    }
    // Leading and trailing whitespace is dropped; inner runs become one \s+.
    if (pending_space && (!regex.empty() || !literal.empty())) {
      flush();
      regex += kWhitespaceRun;
    }
    pending_space = false;
    if (!replacement.empty()) {
      flush();
      regex += replacement;
    } else {
      literal += phrase[i];
    }
    i += width;
  }
  flush();
  return regex;
}

std::string AlternationRegex(const std::vector<std::string>& phrases) {
  // Descending order, compared without ASCII case, puts every phrase before
  // any prefix of it (RE2 takes the first alternative that matches, so the
  // longest phrase still wins) and keeps phrases with a common start side by
  // side, where RE2 factors them into one branch: a large lexicon stays fast.
  std::vector<std::pair<std::string, std::string>> keyed;
  keyed.reserve(phrases.size());
  for (const std::string& phrase : phrases) keyed.emplace_back(AsciiLower(phrase), phrase);
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> sorted;
  sorted.reserve(keyed.size());
  for (auto& [key, phrase] : keyed) sorted.push_back(std::move(phrase));
  std::string regex;
  std::unordered_set<std::string> seen;  // a set: lexicons run to thousands of names
  for (const std::string& phrase : sorted) {
    std::string alternative = PhraseRegex(phrase);
    if (alternative.empty() || seen.count(alternative) > 0) continue;
    regex += regex.empty() ? "(?:" : "|";
    regex += alternative;
    seen.insert(std::move(alternative));
  }
  return regex.empty() ? std::string(kNever) : regex + ")";
}

ExpandedPattern ExpandPlaceholders(std::string_view pattern, const RuleSet& rules) {
  ExpandedPattern out;
  out.regex.reserve(pattern.size());
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
    if (c == '\\') {
      // An escape; \x{A0}, \p{Greek} and \P{Greek} carry their braces along.
      size_t end = i + 2;
      if ((next == 'x' || next == 'p' || next == 'P') && end < pattern.size() &&
          pattern[end] == '{') {
        size_t close = pattern.find('}', end);
        end = close == std::string_view::npos ? pattern.size() : close + 1;
      }
      out.regex.append(pattern.substr(i, end - i));
      i = end;
    } else if (c == '[') {
      size_t end = SkipCharacterClass(pattern, i);
      out.regex.append(pattern.substr(i, end - i));
      i = end;
    } else if ((c == '{' && next == '{') || (c == '}' && next == '}')) {
      out.regex += '\\';
      out.regex += c;
      i += 2;
    } else if (c == '{') {
      size_t close = pattern.find('}', i + 1);
      std::string_view name =
          close == std::string_view::npos ? "" : pattern.substr(i + 1, close - i - 1);
      if (!IsPlaceholderName(name)) {
        out.regex += c;  // an RE2 counted repeat such as {2,3}, or a literal brace
        ++i;
        continue;
      }
      std::string key(name);
      if (const Lexicon* lexicon = rules.FindLexicon(key)) {
        out.regex += AlternationRegex(lexicon->entries);
        if (std::find(out.lexicons_used.begin(), out.lexicons_used.end(), key) ==
            out.lexicons_used.end()) {
          out.lexicons_used.push_back(key);
        }
      } else {
        out.unknown_lexicons.push_back(key);
      }
      i = close + 1;
    } else {
      out.regex += c;
      ++i;
    }
  }
  return out;
}

std::string ExpandedPattern::Error(const RuleSet& rules) const {
  if (ok()) return "";
  std::vector<std::string> known;
  for (const auto& [name, lexicon] : rules.lexicons()) known.push_back(name);
  std::string message = unknown_lexicons.size() == 1 ? "unknown lexicon " : "unknown lexicons ";
  for (size_t i = 0; i < unknown_lexicons.size(); ++i) {
    if (i > 0) message += ", ";
    message += "{" + unknown_lexicons[i] + "}";
    std::string suggestion = ClosestName(unknown_lexicons[i], known);
    if (!suggestion.empty()) message += " (did you mean {" + suggestion + "}?)";
  }
  return message;
}

std::unique_ptr<Pattern> CompileRulePattern(std::string_view pattern, const RuleSet& rules,
                                            PatternOptions options, std::string* error) {
  ExpandedPattern expanded = ExpandPlaceholders(pattern, rules);
  if (!expanded.ok()) {
    if (error != nullptr) *error = expanded.Error(rules);
    return nullptr;
  }
  std::string compile_error;
  auto compiled = Pattern::Compile(expanded.regex, options, &compile_error);
  if (compiled == nullptr && error != nullptr) {
    *error = DescribeCompileError(compile_error, expanded.regex, pattern);
  }
  return compiled;
}

std::string DescribeCompileError(std::string_view re2_error, std::string_view expanded,
                                 std::string_view original) {
  std::string message(re2_error);
  // RE2 quotes the expanded pattern, which for a large lexicon is thousands
  // of characters: show what the user wrote instead.
  if (size_t at = message.find(expanded); !expanded.empty() && at != std::string::npos) {
    message.replace(at, expanded.size(), original);
  }
  constexpr size_t kMaxLength = 300;
  if (message.size() > kMaxLength) {
    size_t cut = kMaxLength;
    while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;
    message.resize(cut);
    message += "...";
  }
  return message;
}

}  // namespace qa
