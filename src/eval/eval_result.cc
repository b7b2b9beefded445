#include "eval/eval_result.h"

#include <algorithm>
#include <tuple>

namespace qa {

double MatchCounts::Precision() const {
  size_t predicted = true_positives + false_positives;
  return predicted == 0 ? 0.0
                        : static_cast<double>(true_positives) / static_cast<double>(predicted);
}

double MatchCounts::Recall() const {
  size_t gold = true_positives + false_negatives;
  return gold == 0 ? 0.0 : static_cast<double>(true_positives) / static_cast<double>(gold);
}

double MatchCounts::F1() const {
  double p = Precision();
  double r = Recall();
  return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

void MatchCounts::Add(const MatchCounts& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
}

MatchCounts EvalCounts::Speech() const {
  return {true_positives, false_positives, false_negatives};
}

double EvalCounts::Precision() const { return Speech().Precision(); }

double EvalCounts::Recall() const { return Speech().Recall(); }

double EvalCounts::F1() const { return Speech().F1(); }

void EvalCounts::Add(const EvalCounts& other) {
  articles += other.articles;
  attributions += other.attributions;
  attributions_with_quotes += other.attributions_with_quotes;
  gold_quotes += other.gold_quotes;
  predicted_quotes += other.predicted_quotes;
  predicted_spans += other.predicted_spans;
  spans.Add(other.spans);
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
  speaker.Add(other.speaker);
  speaker_pronoun.Add(other.speaker_pronoun);
  speaker_named.Add(other.speaker_named);
  speaker_other.Add(other.speaker_other);
  for (const auto& [rule, ratio] : other.speaker_by_rule) speaker_by_rule[rule].Add(ratio);
  for (const auto& [family, ratio] : other.speaker_by_family) {
    speaker_by_family[family].Add(ratio);
  }
  no_source_gold += other.no_source_gold;
  no_source_matched += other.no_source_matched;
  no_source_predicted_none += other.no_source_predicted_none;
  no_source_predicted_speaker += other.no_source_predicted_speaker;
}

std::string_view MissKindName(MissKind kind) {
  switch (kind) {
    case MissKind::kMissedQuote:
      return "missed-quote";
    case MissKind::kExtraQuote:
      return "extra-quote";
    case MissKind::kNoSpeaker:
      return "no-speaker";
    case MissKind::kWrongSpeaker:
      return "wrong-speaker";
  }
  return "missed-quote";
}

void SortMisses(std::vector<Miss>* misses) {
  std::stable_sort(misses->begin(), misses->end(), [](const Miss& a, const Miss& b) {
    return std::tie(a.kind, a.note, a.rule, a.source_class, a.path, a.offset) <
           std::tie(b.kind, b.note, b.rule, b.source_class, b.path, b.offset);
  });
}

}  // namespace qa
