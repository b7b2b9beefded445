#include "match/pattern.h"

#include <re2/re2.h>

#include <array>
#include <stdexcept>

namespace qa {
namespace {

// The memory RE2 may use to compile one pattern (and for its match-time
// caches); a pattern that needs more is a compile error.
constexpr int64_t kPatternMemoryBudget = int64_t{64} << 20;

}  // namespace

namespace {

std::unique_ptr<RE2> MakeRe2(std::string_view pattern, PatternOptions options) {
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_encoding(RE2::Options::EncodingUTF8);
  re_options.set_case_sensitive(options.case_sensitive);
  re_options.set_longest_match(options.longest_match);
  // Generated alternations of a few thousand lexicon words exceed the default.
  // The budget also bounds what a user's rule file can cost: RE2 matches in
  // time linear in the text, and a pattern bigger than this is refused.
  re_options.set_max_mem(kPatternMemoryBudget);
  return std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), re_options);
}

std::string CompileError(const RE2& re) {
  return re.error_code() == RE2::ErrorPatternTooLarge
             ? "pattern too large: RE2 cannot compile it within its memory budget of " +
                   std::to_string(kPatternMemoryBudget >> 20) +
                   " MiB (shorten counted repeats such as {1000} or long alternations)"
             : re.error();
}

}  // namespace

std::unique_ptr<Pattern> Pattern::Compile(std::string_view pattern, PatternOptions options,
                                          std::string* error) {
  std::unique_ptr<RE2> re = MakeRe2(pattern, options);
  if (!re->ok()) {
    if (error != nullptr) *error = CompileError(*re);
    return nullptr;
  }
  std::unique_ptr<Pattern> result(new Pattern());
  result->re_ = std::move(re);
  result->options_ = options;
  result->source_ = std::string(pattern);
  std::call_once(result->compiled_, [] {});  // nothing left to do on first use
  result->ready_.store(true, std::memory_order_relaxed);
  return result;
}

std::unique_ptr<Pattern> Pattern::Deferred(std::string pattern, PatternOptions options) {
  std::unique_ptr<Pattern> result(new Pattern());
  result->options_ = options;
  result->source_ = std::move(pattern);
  result->deferred_ = true;
  return result;
}

std::unique_ptr<Pattern> Pattern::Deferred(std::string pattern, PatternOptions options,
                                           std::shared_ptr<const PatternFocus> focus,
                                           Narrowing narrowing) {
  std::unique_ptr<Pattern> result = Deferred(std::move(pattern), options);
  result->focus_ = std::move(focus);
  result->narrowing_ = std::move(narrowing);
  return result;
}

namespace {

// Compiles a built-in (deferred) pattern; an error here is a bug.
std::unique_ptr<RE2> CompileBuiltIn(const std::string& source, PatternOptions options) {
  std::unique_ptr<RE2> re = MakeRe2(source, options);
  if (!re->ok())
    throw std::runtime_error("a built-in pattern does not compile: " + CompileError(*re));
  // The group indexes callers took from the text must be RE2's.
  for (const auto& [name, index] : re->NamedCapturingGroups()) {
    if (NamedGroupIndex(source, name) != index) {
      throw std::runtime_error("a built-in pattern's group \"" + name + "\" was misread");
    }
  }
  return re;
}

}  // namespace

const RE2& Pattern::Compiled() const {
  std::call_once(compiled_, [this] {
    const LetterRuns* runs = focus_ != nullptr && narrowing_ ? focus_->runs() : nullptr;
    std::string narrowed = runs != nullptr ? narrowing_(*runs) : std::string();
    if (runs != nullptr && narrowed != source_) {
      re_ = CompileBuiltIn(narrowed, options_);
      narrowed_to_ = runs;
    } else {
      re_ = CompileBuiltIn(source_, options_);
    }
    ready_.store(true, std::memory_order_relaxed);
  });
  return *re_;
}

const RE2& Pattern::CompiledFor(std::string_view text) const {
  const RE2& re = Compiled();
  if (narrowed_to_ == nullptr) return re;
  // Once the full program exists it answers everything, unchecked.
  if (full_ready_.load(std::memory_order_acquire)) return *full_re_;
  if (narrowed_to_->Covers(text)) return re;
  std::call_once(full_once_, [this] {
    full_re_ = CompileBuiltIn(source_, options_);
    full_ready_.store(true, std::memory_order_release);
  });
  return *full_re_;
}

const RequiredText& Pattern::Required() const {
  std::call_once(required_once_,
                 [this] { required_ = RequiredText::Of(source_, options_.case_sensitive); });
  return required_;
}

Pattern::~Pattern() = default;

