// The reporter interface: one implementation per output format. Output is
// streamed: AddFile() writes as each file is processed, so a run over a
// large archive never holds more than one file's results.
#pragma once

#include <string>
#include <vector>

#include "core/severity.h"
#include "report/file_report.h"

namespace qa {

// What the formats that describe rules (sarif, html, junit) say about each.
struct RuleDescription {
  std::string id;
  Severity severity = Severity::kWarning;  // the default level
  bool enabled = true;
  std::string summary;        // one line
  std::string help_markdown;  // docs/rules/<id>.md, embedded at build time; may be empty
};

struct ReportOptions {
  bool summary = true;           // print the totals at the end (text formats)
  bool by_speaker = false;       // quote table: one block per speaker
  bool explain = false;          // quote table: show why each quote got its speaker
  bool show_suppressed = false;  // text, json, sarif, html: list suppressed findings too
  std::string tool_version;      // for formats that name the tool
  // Every rule of the run (the rules of each config, first seen wins), in id
  // order, with the input rule "input" excluded.
  std::vector<RuleDescription> rules;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void AddFile(const FileReport& file) = 0;
  // Called once after the last file (also when there were none).
  virtual void Finish(const RunSummary& summary) = 0;
  // Whether it writes each finding's Finding::fingerprint (sarif, gitlab):
  // the other formats' runs skip computing them.
  virtual bool UsesFingerprints() const { return false; }
  // Whether it prints each attribution's explanation (quotes --explain): the
  // other runs' scans skip writing them.
  virtual bool UsesExplanations() const { return false; }
};

}  // namespace qa
