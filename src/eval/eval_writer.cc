#include "eval/eval_writer.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace qa {
namespace {

std::string Fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

// "  label       0.714   5 / 7", the value column starting at `width`.
std::string RatioLine(std::string_view label, const Ratio& ratio, size_t width = 14) {
  std::string line = "  " + std::string(label);
  line.resize(std::max(line.size() + 2, width), ' ');
  if (ratio.total == 0) return line + "-       0 / 0\n";
  return line + Fixed(ratio.Value()) + "   " + std::to_string(ratio.correct) + " / " +
         std::to_string(ratio.total) + "\n";
}

void WriteMiss(const Miss& miss, std::ostream& out) {
  out << miss.path << ":" << miss.line << ":" << miss.column << ": " << MissKindName(miss.kind)
      << ": " << miss.excerpt << "\n";
  std::string details;
  if (miss.kind != MissKind::kExtraQuote) {
    details += "gold source: " + (miss.gold_source.empty() ? "(none)" : miss.gold_source) + " (" +
               miss.source_class + ")";
  }
  bool predicted = !miss.predicted_speaker.empty() || !miss.rule.empty() ||
                   !miss.predicted_mention.empty() || miss.kind != MissKind::kMissedQuote;
  if (predicted) {
    if (!details.empty()) details += "; ";
    details +=
        "predicted: " + (miss.predicted_speaker.empty() ? "(no speaker)" : miss.predicted_speaker);
    if (!miss.predicted_mention.empty()) details += " via \"" + miss.predicted_mention + "\"";
    if (!miss.rule.empty()) details += " [" + miss.rule + "]";
  }
  if (!details.empty()) out << "    " << details << "\n";
  if (!miss.family.empty()) {
    out << "    family: " << miss.family
        << "; gold cue: " << (miss.gold_cue.empty() ? "(none)" : "\"" + miss.gold_cue + "\"")
        << "\n";
  }
  if (!miss.note.empty()) out << "    note: " << miss.note << "\n";
}

void WriteMatchCounts(const MatchCounts& m, std::ostream& out) {
  out << "  precision   " << Fixed(m.Precision()) << "\n"
      << "  recall      " << Fixed(m.Recall()) << "\n"
      << "  F1          " << Fixed(m.F1()) << "\n"
      << "  tp " << m.true_positives << "  fp " << m.false_positives << "  fn " << m.false_negatives
      << "\n\n";
}

nlohmann::ordered_json MatchJson(const MatchCounts& m) {
  return {{"tp", m.true_positives},     {"fp", m.false_positives}, {"fn", m.false_negatives},
          {"precision", m.Precision()}, {"recall", m.Recall()},    {"f1", m.F1()}};
}

nlohmann::ordered_json RatioJson(const Ratio& ratio) {
  return {{"correct", ratio.correct}, {"total", ratio.total}, {"accuracy", ratio.Value()}};
}

}  // namespace

