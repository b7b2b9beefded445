// Pairs quote marks with one stack per document, in three steps:
//
// 1. Collect every mark glyph paragraph by paragraph with its context
//    (quote_marks.h), and settle what context alone can settle: apostrophes
//    (apostrophe.h), empty pairs such as "" (skipped, not an error), and
//    whether the copy uses single or double marks for its outer quotes.
// 2. Walk the marks once. A mark opens or closes by its glyph where the glyph
//    has a fixed face („ 「 」), else by where it stands (space before and text
//    after opens, text before and space or punctuation after closes), else by
//    whether a quote of its family is open. A closing mark closes the nearest
//    open quote of its family; quotes of other families opened inside it and
//    still open are unclosed. At a paragraph end, open quotes carry on only if
//    the next paragraph starts by re-opening them (the multi-paragraph
//    convention); the rest are unclosed, which is how the scan recovers.
// 3. Emit the outermost quotes and the problems in document order.
//
// Every mark is pushed and popped at most once and every byte is read a
// bounded number of times, so the finder is linear in the document size.
#include "scan/quote_finder.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "scan/apostrophe.h"
#include "scan/quote_marks.h"
#include "scan/speaker_tag.h"

namespace qa {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

constexpr std::string_view kNeverClosedMessage = "quote opened here is never closed";
constexpr std::string_view kNoOpeningMessage = "closing quote mark with no opening mark";
constexpr std::string_view kMisplacedMessage =
    "quote mark on the wrong side of its space: read as opening the quote after it";

// What a mark turned out to be. Only kPending marks take part in pairing.
enum class Role : uint8_t { kPending, kApostrophe, kEmptyPair, kContinuation };

enum class Problem : uint8_t { kNone, kNeverClosed, kNoOpening, kMisplaced };

// A quote as found, before the outermost ones are chosen. Kept small: an
// adversarial file can hold millions of them.
struct Candidate {
  Span span;
  Span inner;
  int paragraph = 0;
  bool closed = true;
  bool multi_paragraph = false;
};

struct OpenQuote {
  size_t mark = kNone;
  // First mark of the same family opened inside this quote. If this quote is
  // never closed, it is cut there: `"Yes, she said. "No," he said.` keeps the
  // second quote instead of burying it inside the broken first one.
  size_t first_same_family_child = kNone;
  bool multi_paragraph = false;
};

class Pairer {
 public:
  Pairer(const Document& document, const PhraseSet& elisions, const PhraseSet* speech_verbs)
      : text_(document.text), elisions_(elisions), speech_verbs_(speech_verbs) {
    SetParagraphs(document);
  }

  QuoteFinderResult Run() {
    CollectMarks();
    ClassifyMarks();
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      for (size_t i = first_mark_[p]; i < first_mark_[p + 1]; ++i) {
        if (role_[i] == Role::kPending) HandleMark(i);
      }
      EndParagraph(p);
    }
    return Collect();
  }

 private:
  size_t Family(size_t mark) const { return static_cast<size_t>(marks_[mark].family); }

  void SetParagraphs(const Document& document) {
    // Paragraphs are clamped to the text and kept in order, so that a
    // malformed paragraph list can neither crash the finder nor make it
    // read a byte twice.
    size_t floor = 0;
    paragraphs_.reserve(document.paragraphs.size() + 1);
    paragraph_index_.reserve(document.paragraphs.size() + 1);
    for (const Span& p : document.paragraphs) {
      const size_t begin = std::max(p.begin, floor);
      const size_t end = std::min(p.end, text_.size());
      if (begin >= end) continue;
      paragraphs_.push_back({begin, end});
      paragraph_index_.push_back(static_cast<int>(&p - document.paragraphs.data()));
      floor = end;
    }
    if (document.paragraphs.empty() && !text_.empty()) {
      paragraphs_.push_back({0, text_.size()});
      paragraph_index_.push_back(0);
    }
  }

