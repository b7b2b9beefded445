#include "eval/scorer.h"

#include <algorithm>
#include <set>

#include "core/line_index.h"
#include "core/text.h"
#include "eval/failure_family.h"
#include "eval/gold_quotes.h"
#include "eval/speaker_match.h"

namespace qa {
namespace {

size_t Overlap(Span a, Span b) {
  size_t begin = std::max(a.begin, b.begin);
  size_t end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

// True when at least half of `span` lies in text the annotators discarded
// as not part of the article.
bool MostlyDiscarded(Span span, const std::vector<Span>& discarded) {
  size_t inside = 0;
  for (Span segment : discarded) inside += Overlap(span, segment);
  return !span.empty() && 2 * inside >= span.size();
}

bool Countable(const Quote& quote) {
  return quote.kind == QuoteKind::kDirect || quote.kind == QuoteKind::kPartial;
}

// Whitespace collapsed, cut to about 80 code points, never inside a UTF-8
// sequence.
std::string Excerpt(std::string_view text) {
  constexpr size_t kMaxCodePoints = 80;
  std::string out;
  size_t code_points = 0;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsAsciiSpace(c)) {
      space = !out.empty();
      continue;
    }
    bool starts_code_point = (c & 0xC0) != 0x80;
    if (starts_code_point) {
      if (code_points == kMaxCodePoints) return out + "\u2026";
      if (space) {
        out += ' ';
        ++code_points;
      }
      ++code_points;
    }
    space = false;
    out += text[i];
  }
  return out;
}

class ArticleScorer {
 public:
  ArticleScorer(const Document& document, const BratAnnotations& annotations,
                const ScanResult& predicted, const EvalWords& eval_words)
      : document_(document),
        lines_(document.original()),
        predicted_(predicted),
        eval_words_(eval_words) {
    quoted_ = FindQuotedSpans(document, eval_words);
    gold_ = BuildGoldQuotes(quoted_, annotations);
    for (size_t i = 0; i < predicted.quotes.size(); ++i) {
      const Quote& quote = predicted.quotes[i];
      if (MostlyDiscarded(quote.span, annotations.discarded)) continue;
      (Countable(quote) ? countable_ : excluded_).push_back(i);
    }
    auto by_start = [&](size_t a, size_t b) {
      return predicted.quotes[a].span.begin < predicted.quotes[b].span.begin;
    };
    std::stable_sort(countable_.begin(), countable_.end(), by_start);
    score_.counts.articles = 1;
    score_.counts.attributions = annotations.attributions.size();
    score_.counts.gold_quotes = gold_.size();
    score_.counts.predicted_quotes = countable_.size();
    std::set<std::string> owners;
    for (const GoldQuote& gold : gold_) owners.insert(gold.attribution);
    score_.counts.attributions_with_quotes = owners.size();
  }

  ArticleScore Run() {
    ScoreSpans();
    std::vector<size_t> match = MatchGold(countable_);
    std::vector<bool> used(countable_.size(), false);
    for (size_t g = 0; g < gold_.size(); ++g) {
      const GoldQuote& gold = gold_[g];
      if (match[g] == kNoMatch) {
        ++score_.counts.false_negatives;
        if (gold.sources.empty()) ++score_.counts.no_source_gold;
        MissedGold(gold);
        continue;
      }
      used[match[g]] = true;
      ++score_.counts.true_positives;
      Matched(gold, Predicted(match[g]));
    }
    for (size_t k = 0; k < countable_.size(); ++k) {
      if (used[k]) continue;
      ++score_.counts.false_positives;
      ExtraPrediction(Predicted(k));
    }
    std::stable_sort(score_.misses.begin(), score_.misses.end(),
                     [](const Miss& a, const Miss& b) { return a.offset < b.offset; });
    return std::move(score_);
  }

 private:
  static constexpr size_t kNoMatch = static_cast<size_t>(-1);

  const Quote& Predicted(size_t k) const { return predicted_.quotes[countable_[k]]; }

  // One-to-one, greedy in document order: each gold quote takes the unused
  // prediction (indexes into predicted_.quotes, sorted by start) that
  // overlaps it most among those that qualify. Returns, per gold quote, the
  // position in `predictions` it matched, or kNoMatch.
  std::vector<size_t> MatchGold(const std::vector<size_t>& predictions) const {
    std::vector<size_t> match(gold_.size(), kNoMatch);
    std::vector<bool> used(predictions.size(), false);
    size_t first = 0;  // predictions before this one end before every later gold quote
    for (size_t g = 0; g < gold_.size(); ++g) {
      Span gold = gold_[g].span;
      auto span_of = [&](size_t k) { return predicted_.quotes[predictions[k]].span; };
      while (first < predictions.size() && span_of(first).end <= gold.begin) ++first;
      size_t best_overlap = 0;
      for (size_t k = first; k < predictions.size() && span_of(k).begin < gold.end; ++k) {
        size_t overlap = Overlap(gold, span_of(k));
        if (!used[k] && QuoteSpansMatch(gold, span_of(k)) && overlap > best_overlap) {
          match[g] = k;
          best_overlap = overlap;
        }
      }
      if (match[g] != kNoMatch) used[match[g]] = true;
    }
    return match;
  }

