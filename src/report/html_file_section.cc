#include "report/html_file_section.h"

#include <string>
#include <vector>

#include "core/line_index.h"
#include "report/excerpt.h"
#include "report/html_article.h"
#include "report/html_escape.h"
#include "report/html_quote_text.h"
#include "report/html_speaker_colours.h"
#include "report/located_finding.h"

namespace qa {
namespace {

constexpr size_t kAliasesWidth = 100;
constexpr size_t kQuoteWidth = 160;

std::string Count(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string Position(LineColumn at) {
  return std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string Link(const std::string& id, std::string_view text) {
  return "<a href=\"#" + id + "\">" + HtmlEscaped(text) + "</a>";
}

void WriteCounts(const FileReport& file, std::ostream& out) {
  RunSummary counts;
  counts.Add(file);
  auto pill = [&](std::string_view severity, size_t n, const std::string& text) {
    out << "<li" << (n > 0 ? " class=\"" + std::string(severity) + "\"" : "") << ">" << text
        << "</li>";
  };
  out << "<ul class=\"counts\"><li>" << Count(counts.quotes, "quote", "quotes") << "</li><li>"
      << counts.attributed_quotes << " attributed</li>";
  pill("error", counts.errors, Count(counts.errors, "error", "errors"));
  pill("warning", counts.warnings, Count(counts.warnings, "warning", "warnings"));
  pill("info", counts.infos, std::to_string(counts.infos) + " info");
  if (counts.suppressed > 0) out << "<li>" << counts.suppressed << " suppressed</li>";
  out << "</ul>\n";
}

// Speakers in the order of their first quote, with their colour, kind,
// number of quotes and other names; then the quotes with no speaker.
void WriteLegend(const ScanResult& scan, const std::vector<int>& slots, std::ostream& out) {
  std::vector<int> order;
  std::vector<size_t> quotes_of(scan.entities.size(), 0);
  size_t unattributed = 0;
  for (const Quote& quote : scan.quotes) {
    if (scan.SpeakerOf(quote) == nullptr) {
      ++unattributed;
      continue;
    }
    if (quotes_of[quote.attribution.entity]++ == 0) order.push_back(quote.attribution.entity);
  }
  out << "<h3>Speakers</h3>\n";
  if (order.empty() && unattributed == 0) {
    out << "<p class=\"none\">No quotes.</p>\n";
    return;
  }
  out << "<ul class=\"legend\">\n";
  for (int entity_index : order) {
    const Entity& entity = scan.entities[entity_index];
    out << "<li><span class=\"swatch s" << slots[entity_index] << "\"></span>"
        << HtmlEscaped(entity.name) << " <span class=\"kind\">" << SpeakerKindName(entity.kind)
        << " · " << Count(quotes_of[entity_index], "quote", "quotes") << "</span>";
    if (!entity.aliases.empty()) {
      std::string aliases;
      for (const std::string& alias : entity.aliases) {
        aliases += (aliases.empty() ? "" : ", ") + alias;
      }
      out << "<div class=\"also\">also: "
          << HtmlEscaped(Excerpt(aliases, {0, aliases.size()}, kAliasesWidth)) << "</div>";
    }
    out << "</li>\n";
  }
  if (unattributed > 0) {
    out << "<li><span class=\"swatch qn\"></span>no speaker <span class=\"kind\">"
        << Count(unattributed, "quote", "quotes") << "</span></li>\n";
  }
  out << "</ul>\n";
}

// The body of one findings-list item: position (a link when `id` is set),
// severity, rule, message, excerpt and related places.
void WriteFindingItem(const LocatedFinding& located, const std::string& id, std::ostream& out) {
  const Finding& finding = *located.finding;
  std::string position = Position(located.place.start);
  std::string_view severity = SeverityName(finding.severity);
  out << (id.empty() ? HtmlEscaped(position) : Link(id, position)) << " <span class=\"sev "
      << severity << "\">" << severity << "</span> <code>" << HtmlEscaped(finding.rule)
      << "</code><div>" << HtmlEscaped(finding.message) << "</div>";
  if (!located.excerpt.empty()) {
    out << "<div class=\"excerpt\">" << HtmlEscaped(located.excerpt) << "</div>";
  }
  for (const LocatedPlace& place : located.related) {
    std::string where = place.path;
    if (place.has_position) where += ":" + Position(place.start);
    out << "<div class=\"note\">note: " << HtmlEscaped(place.message) << " (" << HtmlEscaped(where)
        << ")</div>";
  }
}

void WriteFindings(const FileReport& file, size_t file_number, const LineIndex& lines,
                   const ReportOptions& options, std::ostream& out) {
  out << "<h3>Findings (" << file.findings.size() << ")</h3>\n";
  bool listed_suppressed = options.show_suppressed && !file.suppressed.empty();
  if (file.findings.empty() && !listed_suppressed) {
    out << "<p class=\"none\">No findings.</p>\n";
    return;
  }
  out << "<ol class=\"findings\">\n";
  for (size_t i = 0; i < file.findings.size(); ++i) {
    const Finding& finding = file.findings[i];
    out << "<li class=\"" << SeverityName(finding.severity) << "\" data-finding-item=\"" << i + 1
        << "\">";
    WriteFindingItem(Locate(file, lines, finding), HtmlFindingId(file_number, i + 1), out);
    out << "</li>\n";
  }
  if (listed_suppressed) {
    // Silenced findings are listed, not marked in the text.
    for (const SuppressedFinding& item : file.suppressed) {
      out << "<li class=\"suppressed " << SeverityName(item.finding.severity) << "\">";
      WriteFindingItem(Locate(file, lines, item.finding), "", out);
      out << "<div class=\"note\">suppressed by line " << lines.At(item.directive.begin).line
          << "</div></li>\n";
    }
  }
  out << "</ol>\n";
}

void WriteInputWarnings(const FileReport& file, const LineIndex& lines, std::ostream& out) {
  if (file.problems.empty()) return;
  out << "<h3>Input warnings</h3>\n<ul class=\"problems\">\n";
  for (const InputProblem& problem : file.problems) {
    out << "<li>" << Position(lines.At(problem.offset)) << " " << HtmlEscaped(problem.message)
        << "</li>\n";
  }
  out << "</ul>\n";
}

void WriteQuoteTable(const FileReport& file, size_t file_number, const LineIndex& lines,
                     const std::vector<int>& slots, std::ostream& out) {
  const Document& document = *file.document;
  const ScanResult& scan = *file.scan;
  out << "<h3>Quotes (" << scan.quotes.size() << ")</h3>\n";
  if (scan.quotes.empty()) {
    out << "<p class=\"none\">No quotes.</p>\n";
    return;
  }
  out << "<table class=\"quotes\"><thead><tr><th class=\"n\">#</th><th>where</th>"
         "<th>kind</th><th>speaker</th><th>speaker kind</th><th>cue</th><th>rule</th>"
         "<th class=\"n\">conf.</th><th>quote</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < scan.quotes.size(); ++i) {
    const Quote& quote = scan.quotes[i];
    QuoteAttributionText text = DescribeAttribution(document, scan, quote);
    Span source = document.ToSource(quote.span);
    std::string id = HtmlQuoteId(file_number, i + 1);
    auto cell = [](const std::string& value) {
      return value.empty() ? std::string("<span class=\"none\">-</span>") : HtmlEscaped(value);
    };
    out << "<tr data-quote-item=\"" << i + 1 << "\"><td class=\"n\">"
        << Link(id, std::to_string(i + 1)) << "</td><td>"
        << Link(id, Position(lines.At(source.begin))) << "</td><td>" << QuoteKindName(quote.kind)
        << "</td><td><span class=\"swatch " << SpeakerColourClass(quote, slots) << "\"></span>"
        << cell(text.speaker) << "</td><td>" << text.speaker_kind << "</td><td>" << cell(text.cue)
        << "</td><td>" << cell(text.rule) << "</td><td class=\"n\">" << cell(text.confidence)
        << "</td><td class=\"text\">"
        << HtmlEscaped(Excerpt(document.original(), source, kQuoteWidth)) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

void WriteUnreadable(const FileReport& file, std::ostream& out) {
  for (const InputProblem& problem : file.problems) {
    out << "<p class=\"input-error\">Not audited: " << HtmlEscaped(problem.message) << "</p>\n";
  }
  if (file.problems.empty()) out << "<p class=\"input-error\">Not audited.</p>\n";
}

}  // namespace

std::string HtmlFileId(size_t file_number) { return "file-" + std::to_string(file_number); }

void WriteHtmlFileSection(const FileReport& file, size_t file_number, const ReportOptions& options,
                          std::ostream& out) {
  bool audited = file.document != nullptr && file.scan != nullptr;
  out << "<section class=\"box file" << (audited ? "" : " unreadable") << "\" id=\""
      << HtmlFileId(file_number) << "\" data-path=\"" << HtmlAttributeEscaped(file.path)
      << "\">\n<h2>" << HtmlEscaped(file.path) << "</h2>\n";
  if (!audited) {
    WriteUnreadable(file, out);
    out << "</section>\n";
    return;
  }
  LineIndex lines(file.document->original());
  std::vector<int> slots = SpeakerColourSlots(*file.scan);
  WriteCounts(file, out);
  out << "<div class=\"columns\">\n";
  WriteHtmlArticle(file, file_number, slots, out);
  out << "<aside>\n";
  WriteLegend(*file.scan, slots, out);
  WriteFindings(file, file_number, lines, options, out);
  WriteInputWarnings(file, lines, out);
  out << "</aside>\n</div>\n";
  WriteQuoteTable(file, file_number, lines, slots, out);
  out << "</section>\n";
}

}  // namespace qa
