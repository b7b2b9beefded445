// What a reporter is given: one audited (or unreadable) file at a time, and
// the run's totals at the end. Plain core data only: reporters never see the
// scanner or the checks.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/article_origin.h"
#include "core/document.h"
#include "core/finding.h"
#include "core/quote.h"

namespace qa {

struct FileReport {
  std::string_view path;               // as given by the user ("-" for standard input)
  const Document* document = nullptr;  // null when the file could not be audited
  const ScanResult* scan = nullptr;    // null when the file could not be audited
  std::span<const Finding> findings;   // already filtered and in document order
  // Problems with the input. With a document they are warnings about bytes
  // that were ignored; without one they say why the file was not audited.
  std::span<const InputProblem> problems;
  // Findings silenced by inline directives, filtered like `findings`. Always
  // counted in the summary; listed only with --show-suppressed.
  std::span<const SuppressedFinding> suppressed = {};
  // `quotes --source`: per quote (by index into scan->quotes), the source
  // passage its words were found in exactly ("minutes.txt:12:7"), or empty
  // when none was. Empty span: no sources were given (no verified column).
  std::span<const std::string> verified = {};
  // An article of a JSON Lines archive (--input-format jsonl): where it came
  // from. Null for a file.
  const ArticleOrigin* origin = nullptr;
};

struct RunSummary {
  size_t files = 0;  // every input reported, audited or not
  // Of `files`: articles (and lines) of JSON Lines archives. When all are,
  // the totals line counts articles instead of files.
  size_t archive_inputs = 0;
  size_t input_errors = 0;  // inputs that could not be audited
  size_t quotes = 0;
  size_t attributed_quotes = 0;  // quotes tied to a source
  size_t errors = 0;             // findings shown, by severity
  size_t warnings = 0;
  size_t infos = 0;
  size_t suppressed = 0;  // findings silenced by inline directives
  // Set by the run, not by Add(): findings a --baseline file accepted (not
  // reported, never failing), and findings below --min-level (not shown)
  // that still reached --fail-level.
  size_t baselined = 0;
  size_t hidden_failing = 0;
  // Set by the run: what it could not do in full, one line each ("cross-article
  // index full after N paragraphs; later duplicates not checked").
  std::vector<std::string> notes;

  void Add(const FileReport& file);
  // "file"/"files", or "article"/"articles" when every input came from an archive.
  std::string_view InputNoun() const;
};

}  // namespace qa
