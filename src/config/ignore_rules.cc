#include "config/ignore_rules.h"

#include "match/pattern.h"
#include "match/pattern_set.h"
#include "rules/rule_json.h"

namespace qa {
namespace {

// Escapes one character for use inside an RE2 character class.
std::string ClassChar(char c) {
  if (c == '\\' || c == ']' || c == '[' || c == '^' || c == '-') return std::string("\\") + c;
  return std::string(1, c);
}

// Translates the bracket expression starting at glob[start] == '['. Returns
// false (and leaves *end alone) when it is not closed, in which case the '['
// is a literal character, as in git.
bool TranslateClass(std::string_view glob, size_t start, std::string* out, size_t* end) {
  size_t i = start + 1;
  bool negated = i < glob.size() && (glob[i] == '!' || glob[i] == '^');
  if (negated) ++i;
  std::string body;
  bool first = true;
  while (i < glob.size()) {
    char c = glob[i];
    if (c == ']' && !first) {
      // A class never matches '/', which separates path components.
      *out += "[" + std::string(negated ? "^/" : "") + body + "]";
      *end = i + 1;
      return true;
    }
    first = false;
    if (c == '[' && i + 1 < glob.size() && glob[i + 1] == ':') {
      size_t close = glob.find(":]", i + 2);
      if (close != std::string_view::npos) {
        body += glob.substr(i, close + 2 - i);  // [:alpha:] etc., which RE2 knows
        i = close + 2;
        continue;
      }
    }
    if (c == '\\' && i + 1 < glob.size()) {
      body += ClassChar(glob[i + 1]);
      i += 2;
      continue;
    }
    if (c == '-' && !body.empty() && i + 1 < glob.size() && glob[i + 1] != ']') {
      body += '-';  // a range such as a-z
      ++i;
      continue;
    }
    body += ClassChar(c);
    ++i;
  }
  return false;
}

bool StartsSegment(std::string_view glob, size_t i) { return i == 0 || glob[i - 1] == '/'; }

}  // namespace

std::string GlobToRegex(std::string_view glob, bool anchored) {
  // (?s): file names may hold any byte but '/', newlines included.
  std::string out = anchored ? "(?s)^" : "(?s)^(?:.*/)?";
  size_t i = 0;
  while (i < glob.size()) {
    char c = glob[i];
    bool whole_segment_stars = c == '*' && glob.substr(i).starts_with("**") &&
                               StartsSegment(glob, i) &&
                               (i + 2 == glob.size() || glob[i + 2] == '/');
    if (whole_segment_stars) {
      if (i + 2 == glob.size()) {
        out += ".*";  // "dir/**": everything inside
        i += 2;
      } else {
        out += "(?:.*/)?";  // "**/x", "a/**/b": zero or more directories
        i += 3;
      }
    } else if (c == '*') {
      while (i < glob.size() && glob[i] == '*') ++i;  // other runs of stars are one star
      out += "[^/]*";
    } else if (c == '?') {
      out += "[^/]";
      ++i;
    } else if (c == '[') {
      size_t end = 0;
      if (TranslateClass(glob, i, &out, &end)) {
        i = end;
      } else {
        out += "\\[";
        ++i;
      }
    } else if (c == '\\' && i + 1 < glob.size()) {
      out += QuoteMeta(glob.substr(i + 1, 1));
      i += 2;
    } else {
      out += QuoteMeta(glob.substr(i, 1));
      ++i;
    }
  }
  return out + "$";
}

bool ParseIgnoreLine(std::string_view line, IgnorePatternSpec* spec) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty() || line[0] == '#') return false;
  // Trailing spaces go unless the last one is escaped ("name\ ").
  while (!line.empty() && line.back() == ' ') {
    size_t backslashes = 0;
    for (size_t i = line.size() - 1; i > 0 && line[i - 1] == '\\'; --i) ++backslashes;
    if (backslashes % 2 == 1) break;
    line.remove_suffix(1);
  }
  if (line.empty()) return false;
  *spec = IgnorePatternSpec{};
  spec->text = std::string(line);
  if (line[0] == '!') {
    spec->negated = true;
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
    spec->directory_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return false;  // "/" or "!" alone match nothing
  spec->anchored = line.find('/') != std::string_view::npos;
  if (line[0] == '/') line.remove_prefix(1);
  if (line.empty()) return false;
  spec->regex = GlobToRegex(line, spec->anchored);
  return true;
}

