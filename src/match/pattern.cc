#include "match/pattern.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>

#include "match/capture_memo.h"
#include "match/cue_tail.h"
#include "match/lexicon_gate.h"
#include "match/pattern_syntax.h"
#include "match/re2_options.h"
#include "match/unicode_narrowing.h"

namespace qa {
namespace {

// How many searches anchored at a word boundary may stand in for RE2's
// reverse program of `re` (MatchFromBoundary): none unless every match opens
// at a boundary; else about as many as cost what compiling that program
// would (a few for each instruction), so that text where matches lie far
// apart costs at most twice what RE2's way would.
int64_t BoundaryTries(const RE2& re) {
  return OpensAtWordBoundary(re.pattern()) ? int64_t{4} * re.ProgramSize() : 0;
}

std::unique_ptr<RE2> MakeRe2(std::string_view pattern, PatternOptions options) {
  return std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                               Re2Options(options));
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
  result->options_ = options;
  result->full_.source = std::string(pattern);
  result->full_.re = std::move(re);
  result->full_.boundary_tries_left = BoundaryTries(*result->full_.re);
  std::call_once(result->full_.compiled_once, [] {});  // nothing left to do on first use
  result->full_.ready.store(true, std::memory_order_relaxed);
  result->compiled_whole_.store(true, std::memory_order_relaxed);
  return result;
}

std::unique_ptr<Pattern> Pattern::Deferred(std::string pattern, PatternOptions options) {
  std::unique_ptr<Pattern> result(new Pattern());
  result->options_ = options;
  result->full_.source = std::move(pattern);
  result->deferred_ = true;
  return result;
}

std::unique_ptr<Pattern> Pattern::Deferred(LexiconSource source, PatternOptions options,
                                           std::shared_ptr<const PatternFocus> focus) {
  std::unique_ptr<Pattern> result(new Pattern());
  result->options_ = options;
  result->deferred_ = true;
  result->full_source_ = std::move(source.full);
  result->narrowing_ = std::move(source.narrowed);
  result->groups_ = std::move(source.groups);
  result->focus_ = std::move(focus);
  result->cue_tail_source_ = std::move(source.cue_tail);
  if (source.frequent && source.cuts) {
    result->frequent_source_ = std::move(source.frequent);
    result->cut_source_ = std::move(source.cuts);
    result->required_source_ = std::move(source.required);
  }
  return result;
}

namespace {

// Whether `runs` cover `text`, remembering the last text asked on this
// thread: the attributor searches each window with every pattern in turn,
// and comparing bytes costs far less than reading runs again.
bool Covered(const LetterRuns& runs, std::string_view text) {
  thread_local uint64_t last_runs = 0;
  thread_local std::string last_text;
  thread_local bool last_answer = false;
  if (runs.id() != 0 && runs.id() == last_runs && text == last_text) return last_answer;
  last_answer = runs.Covers(text);
  last_runs = runs.id();
  last_text.assign(text);
  return last_answer;
}

}  // namespace

Pattern::Program& Pattern::Full() const {
  if (full_source_) std::call_once(full_source_once_, [this] { full_.source = full_source_(); });
  return full_;
}

Pattern::Program* Pattern::ProgramFor(std::string_view text) const {
  std::call_once(narrowed_once_, [this] {
    const LetterRuns* runs = focus_ != nullptr && narrowing_ ? focus_->runs() : nullptr;
    if (runs == nullptr) return;
    narrowed_ = std::make_unique<Program>();
    narrowed_->source = narrowing_(*runs);
    narrowed_to_ = runs;
  });
  // Once the full program is compiled it answers everything, unchecked.
  if (narrowed_ != nullptr && !full_.ready.load(std::memory_order_acquire) &&
      (focus_->Holds(text) || Covered(*narrowed_to_, text))) {
    return narrowed_.get();
  }
  if (Program* frequent = Frequent(); frequent != nullptr) {
    // The same reading of the words answers both (FrequentPhrases::Read).
    if (!std::all_of(required_.begin(), required_.end(),
                     [&](const auto& cut) { return cut->MayHoldAny(text); })) {
      return nullptr;
    }
    const bool cut_away = std::none_of(cuts_.begin(), cuts_.end(),
                                       [&](const auto& cut) { return cut->MayHoldOthers(text); });
    if (cut_away && (!frequent_needs_common_ || HoldsOnlyCommonCharacters(text))) return frequent;
  }
  if (Program* common = Common(); common != nullptr && HoldsOnlyCommonCharacters(text)) {
    return common;
  }
  return &Full();
}

Pattern::Program* Pattern::Frequent() const {
  if (!frequent_source_) return nullptr;
  std::call_once(frequent_once_, [this] {
    cuts_ = cut_source_();
    // No cut, no text to tell apart: the frequent program would answer
    // for every text.
    if (cuts_.empty()) return;
    if (required_source_) required_ = required_source_();
    frequent_ = std::make_unique<Program>();
    frequent_->source = frequent_source_();
    // Most texts hold only these characters; the others go to the full
    // program, which has every phrase anyway.
    if (std::optional<std::string> fewer =
            NarrowUnicodeClasses(frequent_->source, options_.case_sensitive, CommonCharacters())) {
      frequent_->source = std::move(*fewer);
      frequent_needs_common_ = true;
    }
  });
  return frequent_.get();
}

Pattern::Program* Pattern::Common() const {
  // Only deferred patterns: the built-in ones, whose classes the rewriter
  // knows. Narrowed when first needed, since most patterns are never used.
  if (!deferred_) return nullptr;
  std::call_once(common_once_, [this] {
    std::optional<std::string> fewer =
        NarrowUnicodeClasses(Full().source, options_.case_sensitive, CommonCharacters());
    if (!fewer) return;
    common_ = std::make_unique<Program>();
    common_->source = std::move(*fewer);
  });
  return common_.get();
}

const RequiredText& Pattern::Required(Program& program) const {
  std::call_once(program.required_once, [&] {
    program.required = RequiredText::Of(program.source, options_.case_sensitive);
  });
  return program.required;
}

std::unique_ptr<RE2> Pattern::CompileFor(const Program& program, const std::string& source,
                                         int group_shift, bool may_fail) const {
  // The group indexes callers took from the text (or, for a pattern
  // compiled up front, from its RE2) must be this RE2's, shifted.
  auto misread_group = [&](const RE2& re) -> std::optional<std::string> {
    for (const auto& [name, index] : re.NamedCapturingGroups()) {
      const int expected = deferred_
                               ? NamedGroupIndex(full_source_ ? groups_ : program.source, name)
                               : GroupIndex(name);
      if (expected != index + group_shift) return name;
    }
    return std::nullopt;
  };
  // A narrowed program's Unicode classes are narrowed too, to the
  // document's characters (Covered checks those as well as the runs); only
  // now, since most programs are never compiled. Should the rewrite not
  // compile after all, the source as it is will.
  if (&program == narrowed_.get()) {
    if (std::optional<std::string> fewer =
            NarrowUnicodeClasses(source, options_.case_sensitive, narrowed_to_->characters())) {
      std::unique_ptr<RE2> re = MakeRe2(*fewer, options_);
      if (re->ok() && !misread_group(*re)) return re;
    }
  }
  std::unique_ptr<RE2> re = MakeRe2(source, options_);
  if (!re->ok()) {
    if (may_fail) return nullptr;
    throw std::runtime_error("a built-in pattern does not compile: " + CompileError(*re));
  }
  if (std::optional<std::string> name = misread_group(*re)) {
    if (may_fail) return nullptr;
    throw std::runtime_error("a built-in pattern's group \"" + *name + "\" was misread");
  }
  return re;
}

const RE2& Pattern::Compiled(Program& program) const {
  std::call_once(program.compiled_once, [&] {
    program.re = CompileFor(program, program.source, 0, false);
    program.boundary_tries_left = BoundaryTries(*program.re);
    program.ready.store(true, std::memory_order_release);
    compiled_whole_.store(true, std::memory_order_release);
  });
  return *program.re;
}

const LeadingRun* Pattern::Lead(Program& program) const {
  std::call_once(program.lead_once, [&] {
    // Leftmost-longest matching picks the run by another rule.
    if (options_.longest_match) return;
    program.lead = LeadingRun::Of(program.source);
  });
  return program.lead ? &*program.lead : nullptr;
}

const CueTail* Pattern::CueTailOfAll() const {
  std::call_once(cue_tail_once_, [this] {
    if (!cue_tail_source_ || options_.longest_match) return;
    std::shared_ptr<const CueTail> cue = cue_tail_source_();
    if (cue == nullptr) return;
    // Only where the pattern's tail is the one the matcher reads, lexicons
    // left out (the run and the tail split the same with them in).
    const std::optional<LeadingRun> lead = LeadingRun::Of(groups_);
    if (lead && lead->tail() == cue->skeleton()) cue_tail_ = std::move(cue);
  });
  return cue_tail_.get();
}

const CueTail* Pattern::CueTailFor(Program& program) const {
  // A program narrowed to one document's phrases compiles in less time
  // than the words' matcher is built in: a one-article run never builds it.
  if (Lead(program) == nullptr || &program == narrowed_.get()) return nullptr;
  return CueTailOfAll();
}

const RE2* Pattern::Tail(Program& program) const {
  std::call_once(program.tail_once, [&] {
    if (Lead(program) == nullptr) return;
    program.tail = CompileFor(program, program.lead->tail(), 1, true);
    if (program.tail == nullptr) return;
    program.ready.store(true, std::memory_order_release);
  });
  return program.tail.get();
}

Pattern::PrefixPrograms Pattern::Prefix(Program& program) const {
  std::call_once(program.prefix_once, [&] {
    if (Lead(program) == nullptr || program.lead->prefix().empty()) return;
    PatternOptions longest = options_;
    longest.longest_match = true;
    std::unique_ptr<RE2> first = MakeRe2(program.lead->prefix(), options_);
    std::unique_ptr<RE2> all = MakeRe2(program.lead->prefix(), longest);
    if (!first->ok() || !all->ok() || first->NumberOfCapturingGroups() != 0) return;
    program.prefix_first = std::move(first);
    program.prefix_longest = std::move(all);
  });
  return {program.prefix_first.get(), program.prefix_longest.get()};
}

const RE2* Pattern::Head(Program& program) const {
  std::call_once(program.head_once, [&] {
    // Leftmost-longest matching picks the head's match by another rule; a
    // tail answers a pattern that opens with a run.
    if (options_.longest_match || Tail(program) != nullptr) return;
    program.trail = TrailingRun::Of(program.source);
    if (!program.trail) return;
    // The head's groups are the pattern's first ones: no shift.
    program.head = CompileFor(program, program.trail->head(), 0, true);
    if (program.head == nullptr) return;
    program.ready.store(true, std::memory_order_release);
  });
  return program.head.get();
}

Pattern::~Pattern() = default;

namespace {

// How many of the tail's matches a search tries before leaving the whole
// pattern to RE2 (match/leading_run.h).
constexpr int kTailTries = 4;

// RE2 reads groups with its bit-state engine only in programs of at most
// this many instructions, with its NFA in bigger ones.
constexpr int kBitStateInstructions = 512;

// Room for a match's pieces: most patterns have a handful of groups, so no
// heap allocation per call.
class Pieces {
 public:
  explicit Pieces(int count) {
    if (count > kInline) heap_.resize(static_cast<size_t>(count));
  }
  re2::StringPiece* data() { return heap_.empty() ? inline_.data() : heap_.data(); }

