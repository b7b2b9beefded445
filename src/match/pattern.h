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
#include "match/capture_memo.h"
#include "match/frequent_phrases.h"
#include "match/leading_run.h"
#include "match/letter_runs.h"
#include "match/pattern_focus.h"
#include "match/required_text.h"
#include "match/trailing_run.h"

namespace re2 {
class RE2;
}

namespace qa {

class CueTail;

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
  // A built-in pattern made from lexicons, its source built only when
  // needed: narrowed to one document's phrases or in full.
  struct LexiconSource {
    std::function<std::string()> full;
    Narrowing narrowed;
    // A pattern with the same capturing groups (the source with each
    // lexicon's alternation left out), for GroupIndex before compiling.
    std::string groups;
    // The source with each lexicon placed between word boundaries cut to
    // its frequent phrases, and those cuts (match/frequent_phrases.h); both
    // unset when no lexicon is cut. The cuts are asked for when the
    // frequent program is first needed: working them out cost a twentieth
    // of a one-article run, which never needs them.
    std::function<std::string()> frequent;
    std::function<std::vector<std::shared_ptr<const FrequentPhrases>>()> cuts;
    // Of those cuts, the ones whose lexicon every match needs (unset: none).
    // A text whose words file no phrase of one of them is not searched: no
    // program could match there. Asked for with the cuts.
    std::function<std::vector<std::shared_ptr<const FrequentPhrases>>()> required;
    // A tail after the speaker's run that words can match in RE2's place
    // (match/cue_tail.h), made at the first search; unset when there is none.
    // Used only where `groups`' tail after its leading run is the matcher's
    // skeleton.
    std::function<std::shared_ptr<const CueTail>()> cue_tail;
  };
  // A deferred pattern that, when `focus` has a document by its first use,
  // compiles narrowed to that document's phrases (match/pattern_focus.h).
  static std::unique_ptr<Pattern> Deferred(LexiconSource source, PatternOptions options,
                                           std::shared_ptr<const PatternFocus> focus);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // First match in text[begin, end), unanchored. `base` is added to offsets.
  std::optional<PatternMatch> Find(std::string_view text, size_t base = 0) const;
  // Match anchored at the start of text.
  std::optional<PatternMatch> MatchPrefix(std::string_view text, size_t base = 0) const;
  // All non-overlapping matches, left to right.
  std::vector<PatternMatch> FindAll(std::string_view text, size_t base = 0) const;
  // The same for the matches lying in text[from, to), the bytes around
  // them read only as context (by \b, ^ and $): FindAll's answer when every
  // match lies there, for less reading.
  std::vector<PatternMatch> FindAll(std::string_view text, size_t base, size_t from,
                                    size_t to) const;
  // Whether the pattern matches anywhere (cheapest call).
  bool Matches(std::string_view text) const;

  int NumberOfGroups() const;
  // Index of a named group, or -1.
  int GroupIndex(std::string_view name) const;
  // Whether it was made to compile on its first use (Deferred) rather than
  // at once: a rule set's start-up cost, which the tests check.
  bool CompilesOnFirstUse() const { return deferred_; }
  // Whether the tail after its leading run is matched by reading words
  // (match/cue_tail.h), RE2 searching it only where they cannot tell.
  bool ReadsTailByWords() const { return CueTailOfAll() != nullptr; }
  // Whether RE2 has compiled one of its whole programs (not only a tail, a
  // head or a prefix): the cost its words' matchers are there to spare.
  bool CompiledWhole() const { return compiled_whole_.load(std::memory_order_acquire); }

