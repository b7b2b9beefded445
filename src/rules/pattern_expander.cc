#include "rules/pattern_expander.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "core/text.h"
#include "match/required_text.h"
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

namespace {

// A phrase's regex as atoms: one per character (a UTF-8 sequence whole),
// whitespace run or apostrophe, so phrases can share their first atoms.
std::vector<std::string> PhraseAtoms(std::string_view phrase) {
  std::vector<std::string> atoms;
  atoms.reserve(phrase.size());  // at most one atom a byte
  bool pending_space = false;
  size_t i = 0;
  while (i < phrase.size()) {
    std::string_view rest = phrase.substr(i);
    if (IsAsciiSpace(phrase[i]) || rest.starts_with(kNoBreakSpace)) {
      i += IsAsciiSpace(phrase[i]) ? 1 : kNoBreakSpace.size();
      pending_space = true;
      continue;
    }
    // Leading and trailing whitespace is dropped; inner runs become one \s+.
    if (pending_space && !atoms.empty()) atoms.emplace_back(kWhitespaceRun);
    pending_space = false;
    if (phrase[i] == '\'') {
      atoms.emplace_back(kApostrophe);
      ++i;
    } else if (rest.starts_with(kRightSingleQuote)) {
      atoms.emplace_back(kApostrophe);
      i += kRightSingleQuote.size();
    } else {
      size_t width = 1;
      const auto lead = static_cast<unsigned char>(phrase[i]);
      if (lead >= 0xC0) width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      width = std::min(width, phrase.size() - i);
      const char c = phrase[i];
      const bool word_byte =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      // A letter, digit or '_' is its own regex (as QuoteMeta leaves it):
      // most atoms of every lexicon, each a call and a string there.
      atoms.push_back(word_byte ? std::string(1, c) : QuoteMeta(phrase.substr(i, width)));
      i += width;
    }
  }
  return atoms;
}

// The phrases of an alternation as a trie of their atoms, built only from
// runs: a phrase goes down an existing branch only when that branch is the
// last one of its node, so reading the trie depth first gives back exactly
// the phrases' order (RE2 prefers the first alternative that matches) while
// neighbours share their common start. RE2 would factor the flat list into
// the same shape, but compiling it pre-factored is about a third cheaper,
// which is most of quoteaudit's start-up.
struct AtomTrie {
  struct Node {
    std::string atom;  // empty: a phrase ends here
    std::vector<size_t> children;
  };
  std::vector<Node> nodes{Node{}};

  void Add(const std::vector<std::string>& atoms) {
    size_t at = 0;
    for (const std::string& atom : atoms) {
      const std::vector<size_t>& children = nodes[at].children;
      if (!children.empty() && nodes[children.back()].atom == atom) {
        at = children.back();
        continue;
      }
      nodes.push_back(Node{atom, {}});
      nodes[at].children.push_back(nodes.size() - 1);
      at = nodes.size() - 1;
    }
    nodes.push_back(Node{"", {}});
    nodes[at].children.push_back(nodes.size() - 1);
  }

  // The regex of everything below `at`, its children in order; an ending
  // phrase is an empty alternative in its place.
  void Write(size_t at, std::string* out) const {
    const std::vector<size_t>& children = nodes[at].children;
    if (children.size() == 1) {
      const Node& only = nodes[children.front()];
      *out += only.atom;
      if (!only.atom.empty()) Write(children.front(), out);
      return;
    }
    *out += "(?:";
    for (size_t k = 0; k < children.size(); ++k) {
      if (k > 0) *out += '|';
      const Node& child = nodes[children[k]];
      *out += child.atom;
      if (!child.atom.empty()) Write(children[k], out);
    }
    *out += ')';
  }
};

}  // namespace

std::string PhraseRegex(std::string_view phrase) {
  std::string regex;
  for (const std::string& atom : PhraseAtoms(phrase)) regex += atom;
  return regex;
}