 private:
  static constexpr int kInline = 16;
  std::array<re2::StringPiece, kInline> inline_;
  std::vector<re2::StringPiece> heap_;
};

PatternMatch ToMatch(std::string_view text, const re2::StringPiece* pieces, int count,
                     size_t base) {
  PatternMatch match;
  auto to_span = [&](const re2::StringPiece& piece) {
    size_t b = static_cast<size_t>(piece.data() - text.data());
    return Span{base + b, base + b + piece.size()};
  };
  match.whole = to_span(pieces[0]);
  match.groups.resize(static_cast<size_t>(count));
  for (size_t i = 1; i < match.groups.size(); ++i) {
    if (pieces[i].data() != nullptr) match.groups[i] = to_span(pieces[i]);
  }
  return match;
}

// A remembered match's groups (match/capture_memo.h) as pieces[1..] of the
// match at text[begin...].
void GroupsFromPlaces(std::span<const CaptureMemo::GroupPlace> places, std::string_view text,
                      size_t begin, re2::StringPiece* pieces) {
  for (size_t i = 0; i < places.size(); ++i) {
    const CaptureMemo::GroupPlace& place = places[i];
    pieces[i + 1] = place.begin < 0
                        ? re2::StringPiece()
                        : re2::StringPiece(text.data() + begin + static_cast<size_t>(place.begin),
                                           static_cast<size_t>(place.end - place.begin));
  }
}

// pieces[1..count) as places from the match's start at text[begin...]; the
// view is the calling thread's until its next call.
std::span<const CaptureMemo::GroupPlace> PlacesOfGroups(std::string_view text, size_t begin,
                                                        const re2::StringPiece* pieces, int count) {
  thread_local std::vector<CaptureMemo::GroupPlace> places;
  places.assign(static_cast<size_t>(count - 1), {});
  for (size_t i = 0; i < places.size(); ++i) {
    const re2::StringPiece& piece = pieces[i + 1];
    if (piece.data() == nullptr) continue;
    const auto from = static_cast<int32_t>(piece.data() - text.data() - begin);
    places[i] = {from, from + static_cast<int32_t>(piece.size())};
  }
  return places;
}

// The leftmost match in text[start, end) of a program whose every match
// starts at a word boundary, into pieces[0], found without RE2's reverse
// program: by searches anchored at each boundary from `start` in turn
// (leftmost-first or leftmost-longest, the leftmost start with a match is
// the one), after the first only once RE2's forward DFA has said that a
// match exists. Unset when `tries_left` ran out first: RE2's own search
// decides then. *tries_left is lowered by the searches made.
std::optional<bool> MatchFromBoundary(const RE2& re, std::string_view text, size_t start,
                                      size_t end, re2::StringPiece* whole,
                                      std::atomic<int64_t>* tries_left) {
  const re2::StringPiece input(text.data(), text.size());
  const int64_t budget = tries_left->load(std::memory_order_relaxed);
  int64_t tries = 0;
  std::optional<bool> found = false;  // no boundary left: no match
  for (size_t at = start; at <= end; ++at) {
    // RE2's \b reads ASCII word bytes, as the lexicon gate does.
    const bool word_before =
        at > 0 && LexiconGate::IsWordByte(static_cast<unsigned char>(text[at - 1]));
    const bool word_after =
        at < text.size() && LexiconGate::IsWordByte(static_cast<unsigned char>(text[at]));
    if (word_before == word_after) continue;
    if (tries == budget) {
      found = std::nullopt;
      break;
    }
    // Most searches start where the lexicons first allow a match (vague-
    // source's), so the first boundary is usually the start.
    if (tries == 1 && !re.Match(input, at, end, RE2::UNANCHORED, nullptr, 0)) break;
    ++tries;
    if (re.Match(input, at, end, RE2::ANCHOR_START, whole, 1)) {
      found = true;
      break;
    }
  }
  tries_left->fetch_sub(tries, std::memory_order_relaxed);
  return found;
}

// re.Match(text, start, end, anchor, pieces, count), a big program's groups
// (match/capture_memo.h) remembered under the number `program` by the
// bytes matched: RE2 finds the whole match with its DFA alone, and reads the
// groups only for bytes it has not matched before. A program opening at a
// word boundary (`boundary_tries_left` given) finds its unanchored match by
// MatchFromBoundary while it has tries left: RE2 finds where a match it
// found starts with a reverse program, which takes as long to compile as the
// program itself (over a run of one kind of article, never needed).
bool MatchWithGroups(const RE2& re, uint64_t program, std::string_view text, size_t start,
                     size_t end, RE2::Anchor anchor, re2::StringPiece* pieces, int count,
                     std::atomic<int64_t>* boundary_tries_left = nullptr) {
  re2::StringPiece input(text.data(), text.size());
  if (count == 1 || re.ProgramSize() <= kBitStateInstructions) {
    return re.Match(input, start, end, anchor, pieces, count);
  }
  const bool by_boundary = anchor == RE2::UNANCHORED && boundary_tries_left != nullptr &&
                           boundary_tries_left->load(std::memory_order_relaxed) > 0;
  std::optional<bool> found;
  if (by_boundary) found = MatchFromBoundary(re, text, start, end, pieces, boundary_tries_left);
  const bool from_boundary = found.has_value();
  if (!found) {
    found = re.Match(input, start, end, anchor, pieces, 1);
    // RE2 has its reverse program now: nothing left to save.
    if (*found && by_boundary) boundary_tries_left->store(0, std::memory_order_relaxed);
  }
  if (!*found) return false;
  const size_t begin = static_cast<size_t>(pieces[0].data() - text.data());
  const CaptureMemo::Key key{program, text, begin, begin + pieces[0].size()};
  CaptureMemo& memo = CaptureMemo::OfThisThread();
  if (auto places = memo.Recall(key)) {
    GroupsFromPlaces(*places, text, begin, pieces);
    return true;
  }
  // RE2's search again rather than one over the match alone: its DFA states
  // for this one are built (anchored at the start after MatchFromBoundary),
  // an anchored search at both ends would build new ones.
  const bool again = from_boundary ? re.Match(input, begin, end, RE2::ANCHOR_START, pieces, count)
                                   : re.Match(input, start, end, anchor, pieces, count);
  if (!again) return false;
  if (pieces[0].data() == text.data() + key.begin && pieces[0].size() == key.end - key.begin) {
    memo.Remember(key, PlacesOfGroups(text, begin, pieces, count));
  }
  return true;
}

// The tail's leftmost match in text[from, end), by the cue's matcher when
// there is one, else by RE2, into all[1...]: its whole match in [1], its
// groups (a cue tail's one group, the cue) from [2] on, `count` - 1 pieces
// in all. `decided` is false when the matcher leaves the text to RE2.
struct TailStart {
  bool decided = true;
  std::optional<size_t> begin;  // none: no match
};
TailStart FindTail(const RE2* tail, const CueTail* cue, uint64_t tail_number, std::string_view text,
                   size_t from, size_t end, re2::StringPiece* all, int count) {
  if (cue != nullptr) {
    const CueTail::Answer found = cue->Search(text, from, end);
    if (!found.decided) return {.decided = false};
    if (!found.match) return {};
    auto piece = [&](Span span) { return re2::StringPiece(text.data() + span.begin, span.size()); };
    all[1] = piece(found.match->whole);
    if (count > 2) all[2] = piece(found.match->cue);
  } else if (!MatchWithGroups(*tail, tail_number, text, from, end, RE2::UNANCHORED, all + 1,
                              count - 1)) {
    return {};
  }
  return {.begin = static_cast<size_t>(all[1].data() - text.data())};
}

}  // namespace

std::optional<PatternMatch> Pattern::MatchAt(Program& program, std::string_view text, size_t start,
                                             size_t end, bool anchored, size_t base) {
  const RE2& re = *program.re;
  const int count = re.NumberOfCapturingGroups() + 1;
  Pieces pieces(count);
  if (!MatchWithGroups(re, program.number, text, start, end,
                       anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, pieces.data(), count,
                       &program.boundary_tries_left)) {
    return std::nullopt;
  }
  return ToMatch(text, pieces.data(), count, base);
}

Pattern::TailAnswer Pattern::SearchByTail(const RE2* tail, const CueTail* cue, uint64_t tail_number,
                                          const LeadingRun& lead, PrefixPrograms prefix,
                                          std::string_view text, size_t start, size_t end,
                                          bool anchored, size_t base, bool groups) {
  if (!lead.prefix().empty()) {
    if (prefix.first == nullptr) return {.decided = false};
    // Every match starts at the text's start: `anchored` asks nothing more.
    return SearchAfterPrefix(tail, cue, tail_number, lead, prefix, text, start, end, base, groups);
  }
  // The whole pattern's pieces: the tail's land from [1] on, its whole
  // match in [1] until the run is known. A cue tail's one group is its cue.
  const int tail_groups = cue != nullptr ? 1 : tail->NumberOfCapturingGroups();
  const int count = groups ? tail_groups + 2 : 2;
  Pieces pieces(count);
  re2::StringPiece* all = pieces.data();
  // The run ends where the tail's leftmost match begins, unless the run
  // would be empty there: then at the tail's next match. No tail match, no
  // match at all.
  size_t from = start;
  size_t tail_begin = 0;
  std::optional<size_t> run_begin;
  for (int tries = 0;; ++tries) {
    const TailStart found = FindTail(tail, cue, tail_number, text, from, end, all, count);
    if (!found.decided) return {.decided = false};
    if (!found.begin) return {};
    tail_begin = *found.begin;
    run_begin = lead.RunStart(text, start, tail_begin);
    if (!run_begin) return {.decided = false};
    if (*run_begin != tail_begin) break;
    // Each try searches the rest of the text again: a few, then RE2 decides.
    if (tries == kTailTries || tail_begin == end) return {.decided = false};
    from = tail_begin + 1;
  }
  const size_t tail_end = tail_begin + all[1].size();
  // The run cannot start earlier than it does from the tail's leftmost match.
  if (anchored && *run_begin != start) return {};
  all[0] = re2::StringPiece(text.data() + *run_begin, tail_end - *run_begin);
  all[1] = re2::StringPiece(text.data() + *run_begin, tail_begin - *run_begin);
  return {.match = ToMatch(text, all, count, base)};
}

Pattern::TailAnswer Pattern::SearchAfterPrefix(const RE2* tail, const CueTail* cue,
                                               uint64_t tail_number, const LeadingRun& lead,
                                               PrefixPrograms prefix, std::string_view text,
                                               size_t start, size_t end, size_t base, bool groups) {
  // The prefix is anchored at the text's start (`^` outside multi-line
  // mode): a search from anywhere else finds nothing, as RE2's does.
  if (start != 0) return {};
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece matched;
  // No match of the prefix, none of the whole pattern.
  if (!prefix.first->Match(input, 0, end, RE2::ANCHOR_START, &matched, 1)) return {};
  const size_t run_begin = matched.size();
  // RE2 tries the prefix's other matches only where its preferred one
  // fails. When none of them ends later, each leaves the run at least the
  // characters the preferred one does (the reasoning below needs that).
  if (!prefix.longest->Match(input, 0, end, RE2::ANCHOR_START, &matched, 1) ||
      matched.size() != run_begin) {
    return {.decided = false};
  }
  // A run of one character at least precedes the tail in every match.
  if (end == 0) return {};
  const int tail_groups = cue != nullptr ? 1 : tail->NumberOfCapturingGroups();
  const int count = groups ? tail_groups + 2 : 2;
  Pieces pieces(count);
  re2::StringPiece* all = pieces.data();
  // Every match's run starts no later than run_begin, so every tail starts
  // at or after this one, the leftmost from the second character on.
  TailStart found = FindTail(tail, cue, tail_number, text, 1, end, all, count);
  if (!found.decided) return {.decided = false};
  if (!found.begin) return {};
  size_t tail_begin = *found.begin;
  bool inside_prefix = false;
  if (tail_begin <= run_begin) {
    // It starts inside the prefix's text, where only a less preferred match
    // of the prefix, with a longer run, could reach it. The preferred one
    // may still succeed with a later tail: RE2 would take that.
    inside_prefix = true;
    if (run_begin >= end) return {.decided = false};
    found = FindTail(tail, cue, tail_number, text, run_begin + 1, end, all, count);
    if (!found.decided || !found.begin) return {.decided = false};
    tail_begin = *found.begin;
  }
  const std::optional<size_t> stop_after = lead.RunStart(text, run_begin, tail_begin);
  if (!stop_after) return {.decided = false};
  // The preferred prefix, then the shortest run, then the tail: the match,
  // unless a stop lies between the prefix and the tail's leftmost match
  // after it. Then no match exists, since every run (starting no later) and
  // any later match of the tail would have to cross that stop; unless a
  // tail inside the prefix's text was left to RE2.
  if (*stop_after != run_begin) {
    if (inside_prefix) return {.decided = false};
    return {};
  }
  const size_t tail_end = tail_begin + all[1].size();
  all[0] = re2::StringPiece(text.data(), tail_end);
  all[1] = re2::StringPiece(text.data() + run_begin, tail_begin - run_begin);
  return {.match = ToMatch(text, all, count, base)};
}

Pattern::TailAnswer Pattern::SearchByHead(const RE2& head, uint64_t head_number,
                                          const TrailingRun& trail, std::string_view text,
                                          size_t start, size_t end, bool anchored, size_t base) {
  // The whole pattern's pieces: the head's, then the run's group.
  const int count = head.NumberOfCapturingGroups() + 2;
  Pieces pieces(count);
  re2::StringPiece* all = pieces.data();
  // No match of the head, none of the whole: every match of it opens with one.
  if (!MatchWithGroups(head, head_number, text, start, end,
                       anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, all, count - 1)) {
    return {};
  }
  const size_t head_begin = static_cast<size_t>(all[0].data() - text.data());
  const size_t head_end = head_begin + all[0].size();
  // Only a run of at least one character makes the head's match the whole
  // pattern's; otherwise a later choice of the head might be (RE2 decides).
  const std::optional<size_t> run_end = trail.RunEnd(text, head_end, end);
  if (!run_end || *run_end == head_end) return {.decided = false};
  all[0] = re2::StringPiece(text.data() + head_begin, *run_end - head_begin);
  all[count - 1] = re2::StringPiece(text.data() + head_end, *run_end - head_end);
  return {.match = ToMatch(text, all, count, base)};
}

std::optional<PatternMatch> Pattern::Search(Program& program, std::string_view text, size_t start,
                                            size_t end, bool anchored, size_t base) const {
  if (const CueTail* cue = CueTailFor(program)) {
    TailAnswer answer = SearchByTail(nullptr, cue, program.tail_number, *program.lead,
                                     Prefix(program), text, start, end, anchored, base, true);
    if (answer.decided) return std::move(answer.match);
    // The tail compiled by RE2 holds the same lexicons as the whole
    // program, and would cost as much to compile: the whole decides.
  } else if (const RE2* tail = Tail(program)) {
    TailAnswer answer = SearchByTail(tail, nullptr, program.tail_number, *program.lead,
                                     Prefix(program), text, start, end, anchored, base, true);
    if (answer.decided) return std::move(answer.match);
  } else if (const RE2* head = Head(program)) {
    TailAnswer answer =
        SearchByHead(*head, program.head_number, *program.trail, text, start, end, anchored, base);
    if (answer.decided) return std::move(answer.match);
  }
  Compiled(program);
  return MatchAt(program, text, start, end, anchored, base);
}

std::optional<PatternMatch> Pattern::Find(std::string_view text, size_t base) const {
  Program* program = ProgramFor(text);
  if (program == nullptr || !MayMatch(*program, text)) return std::nullopt;
  return Search(*program, text, 0, text.size(), false, base);
}

std::optional<PatternMatch> Pattern::MatchPrefix(std::string_view text, size_t base) const {
  Program* program = ProgramFor(text);
  if (program == nullptr || !MayMatch(*program, text)) return std::nullopt;
  return Search(*program, text, 0, text.size(), true, base);
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text, size_t base) const {
  return FindAll(text, base, 0, text.size());
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text, size_t base, size_t from,
                                           size_t to) const {
  std::vector<PatternMatch> all;
  to = std::min(to, text.size());
  if (from > to) return all;
  // Once for the whole text: checking each rest again would be quadratic.
  Program* program = ProgramFor(text);
  if (program == nullptr || !MayMatch(*program, text)) return all;
  size_t pos = from;
  while (pos <= to) {
    auto match = Search(*program, text, pos, to, false, base);
    if (!match) break;
    size_t end = match->whole.end - base;
    all.push_back(std::move(*match));
    // Step past an empty match so the loop always advances.
    pos = end > pos ? end : pos + 1;
  }
  return all;
}

bool Pattern::Matches(std::string_view text) const {
  Program* program = ProgramFor(text);
  if (program == nullptr || !MayMatch(*program, text)) return false;
  if (const CueTail* cue = CueTailFor(*program)) {
    TailAnswer answer = SearchByTail(nullptr, cue, program->tail_number, *program->lead,
                                     Prefix(*program), text, 0, text.size(), false, 0, false);
    if (answer.decided) return answer.match.has_value();
  } else if (const RE2* tail = Tail(*program)) {
    TailAnswer answer = SearchByTail(tail, nullptr, program->tail_number, *program->lead,
                                     Prefix(*program), text, 0, text.size(), false, 0, false);
    if (answer.decided) return answer.match.has_value();
  }
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), Compiled(*program));
}

int Pattern::NumberOfGroups() const { return Compiled(Full()).NumberOfCapturingGroups(); }

int Pattern::GroupIndex(std::string_view name) const {
  // Read from the text while the pattern waits for its first use (checked
  // against RE2 when it compiles).
  if (deferred_) return NamedGroupIndex(full_source_ ? groups_ : full_.source, name);
  const auto& names = full_.re->NamedCapturingGroups();
  auto it = names.find(std::string(name));
  return it == names.end() ? -1 : it->second;
}

int NamedGroupIndex(std::string_view pattern, std::string_view name) {
  int groups = 0;
  for (size_t i = 0; i < pattern.size(); i = PieceEnd(pattern, i) + 1) {
    if (pattern[i] == '(') {
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