 private:
  // One program of the pattern: its source, the literals every match of it
  // contains (a text without them is neither searched nor the program
  // compiled for it) and its RE2, each made when first needed.
  struct Program {
    std::string source;
    // Its own in the process, never reused (match/capture_memo.h).
    const uint64_t number = CaptureMemo::NewProgramNumber();
    const uint64_t tail_number = CaptureMemo::NewProgramNumber();  // its tail's
    const uint64_t head_number = CaptureMemo::NewProgramNumber();  // its head's
    std::once_flag required_once;
    RequiredText required;
    std::once_flag compiled_once;
    std::unique_ptr<re2::RE2> re;
    // When every match of `re` starts at a word boundary (set with `re`),
    // how many more searches anchored at a boundary may find its unanchored
    // matches without RE2's reverse program: about what compiling that would
    // cost, and none once RE2 has compiled it (match/pattern.cc).
    std::atomic<int64_t> boundary_tries_left{0};
    // Whether RE2 has it compiled: then only the quick literal checks are worth it.
    std::atomic<bool> ready{false};
    // A source opening with a lazy run is searched by its tail
    // (match/leading_run.h): `lead` is read from the source at the first
    // search, `tail` compiled then (null when the source does not split).
    std::once_flag lead_once;
    std::optional<LeadingRun> lead;
    std::once_flag tail_once;
    std::unique_ptr<re2::RE2> tail;
    // A run after an anchored prefix: the prefix compiled for its preferred
    // match and for its longest (null when the run has no prefix).
    std::once_flag prefix_once;
    std::unique_ptr<re2::RE2> prefix_first;
    std::unique_ptr<re2::RE2> prefix_longest;
    // A source closing with a greedy run is searched by its head
    // (match/trailing_run.h), the same way.
    std::once_flag head_once;
    std::optional<TrailingRun> trail;
    std::unique_ptr<re2::RE2> head;
  };

  Pattern() = default;
  // RE2's match of `program`'s compiled whole, its groups remembered under its
  // number (match/capture_memo.h); its boundary tries are spent here.
  static std::optional<PatternMatch> MatchAt(Program& program, std::string_view text, size_t start,
                                             size_t end, bool anchored, size_t base);
  // The first match in text[start, end) (anchored: at `start`), by the
  // program's tail where it has one, else by RE2 on the whole program.
  std::optional<PatternMatch> Search(Program& program, std::string_view text, size_t start,
                                     size_t end, bool anchored, size_t base) const;
  // The match worked out from the tail's, as RE2 would find it; `decided`
  // is false when the run cannot be read exactly and RE2 must search.
  struct TailAnswer {
    bool decided = true;
    std::optional<PatternMatch> match;
  };
  // A run's anchored prefix (LeadingRun::prefix) compiled twice: `first`
  // finds the match RE2 prefers, `longest` the longest.
  struct PrefixPrograms {
    const re2::RE2* first = nullptr;
    const re2::RE2* longest = nullptr;
  };
  // `cue`, when not null, finds the tail's matches in place of `tail`;
  // `prefix` must be the lead's prefix compiled when it has one.
  static TailAnswer SearchByTail(const re2::RE2* tail, const CueTail* cue, uint64_t tail_number,
                                 const LeadingRun& lead, PrefixPrograms prefix,
                                 std::string_view text, size_t start, size_t end, bool anchored,
                                 size_t base, bool groups);
  // The same for a run after a prefix anchored at the text's start.
  static TailAnswer SearchAfterPrefix(const re2::RE2* tail, const CueTail* cue,
                                      uint64_t tail_number, const LeadingRun& lead,
                                      PrefixPrograms prefix, std::string_view text, size_t start,
                                      size_t end, size_t base, bool groups);
  // The same from the head's match and a walk forward over the run.
  static TailAnswer SearchByHead(const re2::RE2& head, uint64_t head_number,
                                 const TrailingRun& trail, std::string_view text, size_t start,
                                 size_t end, bool anchored, size_t base);