std::vector<std::vector<std::string>> AlternationOrder(const std::vector<std::string>& phrases) {
  // Descending order, compared without ASCII case, puts every phrase before
  // any prefix of it (RE2 takes the first alternative that matches, so the
  // longest phrase still wins) and keeps phrases with a common start side by
  // side, where they share a branch of the trie: a large lexicon stays fast.
  std::vector<std::pair<std::string, std::string>> keyed;
  keyed.reserve(phrases.size());
  for (const std::string& phrase : phrases) keyed.emplace_back(AsciiLower(phrase), phrase);
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::vector<std::string>> order;
  std::unordered_set<std::string> seen;  // a set: lexicons run to thousands of names
  for (const auto& [key, phrase] : keyed) {
    std::vector<std::string> atoms = PhraseAtoms(phrase);
    if (atoms.empty()) continue;
    std::string alternative;
    for (const std::string& atom : atoms) alternative += atom;
    if (!seen.insert(std::move(alternative)).second) continue;
    order.push_back(std::move(atoms));
  }
  return order;
}

std::string AlternationRegex(const std::vector<std::string>& phrases) {
  const std::vector<std::vector<std::string>> order = AlternationOrder(phrases);
  if (order.empty()) return std::string(kNever);
  AtomTrie trie;
  // A node per atom and per phrase end at most: room at once, so nodes are
  // never moved (a big lexicon has thousands).
  size_t atoms_in_all = 0;
  for (const std::vector<std::string>& atoms : order) atoms_in_all += atoms.size() + 1;
  trie.nodes.reserve(atoms_in_all + 1);
  for (const std::vector<std::string>& atoms : order) trie.Add(atoms);
  std::string regex;
  trie.Write(0, &regex);
  // One group around the whole: the root writes its own when it branches.
  return trie.nodes[0].children.size() > 1 ? regex : "(?:" + regex + ")";
}

std::optional<std::vector<CuePhrase>> CuePhrases(const std::vector<std::string>& phrases) {
  std::vector<CuePhrase> out;
  for (const std::vector<std::string>& atoms : AlternationOrder(phrases)) {
    CuePhrase& phrase = out.emplace_back();
    for (const std::string& atom : atoms) {
      if (atom == kWhitespaceRun) {
        phrase.push_back({CueAtom::Kind::kSpaceRun, 0});
      } else if (atom == kApostrophe) {
        phrase.push_back({CueAtom::Kind::kApostrophe, 0});
      } else if (atom.size() == 1 && static_cast<unsigned char>(atom[0]) < 0x80) {
        phrase.push_back({CueAtom::Kind::kByte, atom[0]});  // a letter, digit or '_'
      } else if (atom.size() == 2 && atom[0] == '\\' &&
                 static_cast<unsigned char>(atom[1]) < 0x80) {
        phrase.push_back({CueAtom::Kind::kByte, atom[1]});  // QuoteMeta's escape
      } else {
        return std::nullopt;  // beyond ASCII, or NUL
      }
    }
  }
  return out;
}

ExpandedPattern SplitPlaceholders(std::string_view pattern, const RuleSet& rules) {
  ExpandedPattern out;
  std::string part;  // the regex since the last placeholder
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
      part.append(pattern.substr(i, end - i));
      i = end;
    } else if (c == '[') {
      size_t end = SkipCharacterClass(pattern, i);
      part.append(pattern.substr(i, end - i));
      i = end;
    } else if ((c == '{' && next == '{') || (c == '}' && next == '}')) {
      part += '\\';
      part += c;
      i += 2;
    } else if (c == '{') {
      size_t close = pattern.find('}', i + 1);
      std::string_view name =
          close == std::string_view::npos ? "" : pattern.substr(i + 1, close - i - 1);
      if (!IsPlaceholderName(name)) {
        part += c;  // an RE2 counted repeat such as {2,3}, or a literal brace
        ++i;
        continue;
      }
      std::string key(name);
      if (const Lexicon* lexicon = rules.FindLexicon(key)) {
        out.parts.push_back(std::move(part));
        part.clear();
        out.slots.push_back(lexicon);
        if (std::find(out.lexicons_used.begin(), out.lexicons_used.end(), key) ==
            out.lexicons_used.end()) {
          out.lexicons_used.push_back(key);
        }
      } else {
        out.unknown_lexicons.push_back(key);
      }
      i = close + 1;
    } else {
      part += c;
      ++i;
    }
  }
  out.parts.push_back(std::move(part));
  return out;
}