std::optional<PatternMatch> Pattern::MatchAt(const RE2& re, std::string_view text, size_t start,
                                             bool anchored, size_t base) {
  const int groups = re.NumberOfCapturingGroups();
  // Most patterns have a handful of groups: no heap allocation per call.
  constexpr int kInlineGroups = 16;
  std::array<re2::StringPiece, kInlineGroups> inline_pieces;
  std::vector<re2::StringPiece> heap_pieces;
  re2::StringPiece* pieces = inline_pieces.data();
  if (groups + 1 > kInlineGroups) {
    heap_pieces.resize(static_cast<size_t>(groups) + 1);
    pieces = heap_pieces.data();
  }
  re2::StringPiece input(text.data(), text.size());
  if (!re.Match(input, start, text.size(), anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, pieces,
                groups + 1)) {
    return std::nullopt;
  }
  PatternMatch match;
  auto to_span = [&](const re2::StringPiece& piece) {
    size_t b = static_cast<size_t>(piece.data() - text.data());
    return Span{base + b, base + b + piece.size()};
  };
  match.whole = to_span(pieces[0]);
  match.groups.resize(static_cast<size_t>(groups) + 1);
  for (size_t i = 1; i < match.groups.size(); ++i) {
    if (pieces[i].data() != nullptr) match.groups[i] = to_span(pieces[i]);
  }
  return match;
}

std::optional<PatternMatch> Pattern::Find(std::string_view text, size_t base) const {
  if (!MayMatch(text)) return std::nullopt;
  return MatchAt(CompiledFor(text), text, 0, false, base);
}

std::optional<PatternMatch> Pattern::MatchPrefix(std::string_view text, size_t base) const {
  if (!MayMatch(text)) return std::nullopt;
  return MatchAt(CompiledFor(text), text, 0, true, base);
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text, size_t base) const {
  std::vector<PatternMatch> all;
  // Once for the whole text: checking each rest again would be quadratic.
  if (!MayMatch(text)) return all;
  const RE2& re = CompiledFor(text);
  size_t pos = 0;
  while (pos <= text.size()) {
    auto match = MatchAt(re, text, pos, false, base);
    if (!match) break;
    size_t end = match->whole.end - base;
    all.push_back(std::move(*match));
    // Step past an empty match so the loop always advances.
    pos = end > pos ? end : pos + 1;
  }
  return all;
}

bool Pattern::Matches(std::string_view text) const {
  if (!MayMatch(text)) return false;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), CompiledFor(text));
}

int Pattern::NumberOfGroups() const { return Compiled().NumberOfCapturingGroups(); }

int Pattern::GroupIndex(std::string_view name) const {
  // Read from the text while the pattern waits for its first use (checked
  // against RE2 when it compiles).
  if (deferred_) return NamedGroupIndex(source_, name);
  const auto& names = re_->NamedCapturingGroups();
  auto it = names.find(std::string(name));
  return it == names.end() ? -1 : it->second;
}

int NamedGroupIndex(std::string_view pattern, std::string_view name) {
  int groups = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      // \Q...\E quotes everything up to \E; any other escape is two bytes.
      if (i + 1 < pattern.size() && pattern[i + 1] == 'Q') {
        size_t end = pattern.find("\\E", i + 2);
        i = end == std::string_view::npos ? pattern.size() : end + 1;
      } else {
        ++i;
      }
    } else if (c == '[') {
      // A class: ']' right after '[' or '[^' is a member; escapes and
      // [:name:] inside are skipped.
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') {
        if (pattern[j] == '\\') {
          j += 2;
        } else if (pattern.substr(j, 2) == "[:") {
          size_t end = pattern.find(":]", j + 2);
          j = end == std::string_view::npos ? j + 1 : end + 2;
        } else {
          ++j;
        }
      }
      i = j;
    } else if (c == '(') {
      if (i + 1 < pattern.size() && pattern[i + 1] == '?') {
        // (?P<name>...) and (?<name>...) capture; other (?...) do not.
        size_t open = pattern.substr(i + 2, 2) == "P<"  ? i + 4
                      : pattern.substr(i + 2, 1) == "<" ? i + 3
                                                        : std::string_view::npos;
        if (open == std::string_view::npos) continue;
        ++groups;
        size_t close = pattern.find('>', open);
        if (close != std::string_view::npos && pattern.substr(open, close - open) == name) {
          return groups;
        }
      } else {
        ++groups;
      }
    }
  }
  return -1;
}

std::string QuoteMeta(std::string_view literal) {
  return RE2::QuoteMeta(re2::StringPiece(literal.data(), literal.size()));
}

}  // namespace qa
