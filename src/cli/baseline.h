// --baseline FILE: findings accepted as they are, so a check reports only new
// ones. One finding per line, sorted, so a change to the file reads well in a
// review:
//
//   # quoteaudit baseline ...             comment lines start with '#'
//   news/harbour.txt<TAB>vague-source<TAB>9f0c1d2e3a4b5c6d:1<TAB>Experts said
//
// path (relative to the baseline file's folder, forward slashes), rule id,
// the finding's content fingerprint (core/finding_fingerprint.h) and an
// excerpt for people (ignored when matching). Fingerprints hold no line
// numbers, so editing one paragraph leaves the findings of the others
// matched. docs/pull-requests.md#--baseline.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/document.h"
#include "core/finding.h"

namespace qa {

struct BaselineEntry {
  std::string path;  // BaselinePaths form
  std::string rule;
  std::string fingerprint;
  std::string excerpt;

  // Matching ignores the excerpt.
  auto key() const { return std::tie(path, rule, fingerprint); }
  bool operator<(const BaselineEntry& other) const { return key() < other.key(); }
};

// The path of an audited file as a baseline writes it: relative to the
// baseline file's folder, with forward slashes and no "./", so
// "./news/a.txt", "news/a.txt" and an absolute path all give "news/a.txt"
// (paths outside the folder start with "../"). Standard input is "-".
class BaselinePaths {
 public:
  explicit BaselinePaths(const std::filesystem::path& baseline_file);
  std::string For(const std::string& path) const;
  // Whether the file an entry names is still there.
  bool Exists(const std::string& entry_path) const;

 private:
  std::filesystem::path folder_;  // canonical
};

class Baseline {
 public:
  // Reads `file`. nullopt with *error set, naming the file, when it cannot be
  // read, and naming file:line at the first line that is not a comment, not
  // blank and not PATH<TAB>RULE<TAB>FINGERPRINT[<TAB>EXCERPT].
  static std::optional<Baseline> Load(const std::string& file, std::string* error);
  // The same for the file's text already in memory; `file` names it in errors.
  static std::optional<Baseline> Parse(std::string_view text, const std::string& file,
                                       std::string* error);

  bool Contains(const std::string& path, const Finding& finding) const;
  const std::set<BaselineEntry>& entries() const { return entries_; }

 private:
  std::set<BaselineEntry> entries_;
};

// Moves the findings `baseline` holds for `path` (BaselinePaths form) out
// of *findings and returns them.
std::vector<Finding> TakeBaselined(const Baseline& baseline, const std::string& path,
                                   std::vector<Finding>* findings);

// Adds an entry for each of `findings` (of `document`, found at `path` in
// BaselinePaths form) to *entries.
void AddBaselineEntries(const std::string& path, const Document& document,
                        const std::vector<Finding>& findings, std::set<BaselineEntry>* entries);

// Writes `entries` (sorted, one a line, after a header comment) to `file`,
// whole or not at all; false with *error set when it cannot.
bool WriteBaseline(const std::string& file, const std::set<BaselineEntry>& entries,
                   std::string* error);

}  // namespace qa
