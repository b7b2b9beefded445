#include "report/json_reporter.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "core/line_index.h"
#include "report/excerpt.h"
#include "report/json_writer.h"

namespace qa {
namespace {

using json = nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

// Every string goes through dump() with the "replace" handler, so invalid
// UTF-8 from the original bytes becomes U+FFFD instead of an exception.
std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

void WriteTextSpan(JsonWriter& w, const Document& document, Span span) {
  if (span.empty()) {
    w.Null();
    return;
  }
  Span source = document.ToSource(span);
  w.BeginObject().Key("text").String(document.Original(span));
  w.Key("start").Number(source.begin).Key("end").Number(source.end).EndObject();
}

// The quote's fields; the caller closes the object (after "verified").
void WriteQuote(JsonWriter& w, const Document& document, const ScanResult& scan,
                const LineIndex& lines, const Quote& quote) {
  const Attribution& attribution = quote.attribution;
  const Entity* entity = scan.SpeakerOf(quote);
  const Entity* inner = scan.InnerSpeakerOf(quote);
  Span source = document.ToSource(quote.span);
  LineColumn at = lines.At(source.begin);
  w.BeginObject().Key("text").String(document.Original(quote.inner));
  w.Key("start").Number(source.begin).Key("end").Number(source.end);
  w.Key("line").Number(at.line).Key("column").Number(at.column);
  w.Key("kind").String(QuoteKindName(quote.kind));
  w.Key("speaker");
  entity != nullptr ? w.String(entity->name) : w.Null();
  w.Key("speaker_aliases");
  entity != nullptr ? w.Strings(entity->aliases) : w.BeginArray().EndArray();
  w.Key("speaker_kind")
      .String(SpeakerKindName(entity != nullptr ? entity->kind : SpeakerKind::kUnknown));
  w.Key("mention");
  WriteTextSpan(w, document, attribution.mention);
  w.Key("cue");
  WriteTextSpan(w, document, attribution.cue);
  w.Key("rule").String(attribution.rule).Key("confidence").Double(attribution.confidence);
  w.Key("inner_speaker");
  inner != nullptr ? w.String(inner->name) : w.Null();
  w.Key("inner_mention");
  WriteTextSpan(w, document, attribution.inner_mention);
}

void WriteRelated(JsonWriter& w, const FileReport& file, const LineIndex& lines,
                  const RelatedLocation& related) {
  bool same_file = related.path.empty();
  // Another file's span is already in its source bytes (finding.h).
  Span source = same_file ? file.document->ToSource(related.span) : related.span;
  LineColumn at = same_file ? lines.At(source.begin) : LineColumn{related.line, related.column};
  w.BeginObject().Key("path").String(same_file ? std::string_view(file.path) : related.path);
  w.Key("start").Number(source.begin).Key("end").Number(source.end);
  w.Key("line").Number(at.line).Key("column").Number(at.column);
  w.Key("message").String(related.message).EndObject();
}

// The finding's fields; the caller closes the object (after "suppressed_by").
void WriteFinding(JsonWriter& w, const FileReport& file, const LineIndex& lines,
                  const Finding& finding) {
  Span source = file.document->ToSource(finding.span);
  LineColumn start = lines.At(source.begin);
  LineColumn end = lines.At(source.end);
  w.BeginObject().Key("rule").String(finding.rule);
  w.Key("severity").String(SeverityName(finding.severity));
  w.Key("message").String(finding.message);
  w.Key("start").Number(source.begin).Key("end").Number(source.end);
  w.Key("line").Number(start.line).Key("column").Number(start.column);
  w.Key("end_line").Number(end.line).Key("end_column").Number(end.column);
  w.Key("excerpt").String(Excerpt(file.document->original(), source));
  w.Key("related").BeginArray();
  for (const RelatedLocation& location : finding.related) WriteRelated(w, file, lines, location);
  w.EndArray();
}

// Writes `"key":[item,item,...]` one item at a time, so a file with a
// million quotes never has them all as JSON text or values at once.
template <typename Items, typename WriteItem>
void WriteArray(std::ostream& out, std::string_view key, const Items& items, WriteItem write_item) {
  out << ",\"" << key << "\":[";
  // One writer per thread, its room kept from array to array and file to
  // file (up to kKeptRoom: one huge quote's room is not kept for the run).
  constexpr size_t kKeptRoom = size_t{1} << 20;
  thread_local JsonWriter writer;
  bool first = true;
  for (const auto& item : items) {
    writer.Clear();
    if (!first) writer.Raw(",");
    first = false;
    write_item(writer, item);
    const std::string_view text = writer.text();
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  if (writer.room() > kKeptRoom) writer = JsonWriter();
  out << ']';
}

}  // namespace

void WriteFileReportJson(const FileReport& file, std::ostream& out, bool show_suppressed) {
  // Escaped as nlohmann would, without a json value for each file's path.
  thread_local std::string head;
  head.assign("{\"path\":");
  AppendJsonString(file.path, &head);
  if (file.origin != nullptr) {
    // An article of a JSON Lines archive; "id" is null for a line that held
    // no article.
    const ArticleOrigin& origin = *file.origin;
    head.append(",\"archive\":");
    AppendJsonString(origin.archive, &head);
    head.append(",\"line\":").append(std::to_string(origin.line)).append(",\"id\":");
    if (origin.id.empty()) {
      head.append("null");
    } else {
      AppendJsonString(origin.id, &head);
    }
  }
  out.write(head.data(), static_cast<std::streamsize>(head.size()));
  static const std::vector<Quote> kNoQuotes;
  static const std::vector<Finding> kNoFindings;
  const Document* document = file.document;
  const std::vector<Quote>& quotes =
      document != nullptr && file.scan != nullptr ? file.scan->quotes : kNoQuotes;
  std::span<const Finding> findings = document != nullptr ? file.findings : kNoFindings;
  std::optional<LineIndex> lines;
  if (document != nullptr) lines.emplace(document->original());
  // quotes --source: "verified" is the passage's "path:line:column", or null.
  WriteArray(out, "quotes", quotes, [&](JsonWriter& w, const Quote& quote) {
    WriteQuote(w, *document, *file.scan, *lines, quote);
    if (!file.verified.empty()) {
      size_t index = static_cast<size_t>(&quote - quotes.data());
      const std::string* source = index < file.verified.size() ? &file.verified[index] : nullptr;
      w.Key("verified");
      source != nullptr && !source->empty() ? w.String(*source) : w.Null();
    }
    w.EndObject();
  });
  WriteArray(out, "findings", findings, [&](JsonWriter& w, const Finding& finding) {
    WriteFinding(w, file, *lines, finding);
    w.EndObject();
  });
  if (show_suppressed) {
    static const std::vector<SuppressedFinding> kNoneSuppressed;
    std::span<const SuppressedFinding> suppressed =
        document != nullptr ? file.suppressed : kNoneSuppressed;
    WriteArray(out, "suppressed", suppressed, [&](JsonWriter& w, const SuppressedFinding& item) {
      WriteFinding(w, file, *lines, item.finding);
      w.Key("suppressed_by").BeginObject();
      w.Key("start").Number(item.directive.begin).Key("end").Number(item.directive.end);
      w.Key("line").Number(lines->At(item.directive.begin).line).EndObject();
      w.EndObject();
    });
  }
  WriteArray(out, "errors", file.problems, [](JsonWriter& w, const InputProblem& problem) {
    w.BeginObject().Key("message").String(problem.message);
    w.Key("start").Number(problem.offset).EndObject();
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