void WriteEvalText(const EvalReport& report, bool verbose, std::ostream& out) {
  const EvalCounts& c = report.counts;
  out << "Evaluation of " << report.corpus << "\n"
      << "  articles          " << c.articles << "\n"
      << "  attributions      " << c.attributions << " (" << c.attributions_with_quotes
      << " with quoted text)\n"
      << "  gold quotes       " << c.gold_quotes
      << " (quoted spans inside an attribution's Content)\n"
      << "  predicted quotes  " << c.predicted_spans << " (" << c.predicted_quotes
      << " direct or partial)\n\n";

  out << "Quote finding: every quoted span found, any kind\n"
      << "(a match overlaps at least half of the longer span)\n";
  WriteMatchCounts(c.spans, out);
  out << "Speech quotes: direct and partial predictions only\n"
      << "(a gold quote classed as scare quote or title is a miss)\n";
  WriteMatchCounts(c.Speech(), out);

  out << "Speaker accuracy (matched gold quotes whose attribution has a source)\n"
      << RatioLine("all", c.speaker) << RatioLine("pronoun", c.speaker_pronoun)
      << RatioLine("named", c.speaker_named) << RatioLine("other", c.speaker_other);
  if (!c.speaker_by_rule.empty()) {
    out << "  by attribution rule:\n";
    size_t width = 14;
    for (const auto& [rule, ratio] : c.speaker_by_rule) width = std::max(width, rule.size() + 6);
    for (const auto& [rule, ratio] : c.speaker_by_rule) {
      out << "  " << RatioLine(rule.empty() ? "(none)" : rule, ratio, width - 2);
    }
  }
  if (!c.speaker_by_family.empty()) {
    out << "  by failure family (docs/accuracy.md):\n";
    size_t width = 14;
    for (const auto& [family, ratio] : c.speaker_by_family) {
      width = std::max(width, family.size() + 6);
    }
    for (const auto& [family, ratio] : c.speaker_by_family) {
      out << "  " << RatioLine(family, ratio, width - 2);
    }
  }
  out << "\nGold quotes without a source: " << c.no_source_gold << " (" << c.no_source_matched
      << " matched: " << c.no_source_predicted_none << " given no speaker, "
      << c.no_source_predicted_speaker << " given a speaker)\n";
  if (!report.errors.empty()) {
    out << "\nCorpus errors: " << report.errors.size() << " (listed on standard error)\n";
  }
  if (!verbose) return;
  out << "\nMisses (" << report.misses.size() << "), grouped by kind and reason:\n";
  for (const Miss& miss : report.misses) WriteMiss(miss, out);
}

void WriteEvalJson(const EvalReport& report, bool verbose, std::ostream& out) {
  const EvalCounts& c = report.counts;
  nlohmann::ordered_json by_rule = nlohmann::ordered_json::array();
  for (const auto& [rule, ratio] : c.speaker_by_rule) {
    nlohmann::ordered_json entry = RatioJson(ratio);
    entry["rule"] = rule;
    by_rule.push_back(entry);
  }
  nlohmann::ordered_json by_family = nlohmann::ordered_json::array();
  for (const auto& [family, ratio] : c.speaker_by_family) {
    nlohmann::ordered_json entry = RatioJson(ratio);
    entry["family"] = family;
    by_family.push_back(entry);
  }
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const EvalError& error : report.errors) {
    errors.push_back({{"path", error.path}, {"line", error.line}, {"message", error.message}});
  }
  nlohmann::ordered_json json = {{"version", 1},
                                 {"corpus", report.corpus},
                                 {"articles", c.articles},
                                 {"attributions", c.attributions},
                                 {"attributions_with_quotes", c.attributions_with_quotes},
                                 {"gold_quotes", c.gold_quotes},
                                 {"predicted_quotes", c.predicted_quotes},
                                 {"predicted_spans", c.predicted_spans},
                                 {"spans", MatchJson(c.spans)},
                                 {"quotes", MatchJson(c.Speech())},
                                 {"speakers",
                                  {{"all", RatioJson(c.speaker)},
                                   {"pronoun", RatioJson(c.speaker_pronoun)},
                                   {"named", RatioJson(c.speaker_named)},
                                   {"other", RatioJson(c.speaker_other)},
                                   {"by_rule", by_rule},
                                   {"by_family", by_family}}},
                                 {"no_source",
                                  {{"gold", c.no_source_gold},
                                   {"matched", c.no_source_matched},
                                   {"predicted_no_speaker", c.no_source_predicted_none},
                                   {"predicted_speaker", c.no_source_predicted_speaker}}},
                                 {"errors", errors}};
  if (verbose) {
    nlohmann::ordered_json misses = nlohmann::ordered_json::array();
    for (const Miss& miss : report.misses) {
      misses.push_back({{"kind", MissKindName(miss.kind)},
                        {"path", miss.path},
                        {"line", miss.line},
                        {"column", miss.column},
                        {"start", miss.offset},
                        {"excerpt", miss.excerpt},
                        {"gold_source", miss.gold_source},
                        {"source_class", miss.source_class},
                        {"family", miss.family},
                        {"gold_cue", miss.gold_cue},
                        {"predicted_speaker", miss.predicted_speaker},
                        {"predicted_mention", miss.predicted_mention},
                        {"rule", miss.rule},
                        {"note", miss.note}});
    }
    json["misses"] = misses;
  }
  out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

}  // namespace qa
