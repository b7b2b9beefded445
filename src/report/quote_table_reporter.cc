#include "report/quote_table_reporter.h"

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "core/line_index.h"
#include "report/excerpt.h"

namespace qa {
namespace {

constexpr size_t kColumns = 9;
constexpr size_t kVerifiedColumn = 7;  // shown only with sources (quotes --source)
using Row = std::array<std::string, kColumns>;

constexpr size_t kSpeakerWidth = 30;  // longer speaker names are cut
constexpr size_t kCueWidth = 24;
constexpr size_t kQuoteWidth = 60;

const Row kHeader = {"LOCATION", "KIND", "SPEAKER",  "SPEAKER KIND", "CUE",
                     "RULE",     "CONF", "VERIFIED", "QUOTE"};

std::string OrDash(std::string text) { return text.empty() ? "-" : text; }

std::string Confidence(const Attribution& attribution) {
  if (attribution.rule.empty() && attribution.entity < 0) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", attribution.confidence);
  return buffer;
}

Row QuoteRow(const Document& document, const ScanResult& scan, const LineIndex& lines,
             const Quote& quote, std::string verified) {
  const Attribution& attribution = quote.attribution;
  const Entity* entity = scan.SpeakerOf(quote);
  LineColumn at = lines.At(document.SourceOffset(quote.span.begin));
  std::string speaker = entity != nullptr ? entity->name : "";
  return {
      std::to_string(at.line) + ":" + std::to_string(at.column),
      std::string(QuoteKindName(quote.kind)),
      OrDash(Excerpt(speaker, {0, speaker.size()}, kSpeakerWidth)),
      std::string(SpeakerKindName(entity != nullptr ? entity->kind : SpeakerKind::kUnknown)),
      OrDash(Excerpt(document.original(), document.ToSource(attribution.cue), kCueWidth)),
      OrDash(attribution.rule),
      Confidence(attribution),
      OrDash(std::move(verified)),
      Excerpt(document.original(), document.ToSource(quote.span), kQuoteWidth),
  };
}

void PrintRow(std::ostream& out, const Row& row, const std::array<size_t, kColumns>& widths) {
  out << "  ";
  for (size_t c = 0; c < kColumns; ++c) {
    if (c == kVerifiedColumn && widths[c] == 0) continue;  // no sources given
    out << row[c];
    if (c + 1 < kColumns) out << std::string(widths[c] - DisplayWidth(row[c]) + 2, ' ');
  }
  out << '\n';
}

void PrintExplanation(std::ostream& out, std::string_view explanation) {
  if (explanation.empty()) explanation = "no explanation recorded";
  size_t start = 0;
  while (start <= explanation.size()) {
    size_t end = explanation.find('\n', start);
    if (end == std::string_view::npos) end = explanation.size();
    out << "      why: " << explanation.substr(start, end - start) << '\n';
    start = end + 1;
  }
}

// The quotes of one source (entity -1: no source), in document order.
struct SpeakerGroup {
  int entity = -1;
  std::vector<size_t> quotes;
};

// One group per speaker in order of its first quote; quotes with no source
// last, so an editor reads the attributed ones first.
std::vector<SpeakerGroup> GroupBySpeaker(const ScanResult& scan) {
  std::vector<SpeakerGroup> groups;
  std::vector<int> group_of(scan.entities.size(), -1);
  SpeakerGroup unattributed;
  for (size_t i = 0; i < scan.quotes.size(); ++i) {
    int entity = scan.quotes[i].attribution.entity;
    if (entity < 0 || static_cast<size_t>(entity) >= scan.entities.size()) {
      unattributed.quotes.push_back(i);
      continue;
    }
    if (group_of[entity] < 0) {
      group_of[entity] = static_cast<int>(groups.size());
      groups.push_back({entity, {}});
    }
    groups[group_of[entity]].quotes.push_back(i);
  }
  if (!unattributed.quotes.empty()) groups.push_back(std::move(unattributed));
  return groups;
}

// "Ines Koval (person; also Koval, the mayor): 3 quotes".
std::string SpeakerHeading(const ScanResult& scan, const SpeakerGroup& group) {
  std::string count =
      std::to_string(group.quotes.size()) + (group.quotes.size() == 1 ? " quote" : " quotes");
  if (group.entity < 0) return "no source: " + count;
  const Entity& entity = scan.entities[group.entity];
  std::string heading = entity.name + " (" + std::string(SpeakerKindName(entity.kind));
  for (size_t a = 0; a < entity.aliases.size(); ++a) {
    heading += (a == 0 ? "; also " : ", ") + entity.aliases[a];
  }
  return heading + "): " + count;
}

}  // namespace

QuoteTableReporter::QuoteTableReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), options_(options) {}

void QuoteTableReporter::AddFile(const FileReport& file) {
  if (!first_file_) out_ << '\n';
  first_file_ = false;
  out_ << file.path << '\n';
  if (file.document == nullptr) {
    for (const InputProblem& problem : file.problems) {
      out_ << "  error: " << problem.message << '\n';
    }
    return;
  }
  LineIndex lines(file.document->original());
  for (const InputProblem& problem : file.problems) {
    LineColumn at = lines.At(problem.offset);
    out_ << "  warning: " << at.line << ':' << at.column << ": " << problem.message << '\n';
  }
  if (file.scan == nullptr || file.scan->quotes.empty()) {
    out_ << "  no quotes\n";
    return;
  }
  // One file's rows are kept to align the columns; never more than that.
  std::vector<Row> rows;
  rows.reserve(file.scan->quotes.size());
  std::array<size_t, kColumns> widths{};
  const bool verified = !file.verified.empty();
  for (size_t c = 0; c < kColumns; ++c) widths[c] = DisplayWidth(kHeader[c]);
  for (size_t q = 0; q < file.scan->quotes.size(); ++q) {
    std::string source = q < file.verified.size() ? file.verified[q] : "";
    rows.push_back(QuoteRow(*file.document, *file.scan, lines, file.scan->quotes[q], source));
    for (size_t c = 0; c < kColumns; ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(rows.back()[c]));
    }
  }
  if (!verified) widths[kVerifiedColumn] = 0;
  PrintRow(out_, kHeader, widths);
  if (!options_.by_speaker) {
    for (size_t i = 0; i < rows.size(); ++i) PrintQuote(rows[i], file.scan->quotes[i], widths);
    return;
  }
  for (const SpeakerGroup& group : GroupBySpeaker(*file.scan)) {
    out_ << "  " << SpeakerHeading(*file.scan, group) << '\n';
    for (size_t i : group.quotes) PrintQuote(rows[i], file.scan->quotes[i], widths);
  }
}

void QuoteTableReporter::PrintQuote(const std::array<std::string, 9>& row, const Quote& quote,
                                    const std::array<size_t, 9>& widths) {
  PrintRow(out_, row, widths);
  if (options_.explain) PrintExplanation(out_, quote.attribution.explanation);
}

void QuoteTableReporter::Finish(const RunSummary& summary) {
  if (options_.summary) {
    if (!first_file_) out_ << '\n';
    out_ << summary.files << ' ' << summary.InputNoun() << ", " << summary.quotes
         << (summary.quotes == 1 ? " quote, " : " quotes, ") << summary.attributed_quotes
         << " attributed";
    if (summary.input_errors > 0) {
      out_ << "; " << summary.input_errors
           << (summary.input_errors == 1 ? " input error" : " input errors");
    }
    out_ << '\n';
  }
  out_.flush();
}

}  // namespace qa
