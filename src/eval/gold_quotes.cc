#include "eval/gold_quotes.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/text.h"

namespace qa {
namespace {

enum class Mark {
  kNone,
  kDoubleOpen,      // “ „ «
  kDoubleClose,     // ” »
  kDoubleStraight,  // " (or '')
  kSingleOpen,      // ‘
  kSingleClose,     // ’ (also the apostrophe)
  kSingleStraight,  // '
};

struct MarkAt {
  Mark mark = Mark::kNone;
  size_t length = 1;
};

MarkAt ReadMark(std::string_view text, size_t pos) {
  auto starts = [&](std::string_view bytes) { return text.substr(pos, bytes.size()) == bytes; };
  if (text[pos] == '"') return {Mark::kDoubleStraight, 1};
  // Two apostrophes stand for a straight double mark in some archives
  // (''Yes,'' she said).
  if (starts("''")) return {Mark::kDoubleStraight, 2};
  if (text[pos] == '\'') return {Mark::kSingleStraight, 1};
  if (starts("\u201C") || starts("\u201E")) return {Mark::kDoubleOpen, 3};
  if (starts("\u201D")) return {Mark::kDoubleClose, 3};
  if (starts("\u2018")) return {Mark::kSingleOpen, 3};
  if (starts("\u2019")) return {Mark::kSingleClose, 3};
  if (starts("\u00AB")) return {Mark::kDoubleOpen, 2};
  if (starts("\u00BB")) return {Mark::kDoubleClose, 2};
  return {};
}

bool IsDouble(Mark mark) {
  return mark == Mark::kDoubleOpen || mark == Mark::kDoubleClose || mark == Mark::kDoubleStraight;
}
bool IsSingle(Mark mark) {
  return mark == Mark::kSingleOpen || mark == Mark::kSingleClose || mark == Mark::kSingleStraight;
}

// What is next to a mark, which decides whether it opens or closes.
enum class Side { kSpace, kWord, kOther };

Side Classify(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (IsAsciiSpace(c)) return Side::kSpace;
  if (c < 0x80) return std::isalnum(c) ? Side::kWord : Side::kOther;
  if (text.substr(pos, 2) == "\u00A0") return Side::kSpace;
  if (ReadMark(text, pos).mark != Mark::kNone) return Side::kOther;
  if (text.substr(pos, 3) == "\u2014" || text.substr(pos, 3) == "\u2013" ||
      text.substr(pos, 3) == "\u2026") {
    return Side::kOther;  // dashes, ellipsis
  }
  return Side::kWord;  // letters of other scripts and accented letters
}

// The character before `pos`, or kSpace at the start of the paragraph.
Side Before(std::string_view text, Span paragraph, size_t pos) {
  if (pos <= paragraph.begin) return Side::kSpace;
  size_t start = pos - 1;
  while (start > paragraph.begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  return Classify(text, start);
}

Side After(std::string_view text, Span paragraph, size_t pos) {
  return pos >= paragraph.end ? Side::kSpace : Classify(text, pos);
}

// '90s, or an elision from gold-elisions ('tis, 'twas, 'em, rock 'n' roll):
// an apostrophe at the start of a word. `elisions` are lower-case.
bool StartsElision(std::string_view text, size_t pos, const std::vector<std::string>& elisions) {
  std::string_view rest = text.substr(pos);
  if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) return true;
  for (std::string_view elided : elisions) {
    if (rest.size() < elided.size()) continue;
    bool same = true;
    for (size_t i = 0; i < elided.size(); ++i) {
      same = same && std::tolower(static_cast<unsigned char>(rest[i])) == elided[i];
    }
    if (same && (rest.size() == elided.size() ||
                 !std::isalnum(static_cast<unsigned char>(rest[elided.size()])))) {
      return true;
    }
  }
  return false;
}

class QuotePairer {
 public:
  QuotePairer(const Document& document, const EvalWords& eval_words)
      : text_(document.text), elisions_(eval_words.elisions) {
    paragraphs_ = document.paragraphs;
    if (paragraphs_.empty() && !text_.empty()) paragraphs_.push_back({0, text_.size()});
  }

