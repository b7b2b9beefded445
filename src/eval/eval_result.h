// The numbers an evaluation produces, and the individual misses behind them.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "eval/eval_error.h"

namespace qa {

struct Ratio {
  size_t correct = 0;
  size_t total = 0;
  double Value() const {
    return total == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(total);
  }
  void Add(const Ratio& other) {
    correct += other.correct;
    total += other.total;
  }
};

// One-to-one matches between gold quotes and predicted quotes.
struct MatchCounts {
  size_t true_positives = 0;   // gold quotes matched
  size_t false_positives = 0;  // predictions left unmatched
  size_t false_negatives = 0;  // gold quotes left unmatched
  double Precision() const;
  double Recall() const;
  double F1() const;
  void Add(const MatchCounts& other);
};

struct EvalCounts {
  size_t articles = 0;
  size_t attributions = 0;
  size_t attributions_with_quotes = 0;  // attributions that own a gold quote
  size_t gold_quotes = 0;
  size_t predicted_quotes = 0;  // direct and partial only
  size_t predicted_spans = 0;   // every quote the finder reported, any kind

  // Quote finding: every quoted span the finder reports, whatever kind the
  // classifier gave it.
  MatchCounts spans;

  // Speech quotes: direct and partial predictions only (the fields below);
  // a gold quote classed as scare or title is a miss here.
  size_t true_positives = 0;
  size_t false_positives = 0;
  size_t false_negatives = 0;
  MatchCounts Speech() const;
  double Precision() const;
  double Recall() const;
  double F1() const;

  // Speakers of matched gold quotes that have a source, overall and by the
  // kind of gold source (see SourceClass).
  Ratio speaker;
  Ratio speaker_pronoun;
  Ratio speaker_named;
  Ratio speaker_other;
  // Speakers by the attribution rule that decided ("" = no rule fired).
  std::map<std::string, Ratio> speaker_by_rule;
  // Speakers by failure family (eval/failure_family.h).
  std::map<std::string, Ratio> speaker_by_family;

  // Gold quotes whose attribution has no source, and what quoteaudit said.
  size_t no_source_gold = 0;
  size_t no_source_matched = 0;
  size_t no_source_predicted_none = 0;     // matched, no speaker: agrees
  size_t no_source_predicted_speaker = 0;  // matched, a speaker given

  void Add(const EvalCounts& other);
};

enum class MissKind {
  kMissedQuote,   // gold quote with no matching prediction (false negative)
  kExtraQuote,    // predicted quote with no matching gold quote (false positive)
  kNoSpeaker,     // matched, gold has a source, quoteaudit gave none
  kWrongSpeaker,  // matched, quoteaudit gave another source
};

std::string_view MissKindName(MissKind kind);

struct Miss {
  MissKind kind = MissKind::kMissedQuote;
  std::string path;  // the article .txt
  size_t line = 0;   // 1-based, of the quote's start
  size_t column = 0;
  size_t offset = 0;              // byte offset of the quote's start
  std::string excerpt;            // the quote, shortened
  std::string gold_source;        // as annotated; "" when none or not gold
  std::string source_class;       // "pronoun", "named", "other", "none"; "" when not gold
  std::string predicted_speaker;  // entity name; "" when none
  std::string predicted_mention;  // text of the mention that tied it
  std::string rule;               // attribution rule that decided
  std::string note;               // e.g. "predicted as scare quote"
  // Speaker misses only: the failure family (docs/accuracy.md) and the
  // annotated cue, as written ("" when the attribution has none).
  std::string family;
  std::string gold_cue;
};

// Misses grouped for tuning: by kind, then reason (rule, source class), then
// file and position.
void SortMisses(std::vector<Miss>* misses);

struct EvalReport {
  std::string corpus;  // the directory evaluated
  EvalCounts counts;
  std::vector<Miss> misses;
  std::vector<EvalError> errors;
};

}  // namespace qa