  void CollectMarks() {
    first_mark_.reserve(paragraphs_.size() + 1);
    // About a mark per 64 bytes of news (quotes and apostrophes): room at
    // once rather than a doubling series in every document.
    marks_.reserve(text_.size() / 64 + 8);
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      first_mark_.push_back(marks_.size());
      AppendQuoteMarks(text_, paragraphs_[p], static_cast<int>(p), &marks_);
    }
    first_mark_.push_back(marks_.size());
    role_.assign(marks_.size(), Role::kPending);
    candidate_of_mark_.assign(marks_.size(), kNone);
    problem_of_mark_.assign(marks_.size(), Problem::kNone);
  }

  void ClassifyMarks() {
    const std::vector<bool> apostrophe = FindApostrophes(text_, marks_, elisions_);
    for (size_t i = 0; i < marks_.size(); ++i) {
      if (apostrophe[i]) role_[i] = Role::kApostrophe;
    }
    MarkEmptyPairs();
    FindFirmClosers();
    DetectPrimaryStyle();
  }

  // "" or “ ” standing alone (space or edge outside, nothing but spaces
  // inside) is markup debris or an empty field, not a quote and not an error.
  void MarkEmptyPairs() {
    for (size_t i = 0; i + 1 < marks_.size(); ++i) {
      const QuoteMark& a = marks_[i];
      const QuoteMark& b = marks_[i + 1];
      if (role_[i] != Role::kPending || role_[i + 1] != Role::kPending) continue;
      if (a.paragraph != b.paragraph || a.family != b.family) continue;
      if (a.glyph == MarkGlyph::kClosing || b.glyph == MarkGlyph::kOpening) continue;
      const bool space_before = a.flank == MarkFlank::kOpening || a.flank == MarkFlank::kFree;
      const bool space_after = b.flank == MarkFlank::kClosing || b.flank == MarkFlank::kFree;
      if (!space_before || !space_after) continue;
      if (!IsBlank(text_, {a.span.end, b.span.begin})) continue;
      role_[i] = role_[i + 1] = Role::kEmptyPair;
      ++i;
    }
  }

  // For each mark, the next firm single closer in its paragraph: lets a
  // possessive "farmers' market" inside an open single quote be told from the
  // quote's real end.
  // A firm closer that comes after another single quote opens belongs to that
  // quote, so it does not count ('community hubs' then 'We will ...,' said X).
  void FindFirmClosers() {
    next_firm_closer_.assign(marks_.size(), kNone);
    size_t next = kNone;
    size_t next_opener = kNone;
    for (size_t i = marks_.size(); i-- > 0;) {
      if (i + 1 < marks_.size() && marks_[i + 1].paragraph != marks_[i].paragraph) {
        next = next_opener = kNone;
      }
      next_firm_closer_[i] = next_opener < next ? kNone : next;
      if (role_[i] != Role::kPending) continue;
      if (IsFirmSingleCloser(marks_[i])) next = i;
      if (marks_[i].family == MarkFamily::kSingle && marks_[i].flank == MarkFlank::kOpening) {
        next_opener = i;
      }
    }
  }

  // British copy quotes with single marks and nests double ones; American
  // copy the other way round. Where single marks are the outer ones, an
  // unpaired single mark is a broken quote; elsewhere it is far more likely an
  // apostrophe we could not recognise ("the 'burbs"), so it is let go quietly.
  void DetectPrimaryStyle() {
    size_t single_openers = 0;
    size_t double_openers = 0;
    for (size_t i = 0; i < marks_.size(); ++i) {
      if (role_[i] != Role::kPending) continue;
      const QuoteMark& m = marks_[i];
      const bool opening = m.flank == MarkFlank::kOpening || m.glyph == MarkGlyph::kOpening;
      if (!opening) continue;
      if (m.family == MarkFamily::kSingle) ++single_openers;
      if (m.family == MarkFamily::kDouble) ++double_openers;
    }
    single_primary_ = single_openers > double_openers;
  }

  enum class Direction { kOpen, kClose };

  Direction DirectionOf(size_t i) const {
    const QuoteMark& m = marks_[i];
    if (m.glyph == MarkGlyph::kOpening) return Direction::kOpen;
    if (m.glyph == MarkGlyph::kClosing) return Direction::kClose;
    switch (m.flank) {
      case MarkFlank::kOpening:
        return Direction::kOpen;
      case MarkFlank::kClosing:
        return Direction::kClose;
      case MarkFlank::kFree:
      case MarkFlank::kInner:
        break;
    }
    // Spaces on both sides (« text » in French typography) or text on both
    // sides (said"Hello): close an open quote of the family, else open one.
    return family_levels_[Family(i)].empty() ? Direction::kOpen : Direction::kClose;
  }

  void HandleMark(size_t i) {
    const QuoteMark& m = marks_[i];
    const bool family_open = !family_levels_[Family(i)].empty();
    const Direction direction = DirectionOf(i);
    if (m.apostrophe_like) {
      // A lone ' between spaces opens nothing; a closing-position ' with no
      // single quote open is a possessive or a dropped letter (the Joneses'
      // house, goin'), never an error.
      if (m.flank == MarkFlank::kFree && !family_open) return;
      if (direction == Direction::kClose) {
        if (!family_open) return;
        if (MayBeWordFinalApostrophe(text_, m) && next_firm_closer_[i] != kNone) return;
      }
    }
    if (direction == Direction::kOpen) {
      // '' between spaces with nothing open: empty single quotes.
      if (m.doubled_single && m.flank == MarkFlank::kFree && !family_open) return;
      Open(i);
      return;
    }
    if (IsInchMarkInHeight(text_, m)) return;  // 5'11"
    if (family_open) {
      Close(i);
      return;
    }
    // 6'2" or a 12" record: a straight mark after a digit is a prime.
    const bool after_digit =
        m.span.begin > 0 && text_[m.span.begin - 1] >= '0' && text_[m.span.begin - 1] <= '9';
    if (after_digit && m.glyph == MarkGlyph::kEither) return;
    if (OpensMisplaced(i)) {
      problem_of_mark_[i] = Problem::kMisplaced;
      Open(i);
      return;
    }
    problem_of_mark_[i] = Problem::kNoOpening;
  }

  // `minutes." We had no warning," he said`: a double mark typed after the
  // space instead of before it. With nothing open, a mark after . , ? or !
  // whose next mark of its family in the paragraph also closes is the opening
  // mark of the quote that follows, on the wrong side of its space.
  bool OpensMisplaced(size_t i) const {
    const QuoteMark& m = marks_[i];
    if (m.apostrophe_like || m.family != MarkFamily::kDouble || m.flank != MarkFlank::kClosing)
      return false;
    if (m.span.end >= text_.size() || text_[m.span.end] != ' ' || m.span.begin == 0) return false;
    const char before = text_[m.span.begin - 1];  // ends a sentence or a lead-in
    if (before != '.' && before != ',' && before != '?' && before != '!') return false;
    for (size_t j = i + 1; j < marks_.size() && marks_[j].paragraph == m.paragraph; ++j) {
      if (role_[j] != Role::kPending || marks_[j].family != m.family) continue;
      return marks_[j].glyph != MarkGlyph::kOpening && marks_[j].flank == MarkFlank::kClosing;
    }
    return false;
  }

  void Open(size_t i) {
    std::vector<size_t>& levels = family_levels_[Family(i)];
    if (!levels.empty()) {
      OpenQuote& parent = stack_[levels.back()];
      if (parent.first_same_family_child == kNone) parent.first_same_family_child = i;
    }
    stack_.push_back({i});
    levels.push_back(stack_.size() - 1);
  }

  void Close(size_t i) {
    const size_t level = family_levels_[Family(i)].back();
    while (stack_.size() > level + 1) PopUnclosed(marks_[i].span.begin);
    const OpenQuote open = stack_.back();
    stack_.pop_back();
    family_levels_[Family(i)].pop_back();
    const QuoteMark& o = marks_[open.mark];
    const Span inner{o.span.end, marks_[i].span.begin};
    if (IsBlank(text_, inner)) return;  // “ ” with nothing inside: skipped
    AddCandidate(open.mark, {o.span.begin, marks_[i].span.end}, inner, true, open.multi_paragraph);
  }

  // Gives up on the innermost open quote: it runs to `natural_end` (the end
  // of its last paragraph, or the mark that closed an outer quote).
  void PopUnclosed(size_t natural_end) {
    const OpenQuote open = stack_.back();
    stack_.pop_back();
    family_levels_[Family(open.mark)].pop_back();
    const QuoteMark& o = marks_[open.mark];
    if (o.apostrophe_like && !single_primary_) return;  // see DetectPrimaryStyle
    size_t end = natural_end;
    if (open.first_same_family_child != kNone) {
      end = std::min(end, marks_[open.first_same_family_child].span.begin);
    }
    end = TrimTrailingSpaces(text_, o.span.end, end);
    problem_of_mark_[open.mark] = Problem::kNeverClosed;
    if (end > o.span.end) {
      AddCandidate(open.mark, {o.span.begin, end}, {o.span.end, end}, false, open.multi_paragraph);
    }
  }

  // At the end of paragraph p, open quotes carry on into the next paragraph
  // only if it starts by re-opening them, outermost first ("' for a double
  // quote with a single one open inside). Whatever is not re-opened is
  // unclosed, so a typo never swallows more than its own paragraph.
  void EndParagraph(size_t p) {
    if (stack_.empty()) return;
    // A lone open quote whose paragraph ends with its own speaker tag
    // (", said X.") was closed too late, not continued: it ends at the tag.
    size_t tag = std::string_view::npos;
    if (speech_verbs_ != nullptr && stack_.size() == 1) {
      const size_t from = std::max(marks_[stack_[0].mark].span.end, paragraphs_[p].begin);
      tag = SpeakerTagStart(text_, {from, paragraphs_[p].end}, *speech_verbs_);
    }
    size_t kept = 0;
    if (p + 1 < paragraphs_.size() && tag == std::string_view::npos) {
      size_t expected = paragraphs_[p + 1].begin;
      for (size_t k = first_mark_[p + 1]; k < first_mark_[p + 2] && kept < stack_.size(); ++k) {
        const QuoteMark& next = marks_[k];
        const QuoteMark& open = marks_[stack_[kept].mark];
        if (next.span.begin != expected || role_[k] != Role::kPending) break;
        if (next.family != open.family || next.glyph == MarkGlyph::kClosing) break;
        if (kept == 0 && open.apostrophe_like && !single_primary_) break;
        role_[k] = Role::kContinuation;
        expected = next.span.end;
        ++kept;
      }
    }
    while (stack_.size() > kept) {
      PopUnclosed(tag != std::string_view::npos ? tag : paragraphs_[p].end);
    }
    for (OpenQuote& open : stack_) open.multi_paragraph = true;
  }

  void AddCandidate(size_t open_mark, Span span, Span inner, bool closed, bool multi_paragraph) {
    const int paragraph = paragraph_index_[static_cast<size_t>(marks_[open_mark].paragraph)];
    if (candidates_.empty()) candidates_.reserve(marks_.size() / 2 + 1);
    candidate_of_mark_[open_mark] = candidates_.size();
    candidates_.push_back({span, inner, paragraph, closed, multi_paragraph});
  }

  // Candidates are indexed by their opening mark, so walking the marks gives
  // them in document order without sorting; a candidate that starts inside
  // the last one kept is nested and left to its outer quote.
  QuoteFinderResult Collect() {
    QuoteFinderResult result;
    result.quotes.reserve(candidates_.size());
    size_t kept_end = 0;
    for (size_t i = 0; i < marks_.size(); ++i) {
      if (candidate_of_mark_[i] != kNone) {
        const Candidate& c = candidates_[candidate_of_mark_[i]];
        if (result.quotes.empty() || c.span.begin >= kept_end) {
          kept_end = c.span.end;
          Quote& quote = result.quotes.emplace_back();
          quote.span = c.span;
          quote.inner = c.inner;
          quote.closed = c.closed;
          quote.multi_paragraph = c.multi_paragraph;
          quote.paragraph = c.paragraph;
        }
      }
      if (problem_of_mark_[i] != Problem::kNone) {
        MarkProblem problem;
        problem.mark = marks_[i].span;
        problem.message = problem_of_mark_[i] == Problem::kNeverClosed ? kNeverClosedMessage
                          : problem_of_mark_[i] == Problem::kMisplaced ? kMisplacedMessage
                                                                       : kNoOpeningMessage;
        result.problems.push_back(std::move(problem));
      }
    }
    return result;
  }

  std::string_view text_;
  const PhraseSet& elisions_;
  const PhraseSet* speech_verbs_;     // may be null: no speaker tags looked for
  std::vector<Span> paragraphs_;      // clamped copies of Document::paragraphs
  std::vector<int> paragraph_index_;  // index of each into Document::paragraphs
  std::vector<QuoteMark> marks_;
  std::vector<size_t> first_mark_;  // per paragraph, plus one past the end
  std::vector<Role> role_;
  std::vector<size_t> next_firm_closer_;
  bool single_primary_ = false;

  std::vector<OpenQuote> stack_;
  // Stack positions of the open quotes of each family, innermost last.
  std::array<std::vector<size_t>, kMarkFamilyCount> family_levels_;

  std::vector<Candidate> candidates_;
  std::vector<size_t> candidate_of_mark_;
  std::vector<Problem> problem_of_mark_;
};

}  // namespace

QuoteFinderResult QuoteFinder::Find(const Document& document) const {
  return Pairer(document, elisions_, speech_verbs_).Run();
}

}  // namespace qa
