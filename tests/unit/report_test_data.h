// A small hand-built document with quotes, entities and findings, shared by
// the reporter tests. Text invented for the tests.
#pragma once

#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "core/quote.h"
#include "report/report_formats.h"

namespace qa::testing {

struct SampleFile {
  Document document;
  ScanResult scan;
  std::vector<Finding> findings;
};

inline Span Find(std::string_view text, std::string_view needle, size_t from = 0) {
  size_t at = text.find(needle, from);
  return {at, at + needle.size()};
}

// Line 1: "Harbour vote"; line 3 has an attributed quote, line 5 an
// unattributed one with an "é" before it (columns count code points).
inline SampleFile MakeSample() {
  SampleFile sample;
  Document& document = sample.document;
  document.path = "news/harbour.txt";
  document.set_original(
      "Harbour vote\n"
      "\n"
      "\xE2\x80\x9CWe will rebuild the pier,\xE2\x80\x9D said Mayor Ines Koval.\n"
      "\n"
      "Caf\xC3\xA9 owners were told \"it is   settled\n  for good\" on Monday.\n");
  document.text = document.original();
  const std::string_view text = document.original();
  document.paragraphs = {Find(text, "Harbour vote"),
                         {Find(text, "\xE2\x80\x9CWe").begin, Find(text, "Koval.").end},
                         {Find(text, "Caf").begin, Find(text, "Monday.").end}};

  Entity koval;
  koval.name = "Ines Koval";
  koval.aliases = {"Koval", "the mayor"};
  koval.kind = SpeakerKind::kPerson;
  koval.first_mention = Find(text, "Mayor Ines Koval");
  sample.scan.entities.push_back(koval);

  Quote attributed;
  attributed.span = {Find(text, "\xE2\x80\x9CWe").begin, Find(text, "pier,\xE2\x80\x9D").end};
  attributed.inner = {attributed.span.begin + 3, attributed.span.end - 3};
  attributed.kind = QuoteKind::kDirect;
  attributed.paragraph = 1;
  attributed.attribution.entity = 0;
  attributed.attribution.mention = Find(text, "Mayor Ines Koval");
  attributed.attribution.cue = Find(text, "said");
  attributed.attribution.rule = "after-said";
  attributed.attribution.confidence = 0.9;
  attributed.attribution.explanation = "inverted cue after quote: said Mayor Ines Koval";
  sample.scan.quotes.push_back(attributed);

  Quote orphan;
  orphan.span = {Find(text, "\"it").begin, Find(text, "good\"").end};
  orphan.inner = {orphan.span.begin + 1, orphan.span.end - 1};
  orphan.kind = QuoteKind::kPartial;
  orphan.paragraph = 2;
  sample.scan.quotes.push_back(orphan);

  Finding vague;
  vague.rule = "vague-source";
  vague.severity = Severity::kWarning;
  vague.message = "vague source";
  vague.span = Find(text, "Caf\xC3\xA9 owners");
  sample.findings.push_back(vague);
  Finding unattributed;
  unattributed.rule = "unattributed-quote";
  unattributed.severity = Severity::kError;
  unattributed.message = "quote has no source";
  unattributed.span = orphan.span;
  unattributed.related.push_back(
      {"", Find(text, "Mayor Ines Koval"), "nearest named person", 0, 0});
  unattributed.related.push_back({"news/other.txt", {10, 20}, "same words", 7, 3});
  sample.findings.push_back(unattributed);

  return sample;
}

// The whole output of format `name` (from the registry, as --format picks
// it) for `files`, with the summary those files add up to.
inline std::string RunFormat(std::string_view name, std::span<const FileReport> files,
                             const ReportOptions& options = {}) {
  std::ostringstream out;
  const ReportFormat* format = FindReportFormat(name);
  if (format == nullptr) return "no format " + std::string(name);
  std::unique_ptr<Reporter> reporter = format->make(out, options);
  RunSummary summary;
  for (const FileReport& file : files) {
    summary.Add(file);
    reporter->AddFile(file);
  }
  reporter->Finish(summary);
  return out.str();
}

// The sample as one audited file, a file that could not be read and a file
// without findings, in that order.
struct SampleRun {
  SampleFile sample = MakeSample();
  std::vector<InputProblem> missing = {{"no such file or directory", 0}};
  std::vector<FileReport> files;
  SampleRun(const SampleRun&) = delete;  // `files` points into `sample`
  SampleRun() {
    files.push_back({"news/harbour.txt", &sample.document, &sample.scan, sample.findings, {}});
    files.push_back({"missing.txt", nullptr, nullptr, {}, missing});
    files.push_back({"news/clean.txt", &sample.document, &sample.scan, {}, {}});
  }
};

}  // namespace qa::testing
