// Everything a quoteaudit run is told on the command line, parsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/severity.h"

namespace qa {

// One --format NAME[:FILE].
struct OutputRequest {
  std::string format;
  std::string path;  // empty: standard output
};

enum class Command {
  kCheck,   // findings for editors; exit 1 when any reaches --fail-level
  kQuotes,  // the quotes and their speakers, as a table
  kRules,   // the check rules in effect
  kEval,    // accuracy against an annotated corpus
  kVerify,  // quotes checked against source records (docs/verify.md)
  kJoin,    // fingerprints in, resolutions out (docs/scale.md)
  kWorker,  // check requests on standard input, rules compiled once (docs/scale.md)
};

struct Options {
  Command command = Command::kCheck;
  std::vector<std::string> paths;  // files, directories or "-"; empty means standard input
  // check/quotes --format NAME[:FILE], in order: each writes its report to
  // FILE, or to standard output without one. Empty: the command's default.
  std::vector<OutputRequest> outputs;
  std::string format;                    // eval and rules --format
  bool explain = false;                  // quotes: why each quote got its speaker
  bool by_speaker = false;               // quotes: the table grouped by speaker
  bool summary = true;                   // print the totals line
  bool show_suppressed = false;          // list findings silenced by inline directives
  Severity min_level = Severity::kInfo;  // findings below are not shown
  std::optional<Severity> fail_level = Severity::kError;  // nullopt: never exit 1
  std::vector<std::string> rule_dirs;                     // --rules, in order
  // Configuration (docs/config.md). A level flag given on the command line
  // wins over a config's fail_level/min_level; one not given does not.
  bool min_level_given = false;
  bool fail_level_given = false;
  std::string config_file;    // --config: this file for every input; empty: discover
  bool no_config = false;     // --no-config
  bool print_config = false;  // check/quotes --print-config
  unsigned jobs = 0;          // check/quotes -j/--jobs: inputs audited at once; 0: the cores
  bool quiet = false;         // check/quotes --quiet: no progress line
  // Folder walks (check/quotes): --include and --exclude patterns, in order.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::string input_format;  // --input-format; empty: by extension (standard input: text)
  // --input-format jsonl: the fields of each line that hold the article, and
  // the format of its text (docs/input-formats.md#json-lines).
  std::string id_field = "id";
  std::string text_field = "text";
  std::string text_format = "text";
  // check, for pull requests (docs/pull-requests.md).
  std::vector<std::string> references;  // --reference: compared against, never reported
  std::string diff_base;                // --diff-base REF; empty: every line counts
  std::string baseline_file;            // --baseline FILE; empty: no baseline
  bool update_baseline = false;         // --update-baseline: write baseline_file, no report
  // check, for distributed runs (docs/scale.md).
  std::string fingerprints_file;  // --emit-fingerprints FILE: records instead of comparing
  std::string resolutions_file;   // --resolutions FILE: cross-article findings from the join
  bool only_resolved = false;     // --only-resolved: audit only the articles it names
  // join: -o FILE (empty: standard output). worker: the check arguments
  // every request starts with.
  std::string output_file;
  std::vector<std::string> worker_args;
  // verify (and quotes): the source records, files or folders, in order.
  std::vector<std::string> sources;
  // eval
  std::string corpus_dir;
  bool verbose = false;
};

}  // namespace qa