  std::vector<Span> Run() {
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      Span paragraph = paragraphs_[p];
      size_t pos = paragraph.begin;
      // A quote continued from the previous paragraph: its re-opening mark is
      // not a new quote.
      if (open_ != kNone) pos += ReadMark(text_, pos).length;
      while (pos < paragraph.end) pos = Step(paragraph, pos);
      if (open_ != kNone && !(p + 1 < paragraphs_.size() && OpensQuote(paragraphs_[p + 1]))) {
        Emit({open_, paragraph.end});
      }
    }
    return std::move(quotes_);
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  bool OpensQuote(Span paragraph) const {
    Mark mark = ReadMark(text_, paragraph.begin).mark;
    return mark == Mark::kDoubleOpen || mark == Mark::kDoubleStraight;
  }

  void Emit(Span span) {
    quotes_.push_back(span);
    open_ = kNone;
  }

  // Handles the character at `pos`; returns where to go on.
  size_t Step(Span paragraph, size_t pos) {
    MarkAt at = ReadMark(text_, pos);
    if (at.mark == Mark::kNone) return pos + 1;
    size_t after = pos + at.length;
    Side before = Before(text_, paragraph, pos);
    Side next = After(text_, paragraph, after);
    if (IsDouble(at.mark)) {
      DoubleMark(at.mark, pos, after, before, next);
      return after;
    }
    if (open_ == kNone && IsSingle(at.mark) && at.mark != Mark::kSingleClose &&
        before != Side::kWord && next == Side::kWord && !StartsElision(text_, after, elisions_)) {
      size_t close = FindSingleClose(paragraph, after);
      if (close != kNone) {
        Emit({pos, close});
        return close;
      }
    }
    return after;
  }

  void DoubleMark(Mark mark, size_t pos, size_t after, Side before, Side next) {
    bool closes_here = before != Side::kSpace && next != Side::kWord;
    bool opens_here = next != Side::kSpace;
    if (open_ == kNone) {
      // A closing mark facing the wrong way still opens when the context says so;
      // a straight mark followed by a space (5'11" tall) opens nothing.
      if (mark != Mark::kDoubleClose ? opens_here : (before == Side::kSpace && opens_here)) {
        open_ = pos;
      }
      return;
    }
    if (mark == Mark::kDoubleOpen && !closes_here) {
      // Another opening mark: the earlier quote was never closed.
      Emit({open_, TrimEnd(pos)});
      open_ = pos;
      return;
    }
    Emit({open_, after});
  }

  // End of the single quote opened just before `pos`: a closing single mark
  // after a non-space and not followed by a letter (so not an apostrophe).
  size_t FindSingleClose(Span paragraph, size_t pos) const {
    while (pos < paragraph.end) {
      MarkAt at = ReadMark(text_, pos);
      if (IsDouble(at.mark)) return kNone;
      size_t after = pos + at.length;
      if ((at.mark == Mark::kSingleClose || at.mark == Mark::kSingleStraight) &&
          Before(text_, paragraph, pos) != Side::kSpace &&
          After(text_, paragraph, after) != Side::kWord) {
        return after;
      }
      pos = after;
    }
    return kNone;
  }

  size_t TrimEnd(size_t end) const {
    while (end > 0 && Classify(text_, end - 1) == Side::kSpace) --end;
    return end;
  }

  std::string_view text_;
  const std::vector<std::string>& elisions_;
  std::vector<Span> paragraphs_;
  std::vector<Span> quotes_;
  size_t open_ = kNone;
};

size_t Overlap(Span a, Span b) {
  size_t begin = std::max(a.begin, b.begin);
  size_t end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

}  // namespace

std::vector<Span> FindQuotedSpans(const Document& document, const EvalWords& eval_words) {
  return QuotePairer(document, eval_words).Run();
}

std::vector<GoldQuote> BuildGoldQuotes(const std::vector<Span>& quoted,
                                       const BratAnnotations& annotations) {
  std::vector<GoldQuote> gold;
  // Quotes times attributions: both are a few dozen per article, and the
  // annotations, not the article bytes, bound the work.
  for (Span quote : quoted) {
    const BratAttribution* best = nullptr;
    size_t best_overlap = 0;
    for (const BratAttribution& attribution : annotations.attributions) {
      size_t overlap = 0;
      for (Span segment : attribution.content) overlap += Overlap(quote, segment);
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = &attribution;
      }
    }
    if (best == nullptr) continue;
    gold.push_back({quote, best->source, best->source_text, best->id, best->cue});
  }
  return gold;
}

}  // namespace qa