ExpandedPattern ExpandPlaceholders(std::string_view pattern, const RuleSet& rules) {
  ExpandedPattern out = SplitPlaceholders(pattern, rules);
  if (out.ok()) {
    out.regex = out.parts.front();
    for (size_t i = 0; i < out.slots.size(); ++i) {
      out.regex += rules.Alternation(*out.slots[i]);
      out.regex += out.parts[i + 1];
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

namespace {

// Whether `before` ends with "\b" (not an escaped backslash and a 'b').
bool EndsWithWordBoundary(std::string_view before) {
  if (!before.ends_with("\\b")) return false;
  size_t backslashes = 0;
  for (size_t i = before.size() - 1; i-- > 0 && before[i] == '\\';) ++backslashes;
  return backslashes % 2 == 1;
}

// `before` without the group openers it ends with ("(", "(?:", "(?i:",
// "(?P<name>", "(?<name>"), and how many there were.
std::string_view WithoutOpeners(std::string_view before, size_t* openers) {
  for (;;) {
    const size_t open = before.rfind('(');
    if (open == std::string_view::npos) return before;
    const std::string_view opener = before.substr(open);
    const bool named = (opener.starts_with("(?P<") || opener.starts_with("(?<")) &&
                       opener.ends_with(">") && opener.find('>') == opener.size() - 1;
    if (opener != "(" && opener != "(?:" && opener != "(?i:" && !named) return before;
    // An escaped parenthesis is a literal.
    size_t backslashes = 0;
    for (size_t i = open; i-- > 0 && before[i] == '\\';) ++backslashes;
    if (backslashes % 2 == 1) return before;
    before.remove_suffix(opener.size());
    ++*openers;
  }
}

}  // namespace

bool StandsBetweenWordBoundaries(const ExpandedPattern& split, size_t slot) {
  if (slot + 1 >= split.parts.size()) return false;
  size_t openers = 0;
  const std::string_view before = WithoutOpeners(split.parts[slot], &openers);
  std::string_view after = split.parts[slot + 1];
  // The groups opened just before the placeholder close right after it.
  for (size_t i = 0; i < openers; ++i) {
    if (!after.starts_with(")")) return false;
    after.remove_prefix(1);
  }
  return EndsWithWordBoundary(before) && after.starts_with("\\b");
}

std::vector<bool> SlotsEveryMatchNeeds(const std::vector<std::string>& parts, bool case_sensitive) {
  const size_t slots = parts.empty() ? 0 : parts.size() - 1;
  std::vector<bool> needed(slots, false);
  // Each placeholder as a literal no pattern text holds ("qzq0qzq"), in a
  // group of its own so that a quantifier after it takes it whole.
  if (std::any_of(parts.begin(), parts.end(), [](const std::string& part) {
        return AsciiLower(part).find("qzq") != std::string::npos;
      })) {
    return needed;
  }
  std::vector<std::string> markers;
  std::string source = parts.empty() ? std::string() : parts.front();
  for (size_t i = 0; i < slots; ++i) {
    markers.push_back("qzq" + std::to_string(i) + "qzq");
    source += "(?:" + markers.back() + ")" + parts[i + 1];
  }
  // A clause every literal of which holds a slot's marker: every match
  // passes through that slot.
  const RequiredText required = RequiredText::Of(source, case_sensitive);
  for (const std::vector<RequiredLiteral>& clause : required.clauses()) {
    for (size_t i = 0; i < slots && !clause.empty(); ++i) {
      needed[i] = needed[i] ||
                  std::all_of(clause.begin(), clause.end(), [&](const RequiredLiteral& literal) {
                    return AsciiLower(literal.text).find(markers[i]) != std::string::npos;
                  });
    }
  }
  return needed;
}

std::unique_ptr<Pattern> DeferredRulePattern(ExpandedPattern split, const RuleSet& rules,
                                             PatternOptions options) {
  std::vector<std::shared_ptr<NarrowableLexicon>> lexicons;
  lexicons.reserve(split.slots.size());
  Pattern::LexiconSource source;
  source.groups = split.parts.front();
  // Every place of a cut lexicon must stand between word boundaries, or
  // nothing is cut.
  bool bounded = true;
  bool any_cut = false;
  for (size_t i = 0; i < split.slots.size(); ++i) {
    lexicons.push_back(rules.Narrowable(*split.slots[i]));
    // Lexicon alternations capture nothing: the groups are the parts'.
    source.groups += "(?:)" + split.parts[i + 1];
    if (!lexicons.back()->HasCut()) continue;
    any_cut = true;
    bounded = bounded && StandsBetweenWordBoundaries(split, i);
  }
  // The parts and lexicons are shared by every way of building the source,
  // and outlive the rule set (the pattern keeps them).
  auto shared = std::make_shared<
      const std::pair<std::vector<std::string>, std::vector<std::shared_ptr<NarrowableLexicon>>>>(
      std::move(split.parts), std::move(lexicons));
  // A tail of adverbs and a speech cue after the speaker's run is matched
  // by reading words (match/cue_tail.h); built when first searched.
  if (const auto& [parts, alternations] = *shared; alternations.size() == 2 && parts.size() == 3 &&
                                                   parts[0].ends_with(CueTail::kBeforeAdverbs) &&
                                                   parts[1] == CueTail::kBetween &&
                                                   parts[2].starts_with(CueTail::kAfterVerbs)) {
    source.cue_tail = [shared, options]() -> std::shared_ptr<const CueTail> {
      const auto& [parts, lexicons] = *shared;
      const auto& adverbs = lexicons[0]->CuePhrasesOfAll();
      const auto& verbs = lexicons[1]->CuePhrasesOfAll();
      if (!adverbs || !verbs) return nullptr;
      return CueTail::Make(*adverbs, *verbs,
                           std::string_view(parts[2]).substr(CueTail::kAfterVerbs.size()), options);
    };
  }
  auto build = [shared](const LetterRuns* runs, bool frequent) {
    const auto& [parts, alternations] = *shared;
    std::string regex = parts.front();
    for (size_t i = 0; i < alternations.size(); ++i) {
      const NarrowableLexicon& lexicon = *alternations[i];
      regex += runs != nullptr                        ? lexicon.Alternation(*runs)
               : frequent && lexicon.Cut() != nullptr ? lexicon.CutAlternation()
                                                      : lexicon.Full();
      regex += parts[i + 1];
    }
    return regex;
  };
  source.full = [build] { return build(nullptr, false); };
  source.narrowed = [build](const LetterRuns& runs) { return build(&runs, false); };
  if (any_cut && bounded) {
    source.frequent = [build] { return build(nullptr, true); };
    source.cuts = [shared] {
      std::vector<std::shared_ptr<const FrequentPhrases>> cuts;
      for (const auto& lexicon : shared->second) {
        const auto& cut = lexicon->Cut();
        if (cut != nullptr && std::find(cuts.begin(), cuts.end(), cut) == cuts.end()) {
          cuts.push_back(cut);
        }
      }
      return cuts;
    };
    // Worked out with the cuts, when first needed: a one-article run never is.
    source.required = [shared, case_sensitive = options.case_sensitive] {
      const auto& [parts, lexicons] = *shared;
      const std::vector<bool> needed = SlotsEveryMatchNeeds(parts, case_sensitive);
      std::vector<std::shared_ptr<const FrequentPhrases>> required;
      for (size_t i = 0; i < lexicons.size() && i < needed.size(); ++i) {
        const auto& cut = lexicons[i]->Cut();
        if (needed[i] && cut != nullptr &&
            std::find(required.begin(), required.end(), cut) == required.end()) {
          required.push_back(cut);
        }
      }
      return required;
    };
  }
  return Pattern::Deferred(std::move(source), options, rules.pattern_focus());
}

bool OverBuiltInWords(const ExpandedPattern& split, const RuleSet& rules) {
  return std::all_of(split.lexicons_used.begin(), split.lexicons_used.end(),
                     [&rules](const std::string& name) { return rules.IsBuiltInLexicon(name); });
}

std::unique_ptr<Pattern> CompileRulePattern(std::string_view pattern, const RuleSet& rules,
                                            PatternOptions options, std::string* error) {
  if (rules.IsBuiltInPattern(pattern)) {
    // Start-up is mostly RE2 compiling; most attribution patterns are never
    // tried on a short article. Built-in ones known to compile with these
    // words wait for their first use.
    ExpandedPattern split = SplitPlaceholders(pattern, rules);
    if (split.ok() && (OverBuiltInWords(split, rules) || rules.IsCheckedPattern(pattern))) {
      return DeferredRulePattern(std::move(split), rules, options);
    }
  }
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
