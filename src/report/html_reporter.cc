#include "report/html_reporter.h"

#include "report/html_escape.h"
#include "report/html_file_section.h"
#include "report/html_style.h"
#include "report/text_reporter.h"

namespace qa {
namespace {

// What the marks mean, shown under the title with the marks themselves.
constexpr std::string_view kKey =
    "Quotes are highlighted in their speaker's colour (<span class=\"q s0\">&#8220;like "
    "this&#8221;</span>, <span class=\"q s1\">&#8220;this&#8221;</span>), quotes with no "
    "speaker hatched (<span class=\"q qn\">&#8220;this&#8221;</span>); the speaker's "
    "<span class=\"who s0\">name</span> and the <span class=\"cue\">cue</span> are marked too. "
    "Findings are underlined: <span class=\"f f-error\">error</span>, "
    "<span class=\"f f-warning\">warning</span>, <span class=\"f f-info\">info</span>. "
    "Point at a mark for details; the lists beside each article say the same.";

std::string Cell(size_t n) { return "<td class=\"n\">" + std::to_string(n) + "</td>"; }

}  // namespace

HtmlReporter::HtmlReporter(std::ostream& out, const ReportOptions& options)
    : out_(out), options_(options) {}

void HtmlReporter::Start() {
  if (started_) return;
  started_ = true;
  // default-src 'none': the page may load nothing and run no script, so
  // even an escaping mistake could not fetch or execute anything.
  out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n"
          "<meta name=\"generator\" content=\"quoteaudit "
       << HtmlAttributeEscaped(options_.tool_version)
       << "\">\n<title>quoteaudit report</title>\n<style>" << HtmlReportStyle()
       << "</style>\n</head>\n<body>\n<header class=\"page\"><h1>quoteaudit report</h1>\n<p>"
       << kKey << "</p></header>\n<main>\n";
}

void HtmlReporter::AddFile(const FileReport& file) {
  Start();
  FileRow row;
  row.path = std::string(file.path);
  row.counts.Add(file);
  if (file.document == nullptr || file.scan == nullptr) {
    for (const InputProblem& problem : file.problems) {
      row.error += (row.error.empty() ? "" : "; ") + problem.message;
    }
    if (row.error.empty()) row.error = "not audited";
  }
  for (const Finding& finding : file.findings) {
    ++rules_[finding.rule].by_severity[static_cast<int>(finding.severity)];
  }
  files_.push_back(std::move(row));
  WriteHtmlFileSection(file, files_.size(), options_, out_);
}

void HtmlReporter::Finish(const RunSummary& summary) {
  Start();
  WriteSummary(summary);
  out_ << "</main>\n</body>\n</html>\n";
  out_.flush();
}

void HtmlReporter::WriteSummary(const RunSummary& summary) {
  out_ << "<section class=\"box\" id=\"summary\">\n<h2>Summary</h2>\n<p>"
       << HtmlEscaped(FindingSummaryLine(summary)) << "</p>\n";
  if (summary.baselined > 0) {
    out_ << "<p>" << summary.baselined << " more accepted by the baseline (not shown).</p>\n";
  }
  WriteFileTable(summary);
  WriteRuleTable();
  WriteInputErrors();
  out_ << "</section>\n";
}

void HtmlReporter::WriteFileTable(const RunSummary& summary) {
  bool suppressed = summary.suppressed > 0;
  out_ << "<h3>Files</h3>\n<table class=\"files\"><thead><tr><th>file</th>"
          "<th class=\"n\">quotes</th><th class=\"n\">attributed</th><th class=\"n\">errors</th>"
          "<th class=\"n\">warnings</th><th class=\"n\">info</th>"
       << (suppressed ? "<th class=\"n\">suppressed</th>" : "") << "</tr></thead><tbody>\n";
  for (size_t i = 0; i < files_.size(); ++i) {
    const FileRow& row = files_[i];
    out_ << "<tr><td><a href=\"#" << HtmlFileId(i + 1) << "\">" << HtmlEscaped(row.path)
         << "</a></td>";
    if (!row.error.empty()) {
      out_ << "<td class=\"input-error\" colspan=\"" << (suppressed ? 6 : 5)
           << "\">not audited: " << HtmlEscaped(row.error) << "</td></tr>\n";
      continue;
    }
    const RunSummary& counts = row.counts;
    out_ << Cell(counts.quotes) << Cell(counts.attributed_quotes) << Cell(counts.errors)
         << Cell(counts.warnings) << Cell(counts.infos)
         << (suppressed ? Cell(counts.suppressed) : "") << "</tr>\n";
  }
  out_ << "</tbody><tfoot><tr><td>" << summary.files << (summary.files == 1 ? " file" : " files")
       << "</td>" << Cell(summary.quotes) << Cell(summary.attributed_quotes) << Cell(summary.errors)
       << Cell(summary.warnings) << Cell(summary.infos)
       << (suppressed ? Cell(summary.suppressed) : "") << "</tr></tfoot></table>\n";
}

// Every rule that reported something, then the other enabled rules of the
// run with zeros, so the table also says what was checked.
void HtmlReporter::WriteRuleTable() {
  std::map<std::string, const RuleDescription*> described;
  for (const RuleDescription& rule : options_.rules) described[rule.id] = &rule;
  std::map<std::string, RuleCounts> rows = rules_;
  for (const RuleDescription& rule : options_.rules) {
    if (rule.enabled) rows.try_emplace(rule.id);
  }
  out_ << "<h3>Findings by rule</h3>\n";
  if (rows.empty()) {
    out_ << "<p class=\"none\">No findings.</p>\n";
    return;
  }
  out_ << "<table class=\"rules\"><thead><tr><th>rule</th><th class=\"n\">errors</th>"
          "<th class=\"n\">warnings</th><th class=\"n\">info</th><th class=\"n\">total</th>"
          "<th>what it checks</th></tr></thead><tbody>\n";
  for (const auto& [id, counts] : rows) {
    const size_t* n = counts.by_severity;
    size_t total = n[0] + n[1] + n[2];
    auto it = described.find(id);
    std::string summary = it != described.end() ? it->second->summary : "";
    out_ << "<tr" << (total == 0 ? " class=\"none\"" : "") << "><td><code>" << HtmlEscaped(id)
         << "</code></td>" << Cell(n[static_cast<int>(Severity::kError)])
         << Cell(n[static_cast<int>(Severity::kWarning)])
         << Cell(n[static_cast<int>(Severity::kInfo)]) << Cell(total) << "<td>"
         << HtmlEscaped(summary) << "</td></tr>\n";
  }
  out_ << "</tbody></table>\n";
}

void HtmlReporter::WriteInputErrors() {
  size_t count = 0;
  for (const FileRow& row : files_) count += !row.error.empty();
  out_ << "<h3>Input errors (" << count << ")</h3>\n";
  if (count == 0) {
    out_ << "<p class=\"none\">Every file was audited.</p>\n";
    return;
  }
  out_ << "<ul class=\"input-errors\">\n";
  for (size_t i = 0; i < files_.size(); ++i) {
    if (files_[i].error.empty()) continue;
    out_ << "<li><a href=\"#" << HtmlFileId(i + 1) << "\">" << HtmlEscaped(files_[i].path)
         << "</a>: <span class=\"input-error\">" << HtmlEscaped(files_[i].error)
         << "</span></li>\n";
  }
  out_ << "</ul>\n";
}

}  // namespace qa
