// The only interface to RE2 in quoteaudit. A Pattern is compiled once (at
// start-up, from rule data) and then matched many times; compile errors are
// returned as values, never logged.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "match/letter_runs.h"
#include "match/pattern_focus.h"
#include "match/required_text.h"

namespace re2 {
class RE2;
}

namespace qa {

struct PatternOptions {
  bool case_sensitive = true;
  bool longest_match = false;
};

// One match: the whole match and each capturing group (empty Span with
// begin == end == npos when the group did not take part). Offsets are
// relative to the start of the text passed to the match call, plus `base`.
struct PatternMatch {
  Span whole;
  std::vector<std::optional<Span>> groups;  // index 1..n as in RE2; [0] unused
};

class Pattern {
 public:
  // Returns nullptr and sets *error when the pattern does not compile.
  static std::unique_ptr<Pattern> Compile(std::string_view pattern, PatternOptions options,
                                          std::string* error);
  // A pattern known to compile (the built-in rules, which a test compiles),
  // compiled on its first use, by whichever thread gets there first. Should
  // it fail after all, that use throws std::runtime_error (the audit of one
  // input fails, with the message, and the run goes on).
  static std::unique_ptr<Pattern> Deferred(std::string pattern, PatternOptions options);

  // The source with each lexicon's alternation rebuilt from only the
  // phrases `runs` may hold (LetterRuns::MayHold).
  using Narrowing = std::function<std::string(const LetterRuns& runs)>;
  // A deferred pattern that, when `focus` has a document by its first use,
  // compiles narrowed to that document's phrases (match/pattern_focus.h).
  static std::unique_ptr<Pattern> Deferred(std::string pattern, PatternOptions options,
                                           std::shared_ptr<const PatternFocus> focus,
                                           Narrowing narrowing);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // First match in text[begin, end), unanchored. `base` is added to offsets.
  std::optional<PatternMatch> Find(std::string_view text, size_t base = 0) const;
  // Match anchored at the start of text.
  std::optional<PatternMatch> MatchPrefix(std::string_view text, size_t base = 0) const;
  // All non-overlapping matches, left to right.
  std::vector<PatternMatch> FindAll(std::string_view text, size_t base = 0) const;
  // Whether the pattern matches anywhere (cheapest call).
  bool Matches(std::string_view text) const;

  int NumberOfGroups() const;
  // Index of a named group, or -1.
  int GroupIndex(std::string_view name) const;
  const std::string& source() const { return source_; }

 private:
  Pattern() = default;
  static std::optional<PatternMatch> MatchAt(const re2::RE2& re, std::string_view text,
                                             size_t start, bool anchored, size_t base);

  // The compiled RE2, compiling it first if it was deferred (narrowed when
  // its focus has a document).
  const re2::RE2& Compiled() const;
  // The RE2 to search `text` with: the compiled one, or the full program
  // when that one is narrowed to runs `text` goes beyond.
  const re2::RE2& CompiledFor(std::string_view text) const;

  mutable std::once_flag compiled_;
  mutable std::unique_ptr<re2::RE2> re_;
  PatternOptions options_;
  std::string source_;
  // Literals every match contains: a text without them is not searched
  // (nor the pattern compiled for it). Read from the source on first use.
  const RequiredText& Required() const;
  mutable std::once_flag required_once_;
  mutable RequiredText required_;
  // Whether RE2 has it compiled: then only the quick literal checks are worth it.
  mutable std::atomic<bool> ready_{false};
  bool MayMatch(std::string_view text) const {
    return Required().MayMatch(text, ready_.load(std::memory_order_relaxed));
  }
  bool deferred_ = false;  // made by Deferred: group indexes come from the text

  std::shared_ptr<const PatternFocus> focus_;
  Narrowing narrowing_;
  // Set when re_ was compiled narrowed: the runs its phrases were chosen by.
  mutable const LetterRuns* narrowed_to_ = nullptr;
  // The full program, for a text beyond those runs; compiled when needed.
  mutable std::once_flag full_once_;
  mutable std::unique_ptr<re2::RE2> full_re_;
  mutable std::atomic<bool> full_ready_{false};
};

// The index RE2 gives the named group `name` of `pattern` (its capturing
// groups counted from 1 by their opening parenthesis), or -1; read from the
// text, without compiling.
int NamedGroupIndex(std::string_view pattern, std::string_view name);

// Escapes a literal phrase for use inside a pattern.
std::string QuoteMeta(std::string_view literal);

}  // namespace qa