  // The full program, its source built first if it was deferred.
  Program& Full() const;
  // The program to search `text` with: the narrowed one when there is one
  // and `text` is within the runs it was narrowed to, else the frequent one
  // when there is one and `text` holds none of the phrases it cuts (nor a
  // character outside CommonCharacters, when its classes are narrowed to
  // them), else the common one when there is one and `text` holds no
  // character outside CommonCharacters, else the full one. Null when a
  // lexicon every match needs cannot occur in `text` (LexiconSource::required),
  // which is known once the cuts are worked out.
  Program* ProgramFor(std::string_view text) const;
  // common_, made at the first call (null when there is none).
  Program* Common() const;
  // frequent_, made at the first call (null when no lexicon is cut).
  Program* Frequent() const;
  const RequiredText& Required(Program& program) const;
  // The program's RE2, compiling it first if it was deferred.
  const re2::RE2& Compiled(Program& program) const;
  // The program's leading run, or null when its source opens with none.
  const LeadingRun* Lead(Program& program) const;
  // The program's tail compiled, or null when its source has no leading run.
  const re2::RE2* Tail(Program& program) const;
  // The program's lead's prefix compiled (both null when it has none, or
  // when the prefix does not compile).
  PrefixPrograms Prefix(Program& program) const;
  // The words' matcher of every program's tail (they differ only in the
  // phrases and characters their texts can hold), or null.
  const CueTail* CueTailOfAll() const;
  // CueTailOfAll for a program with a leading run, but not for one narrowed
  // to a document; else null.
  const CueTail* CueTailFor(Program& program) const;
  // The program's head compiled, or null when its source has no trailing
  // run (or has a leading one, which its tail answers).
  const re2::RE2* Head(Program& program) const;
  // The RE2 of `source` (a program's, or its tail) for `program`: with its
  // Unicode classes narrowed to the document's characters when `program` is
  // the narrowed one. `group_shift`: how many groups the source lacks at
  // its start, for checking a built-in pattern's group indexes. Null when a
  // tail or head does not compile (`may_fail`); a built-in whole program throws.
  std::unique_ptr<re2::RE2> CompileFor(const Program& program, const std::string& source,
                                       int group_shift, bool may_fail) const;
  bool MayMatch(Program& program, std::string_view text) const {
    return Required(program).MayMatch(text, program.ready.load(std::memory_order_relaxed));
  }

  PatternOptions options_;
  mutable std::atomic<bool> compiled_whole_{false};
  bool deferred_ = false;  // made by Deferred: group indexes come from the text
  mutable Program full_;
  // A LexiconSource's: full_.source is built by full_source_ when first needed.
  std::function<std::string()> full_source_;
  mutable std::once_flag full_source_once_;
  std::string groups_;
  // Narrowing to the focus's document, decided at the first use.
  std::shared_ptr<const PatternFocus> focus_;
  Narrowing narrowing_;
  mutable std::once_flag narrowed_once_;
  mutable std::unique_ptr<Program> narrowed_;
  mutable const LetterRuns* narrowed_to_ = nullptr;
  // The full source with its Unicode classes narrowed to the characters
  // most news copy is written in (CommonCharacters), for the texts that
  // hold no other: null when the pattern has no class to narrow. Decided at
  // its first use.
  mutable std::once_flag common_once_;
  mutable std::unique_ptr<Program> common_;
  // The source with big lexicons cut to their frequent phrases, for the
  // texts that hold none of the others (match/frequent_phrases.h): its
  // classes narrowed to CommonCharacters where it has any.
  std::function<std::string()> frequent_source_;
  std::function<std::vector<std::shared_ptr<const FrequentPhrases>>()> cut_source_;
  std::function<std::vector<std::shared_ptr<const FrequentPhrases>>()> required_source_;
  std::function<std::shared_ptr<const CueTail>()> cue_tail_source_;
  mutable std::once_flag cue_tail_once_;
  mutable std::shared_ptr<const CueTail> cue_tail_;
  mutable std::vector<std::shared_ptr<const FrequentPhrases>> cuts_;      // set with frequent_
  mutable std::vector<std::shared_ptr<const FrequentPhrases>> required_;  // the same
  mutable std::once_flag frequent_once_;
  mutable std::unique_ptr<Program> frequent_;
  mutable bool frequent_needs_common_ = false;
};

// The index RE2 gives the named group `name` of `pattern` (its capturing
// groups counted from 1 by their opening parenthesis), or -1; read from the
// text, without compiling.
int NamedGroupIndex(std::string_view pattern, std::string_view name);

// Escapes a literal phrase for use inside a pattern.
std::string QuoteMeta(std::string_view literal);

}  // namespace qa
