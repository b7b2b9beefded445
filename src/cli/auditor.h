// The per-run audit pipeline: the rules, the scanner and the checks, built
// once, then applied to one input at a time.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checks/check.h"
#include "cli/resolution_index.h"
#include "cli/suppression.h"
#include "core/article_origin.h"
#include "core/document.h"
#include "core/finding.h"
#include "core/finding_sink.h"
#include "core/quote.h"
#include "io/input_format.h"
#include "rules/rule_set.h"
#include "scan/scanner.h"

namespace qa {

// Everything known about one input after auditing it.
struct AuditedFile {
  std::string path;
  std::optional<Document> document;  // empty when the input could not be audited
  ScanResult scan;
  std::vector<Finding> findings;  // every finding, in document order
  // With a finding cap (Auditor::set_finding_cap), `findings` holds what the
  // report lists and this counts the rest.
  LeftOutFindings left_out;
  // Findings silenced by inline directives (cli/suppression.h), in document
  // order; not in `findings`, so they never reach --fail-level.
  std::vector<SuppressedFinding> suppressed;
  // With a document: bytes that were ignored. Without: why it was skipped.
  std::vector<InputProblem> problems;
  // Set for an article of a JSON Lines archive (cli/jsonl_inputs.h).
  std::optional<ArticleOrigin> origin;
};

// An input after the half of its audit that needs no other input (reading,
// scanning, the per-document checks), done on any thread; Auditor::Finish
// completes it in input order.
struct PreparedAudit {
  AuditedFile file;
  // The digests of the cross-document checks, by index into the checks.
  std::vector<std::pair<size_t, std::unique_ptr<CrossFileDigest>>> digests;
  std::vector<InputProblem> over_limits;  // quotes left out as too long
  bool finished = false;                  // failed, or nothing left to do
};

class Auditor {
 public:
  // Builds the scanner and every enabled check from `rules`; nullptr with
  // *errors filled when a pattern does not compile.
  static std::unique_ptr<Auditor> Create(const RuleSet& rules, std::vector<RuleError>* errors);
  ~Auditor();

  // Cross-document checks share what they remember with the checks of the
  // same id already in `pool` (built for other configs of the run), and add
  // theirs when they are the first of their id.
  void ShareCrossFileState(std::map<std::string, std::shared_ptr<CrossFileState>>* pool);

  // The distributed run (docs/scale.md). With a fingerprint sink, the ordered
  // step writes each article's cross-document digests there as records
  // instead of comparing; with resolutions, it takes each article's
  // cross-document findings from them instead (and, with only_resolved, the
  // articles they do not name are skipped: Skips()).
  void set_fingerprint_sink(std::function<void(const FingerprintRecord&)> sink) {
    fingerprint_sink_ = std::move(sink);
  }
  void set_resolutions(const ResolutionIndex* resolutions, bool only_resolved) {
    resolutions_ = resolutions;
    only_resolved_ = only_resolved;
  }
  bool Skips(const std::string& path) const;
  // check --reference FINGERPRINTS: one article's records (all checks), for
  // the cross-document checks to remember as if it had been audited.
  void RememberRecords(std::span<const FingerprintRecord> records);

  // Keeps of each file only the findings its report lists (FindingCap), so
  // one file with a million findings does not hold them all. Only for a run
  // that filters nothing before the report cuts the list (no --baseline,
  // --diff-base); a document with inline directives keeps every finding,
  // since suppression needs them. Default: every finding.
  void set_finding_cap(std::optional<FindingCap> cap) { finding_cap_ = cap; }

  // Whether Finish gives each finding its Finding::fingerprint (for a
  // baseline, SARIF and GitLab reports). Default: yes; a run whose reports
  // and filters read none turns it off, and saves the hashing.
  void set_finding_fingerprints(bool on) { finding_fingerprints_ = on; }

  // Whether the scan writes each attribution's explanation (ScanOptions).
  // Default: yes; a run whose reports print none turns it off.
  void set_explanations(bool on) { explanations_ = on; }

  // For a run of one document: its patterns then compile with only the
  // lexicon phrases that document can hold (match/pattern_focus.h). The
  // first document prepared after this is the one; any other text still
  // gets every phrase, so this changes no result, only the time. Off by
  // default, since across an archive the full patterns are cheaper.
  void set_focus_on_document(bool on) { focus_on_document_ = on; }
  // For a run of a few small files (cli/batch_focus.h): offers their bytes
  // joined, so the patterns compile with only the lexicon phrases any of
  // them can hold. `texts` need not outlive the call: each search then
  // checks that its text's letter runs are among the offered ones, and any
  // other text gets the full pattern. Only the first offer counts.
  void FocusOn(std::string_view texts);

  // How AuditPath reads files (front-matter fields, ...); default: ReaderOptions{}.
  void set_reader_options(ReaderOptions options) { reader_options_ = std::move(options); }

  // Reads `path` ("-" for standard input) and audits it.
  AuditedFile AuditPath(const std::string& path);
  // Audits an already loaded document (used by AuditPath and by tests).
  AuditedFile AuditDocument(Document document);

  // The two halves of AuditPath. Prepare is const and thread-safe: many
  // inputs may be prepared at once. Finish runs the cross-document checks'
  // ordered step, so it must see the inputs one at a time in input order.
  // Finish takes the file out of `prepared`; the digests it leaves there die
  // with `prepared`, on whichever thread the caller chooses (cli/hand_back.h).
  PreparedAudit PreparePath(const std::string& path) const;
  PreparedAudit Prepare(Document document) const;
  AuditedFile Finish(PreparedAudit&& prepared);

 private:
  Auditor() = default;
  bool Caps(const Document& document) const;
  FindingSink SinkFor(const Document& document, AuditedFile* audited) const;
  std::unique_ptr<Scanner> scanner_;
  std::vector<std::unique_ptr<Check>> checks_;
  ReaderOptions reader_options_;
  SuppressionRules suppression_;
  std::function<void(const FingerprintRecord&)> fingerprint_sink_;
  const ResolutionIndex* resolutions_ = nullptr;
  bool only_resolved_ = false;
  std::optional<FindingCap> finding_cap_;
  bool finding_fingerprints_ = true;
  bool explanations_ = true;
  std::shared_ptr<PatternFocus> focus_;  // the rule set's (RuleSet::pattern_focus)
  bool focus_on_document_ = false;
};

// Where an audited article stands in the run's order: its archive and line,
// or (a file) its path and line 0.
ArticleRef ArticleRefOf(const AuditedFile& audited);

// What inline suppression needs from `rules`: the rule ids and whether
// unused-suppression is on, at which severity.
SuppressionRules SuppressionRulesFor(const RuleSet& rules);

// Applies the document's inline directives to audited->findings: moves the
// suppressed ones to audited->suppressed, adds unused-suppression findings
// and the directives' input problems, and keeps findings and problems in
// order. Used by Auditor::AuditDocument (and harnesses that mirror it).
void ApplyInlineSuppression(const SuppressionRules& rules, const Document& document,
                            AuditedFile* audited);

}  // namespace qa
