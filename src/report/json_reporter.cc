#include "report/json_reporter.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "core/line_index.h"
#include "report/excerpt.h"

namespace qa {
namespace {

using json = nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

// Every string goes through dump() with the "replace" handler, so invalid
// UTF-8 from the original bytes becomes U+FFFD instead of an exception.
std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

json TextSpan(const Document& document, Span span) {
  if (span.empty()) return nullptr;
  Span source = document.ToSource(span);
  return {
      {"text", std::string(document.Original(span))}, {"start", source.begin}, {"end", source.end}};
}

json QuoteJson(const Document& document, const ScanResult& scan, const LineIndex& lines,
               const Quote& quote) {
  const Attribution& attribution = quote.attribution;
  const Entity* entity = scan.SpeakerOf(quote);
  const Entity* inner = scan.InnerSpeakerOf(quote);
  Span source = document.ToSource(quote.span);
  LineColumn at = lines.At(source.begin);
  return {
      {"text", std::string(document.Original(quote.inner))},
      {"start", source.begin},
      {"end", source.end},
      {"line", at.line},
      {"column", at.column},
      {"kind", QuoteKindName(quote.kind)},
      {"speaker", entity != nullptr ? json(entity->name) : json(nullptr)},
      {"speaker_aliases", entity != nullptr ? json(entity->aliases) : json::array()},
      {"speaker_kind", SpeakerKindName(entity != nullptr ? entity->kind : SpeakerKind::kUnknown)},
      {"mention", TextSpan(document, attribution.mention)},
      {"cue", TextSpan(document, attribution.cue)},
      {"rule", attribution.rule},
      {"confidence", attribution.confidence},
      {"inner_speaker", inner != nullptr ? json(inner->name) : json(nullptr)},
      {"inner_mention", TextSpan(document, attribution.inner_mention)},
  };
}

json RelatedJson(const FileReport& file, const LineIndex& lines, const RelatedLocation& related) {
  bool same_file = related.path.empty();
  // Another file's span is already in its source bytes (finding.h).
  Span source = same_file ? file.document->ToSource(related.span) : related.span;
  LineColumn at = same_file ? lines.At(source.begin) : LineColumn{related.line, related.column};
  return {
      {"path", same_file ? std::string(file.path) : related.path},
      {"start", source.begin},
      {"end", source.end},
      {"line", at.line},
      {"column", at.column},
      {"message", related.message},
  };
}

json FindingJson(const FileReport& file, const LineIndex& lines, const Finding& finding) {
  Span source = file.document->ToSource(finding.span);
  LineColumn start = lines.At(source.begin);
  LineColumn end = lines.At(source.end);
  json related = json::array();
  for (const RelatedLocation& location : finding.related) {
    related.push_back(RelatedJson(file, lines, location));
  }
  return {
      {"rule", finding.rule},
      {"severity", SeverityName(finding.severity)},
      {"message", finding.message},
      {"start", source.begin},
      {"end", source.end},
      {"line", start.line},
      {"column", start.column},
      {"end_line", end.line},
      {"end_column", end.column},
      {"excerpt", Excerpt(file.document->original(), source)},
      {"related", std::move(related)},
  };
}

// Writes `"key":[item,item,...]` dumping one item at a time, so a file with
// a million quotes never has them all as JSON values at once.
template <typename Items, typename ToJson>
void WriteArray(std::ostream& out, std::string_view key, const Items& items, ToJson to_json) {
  out << ",\"" << key << "\":[";
  bool first = true;
  for (const auto& item : items) {
    if (!first) out << ',';
    first = false;
    out << Dump(to_json(item));
  }
  out << ']';
}

}  // namespace

void WriteFileReportJson(const FileReport& file, std::ostream& out, bool show_suppressed) {
  out << "{\"path\":" << Dump(std::string(file.path));
  if (file.origin != nullptr) {
    // An article of a JSON Lines archive; "id" is null for a line that held
    // no article.
    const ArticleOrigin& origin = *file.origin;
    out << ",\"archive\":" << Dump(origin.archive) << ",\"line\":" << origin.line
        << ",\"id\":" << (origin.id.empty() ? "null" : Dump(origin.id));
  }
  static const std::vector<Quote> kNoQuotes;
  static const std::vector<Finding> kNoFindings;
  const Document* document = file.document;
  const std::vector<Quote>& quotes =
      document != nullptr && file.scan != nullptr ? file.scan->quotes : kNoQuotes;
  std::span<const Finding> findings = document != nullptr ? file.findings : kNoFindings;
  std::optional<LineIndex> lines;
  if (document != nullptr) lines.emplace(document->original());
  // quotes --source: "verified" is the passage's "path:line:column", or null.
  WriteArray(out, "quotes", quotes, [&](const Quote& quote) {
    json item = QuoteJson(*document, *file.scan, *lines, quote);
    if (!file.verified.empty()) {
      size_t index = static_cast<size_t>(&quote - quotes.data());
      const std::string* source = index < file.verified.size() ? &file.verified[index] : nullptr;
      item["verified"] = source != nullptr && !source->empty() ? json(*source) : json(nullptr);
    }
    return item;
  });
  WriteArray(out, "findings", findings,
             [&](const Finding& finding) { return FindingJson(file, *lines, finding); });
  if (show_suppressed) {
    static const std::vector<SuppressedFinding> kNoneSuppressed;
    std::span<const SuppressedFinding> suppressed =
        document != nullptr ? file.suppressed : kNoneSuppressed;
    WriteArray(out, "suppressed", suppressed, [&](const SuppressedFinding& item) {
      json entry = FindingJson(file, *lines, item.finding);
      entry["suppressed_by"] = {{"start", item.directive.begin},
                                {"end", item.directive.end},
                                {"line", lines->At(item.directive.begin).line}};
      return entry;
    });
  }
  WriteArray(out, "errors", file.problems, [](const InputProblem& problem) {
    return json{{"message", problem.message}, {"start", problem.offset}};
  });
  out << '}';
}

JsonReporter::JsonReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), options_(options) {}

void JsonReporter::Start() {
  if (started_) return;
  started_ = true;
  json tool = {{"name", "quoteaudit"}, {"version", options_.tool_version}};
  // Written by hand up to the "files" array so each file can follow as it is
  // processed; one file object per line keeps the output greppable.
  out_ << "{\"version\":" << kFormatVersion << ",\"tool\":" << Dump(tool) << ",\"files\":[";
}

void JsonReporter::AddFile(const FileReport& file) {
  Start();
  out_ << (first_file_ ? "\n" : ",\n");
  WriteFileReportJson(file, out_, options_.show_suppressed);
  first_file_ = false;
}

void JsonReporter::Finish(const RunSummary& summary) {
  Start();
  json totals = {
      {"files", summary.files},
      {"quotes", summary.quotes},
      {"findings",
       {{"error", summary.errors}, {"warning", summary.warnings}, {"info", summary.infos}}},
      {"input_errors", summary.input_errors},
      {"suppressed", summary.suppressed},
      {"baselined", summary.baselined}};
  if (!summary.notes.empty()) totals["notes"] = summary.notes;
  out_ << (first_file_ ? "" : "\n") << "],\"summary\":" << Dump(totals) << "}\n";
  out_.flush();
}

}  // namespace qa