IgnoreRules::~IgnoreRules() = default;

std::shared_ptr<const IgnoreRules> IgnoreRules::Parse(const std::vector<std::string>& lines,
                                                      const std::string& source,
                                                      const std::string& pointer,
                                                      std::vector<RuleError>* errors,
                                                      bool ignore_case) {
  std::shared_ptr<IgnoreRules> rules(new IgnoreRules());
  for (size_t i = 0; i < lines.size(); ++i) {
    Rule rule;
    if (!ParseIgnoreLine(lines[i], &rule.spec)) continue;
    if (ignore_case) rule.spec.regex = "(?i)" + rule.spec.regex;
    std::string error;
    rule.pattern = Pattern::Compile(rule.spec.regex, PatternOptions{}, &error);
    if (rule.pattern == nullptr) {
      RuleError problem{source, "", "invalid pattern \"" + rule.spec.text + "\": " + error};
      if (pointer.empty()) {
        problem.line = i + 1;
        problem.column = 1;
      } else {
        problem.key = PointerTo(pointer, i);
      }
      errors->push_back(std::move(problem));
      continue;
    }
    rules->rules_.push_back(std::move(rule));
  }
  if (rules->rules_.size() >= 2) {
    std::vector<std::string> regexes;
    for (const Rule& rule : rules->rules_) regexes.push_back(rule.spec.regex);
    rules->set_ = PatternSet::Compile(regexes);
  }
  return rules;
}

std::shared_ptr<const IgnoreRules> IgnoreRules::ParseText(std::string_view text,
                                                          const std::string& source,
                                                          std::vector<RuleError>* errors) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return Parse(lines, source, "", errors);
}

namespace {

bool Applies(const IgnorePatternSpec& spec, bool is_directory, bool anchored_too) {
  return (!spec.directory_only || is_directory) && (!spec.anchored || anchored_too);
}

IgnoreMatch VerdictOf(const IgnorePatternSpec& spec) {
  return spec.negated ? IgnoreMatch::kInclude : IgnoreMatch::kIgnore;
}

}  // namespace

IgnoreMatch IgnoreRules::MatchRules(std::string_view path, bool is_directory,
                                    bool anchored_too) const {
  // Every pattern in one pass where the set can tell: the last that
  // matches and applies wins, as below.
  thread_local std::vector<int> matching;
  if (set_ != nullptr && set_->Matching(path, &matching)) {
    int last = -1;
    for (int i : matching) {
      if (i > last && Applies(rules_[static_cast<size_t>(i)].spec, is_directory, anchored_too)) {
        last = i;
      }
    }
    return last < 0 ? IgnoreMatch::kNone : VerdictOf(rules_[static_cast<size_t>(last)].spec);
  }
  for (auto it = rules_.rbegin(); it != rules_.rend(); ++it) {
    if (!Applies(it->spec, is_directory, anchored_too)) continue;
    if (it->pattern->Matches(path)) return VerdictOf(it->spec);
  }
  return IgnoreMatch::kNone;
}

IgnoreMatch IgnoreRules::Match(std::string_view relative_path, bool is_directory) const {
  return MatchRules(relative_path, is_directory, /*anchored_too=*/true);
}

IgnoreMatch IgnoreRules::MatchName(std::string_view name, bool is_directory) const {
  return MatchRules(name, is_directory, /*anchored_too=*/false);
}

std::vector<std::string> IgnoreRules::patterns() const {
  std::vector<std::string> out;
  for (const Rule& rule : rules_) out.push_back(rule.spec.text);
  return out;
}

}  // namespace qa