  // Quote finding proper: every quote the finder reported counts, whatever
  // kind the classifier gave it.
  void ScoreSpans() {
    std::vector<size_t> all = countable_;
    all.insert(all.end(), excluded_.begin(), excluded_.end());
    std::stable_sort(all.begin(), all.end(), [&](size_t a, size_t b) {
      return predicted_.quotes[a].span.begin < predicted_.quotes[b].span.begin;
    });
    std::vector<size_t> match = MatchGold(all);
    MatchCounts& spans = score_.counts.spans;
    for (size_t m : match) ++(m == kNoMatch ? spans.false_negatives : spans.true_positives);
    spans.false_positives = all.size() - spans.true_positives;
    score_.counts.predicted_spans = all.size();
  }

  const Entity* EntityOf(const Quote& quote) const {
    int index = quote.attribution.entity;
    if (index < 0 || static_cast<size_t>(index) >= predicted_.entities.size()) return nullptr;
    return &predicted_.entities[index];
  }

  void Matched(const GoldQuote& gold, const Quote& quote) {
    const Entity* entity = EntityOf(quote);
    EvalCounts& counts = score_.counts;
    if (gold.sources.empty()) {
      ++counts.no_source_gold;
      ++counts.no_source_matched;
      ++(entity == nullptr ? counts.no_source_predicted_none : counts.no_source_predicted_speaker);
      return;
    }
    SourceClass source_class = ClassifySource(gold.source_text, eval_words_);
    bool correct = SpeakerMatches(gold.sources, gold.source_text, entity, quote.attribution.mention,
                                  eval_words_);
    Ratio one{correct ? 1u : 0u, 1};
    counts.speaker.Add(one);
    counts.speaker_by_rule[quote.attribution.rule].Add(one);
    FailureFamily family = ClassifyFailureFamily(document_.text, gold, eval_words_);
    counts.speaker_by_family[std::string(FailureFamilyName(family))].Add(one);
    if (source_class == SourceClass::kPronoun) counts.speaker_pronoun.Add(one);
    if (source_class == SourceClass::kNamed) counts.speaker_named.Add(one);
    if (source_class == SourceClass::kOther) counts.speaker_other.Add(one);
    if (correct) return;
    Miss miss = MissAt(entity == nullptr ? MissKind::kNoSpeaker : MissKind::kWrongSpeaker,
                       gold.span, &gold);
    Describe(quote, &miss);
    miss.family = std::string(FailureFamilyName(family));
    for (Span cue : gold.cues) {
      if (!miss.gold_cue.empty()) miss.gold_cue += " ... ";
      miss.gold_cue += Excerpt(document_.Original(cue));
    }
    score_.misses.push_back(std::move(miss));
  }

  void MissedGold(const GoldQuote& gold) {
    Miss miss = MissAt(MissKind::kMissedQuote, gold.span, &gold);
    miss.note = "not found";
    for (size_t index : excluded_) {
      const Quote& quote = predicted_.quotes[index];
      if (QuoteSpansMatch(gold.span, quote.span)) {
        miss.note = "predicted as " + std::string(QuoteKindName(quote.kind)) + " quote";
        Describe(quote, &miss);
        break;
      }
    }
    if (miss.note == "not found") {
      for (size_t k = 0; k < countable_.size(); ++k) {
        if (Predicted(k).span.Overlaps(gold.span)) {
          miss.note =
              "span differs from prediction: " + Excerpt(document_.Original(Predicted(k).span));
          break;
        }
      }
    }
    score_.misses.push_back(std::move(miss));
  }

  void ExtraPrediction(const Quote& quote) {
    Miss miss = MissAt(MissKind::kExtraQuote, quote.span, nullptr);
    miss.note = "no quote marks paired here in the gold pairing";
    for (Span quoted : quoted_) {
      if (quoted.Overlaps(quote.span)) {
        miss.note = "quoted, but in no annotated Content (scare quote or title?)";
        break;
      }
    }
    for (const GoldQuote& gold : gold_) {
      if (gold.span.Overlaps(quote.span)) {
        miss.note = "span differs from gold quote: " + Excerpt(document_.Original(gold.span));
        break;
      }
    }
    Describe(quote, &miss);
    score_.misses.push_back(std::move(miss));
  }

  Miss MissAt(MissKind kind, Span span, const GoldQuote* gold) const {
    Miss miss;
    miss.kind = kind;
    miss.path = document_.path;
    LineColumn at = lines_.At(span.begin);
    miss.line = at.line;
    miss.column = at.column;
    miss.offset = span.begin;
    miss.excerpt = Excerpt(document_.Original(span));
    if (gold != nullptr) {
      miss.gold_source = gold->source_text;
      miss.source_class = SourceClassName(ClassifySource(gold->source_text, eval_words_));
    }
    return miss;
  }

  void Describe(const Quote& quote, Miss* miss) const {
    const Entity* entity = EntityOf(quote);
    if (entity != nullptr) miss->predicted_speaker = entity->name;
    miss->predicted_mention = Excerpt(document_.Original(quote.attribution.mention));
    miss->rule = quote.attribution.rule;
  }

  const Document& document_;
  LineIndex lines_;
  const ScanResult& predicted_;
  const EvalWords& eval_words_;
  std::vector<Span> quoted_;
  std::vector<GoldQuote> gold_;
  std::vector<size_t> countable_;  // indexes of direct/partial quotes, by start
  std::vector<size_t> excluded_;   // indexes of scare/title quotes
  ArticleScore score_;
};

}  // namespace

bool QuoteSpansMatch(Span a, Span b) {
  size_t longer = std::max(a.size(), b.size());
  return longer > 0 && 2 * Overlap(a, b) >= longer;
}

ArticleScore ScoreArticle(const Document& document, const BratAnnotations& annotations,
                          const ScanResult& predicted, const EvalWords& eval_words) {
  return ArticleScorer(document, annotations, predicted, eval_words).Run();
}

}  // namespace qa
