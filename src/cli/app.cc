#include "cli/app.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <variant>

#include "cli/auditor.h"
#include "cli/batch_focus.h"
#include "cli/command_line.h"
#include "cli/config_engines.h"
#include "cli/diff_filter.h"
#include "cli/fingerprint_files.h"
#include "cli/fingerprint_json.h"
#include "cli/join_command.h"
#include "cli/jsonl_inputs.h"
#include "cli/parallel_audit.h"
#include "cli/progress_line.h"
#include "cli/pull_request.h"
#include "cli/report_outputs.h"
#include "cli/rule_docs.h"
#include "cli/rule_listing.h"
#include "cli/verify_command.h"
#include "cli/worker_command.h"
#include "config/effective_config.h"
#include "eval/evaluate.h"
#include "io/input_collector.h"
#include "io/input_format.h"
#include "report/output_file.h"
#include "report/report_formats.h"
#include "report/reporter_group.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

void PrintRuleErrors(const std::vector<RuleError>& errors, std::ostream& err) {
  for (const RuleError& error : errors) err << "quoteaudit: " << error.ToString() << '\n';
}

int Evaluate(const Options& options, const RuleSet& rules, std::ostream& out, std::ostream& err) {
  std::vector<RuleError> errors;
  std::unique_ptr<Scanner> scanner = Scanner::Create(rules, &errors);
  if (scanner == nullptr || !errors.empty()) {
    PrintRuleErrors(errors, err);
    return kExitError;
  }
  EvalOptions eval;
  eval.corpus_dir = options.corpus_dir;
  eval.verbose = options.verbose;
  eval.format = options.format == "json" ? EvalFormat::kJson : EvalFormat::kText;
  return RunEvaluation(eval, rules, *scanner, out, err);
}

// Below --min-level findings are dropped from the report (they still count
// for --fail-level).
void KeepShown(std::vector<Finding>* findings, Severity min_level) {
  std::erase_if(*findings, [min_level](const Finding& f) { return f.severity < min_level; });
}

// Suppressed findings follow --min-level too; they never count for
// --fail-level.
void KeepShown(std::vector<SuppressedFinding>* suppressed, Severity min_level) {
  std::erase_if(*suppressed,
                [min_level](const SuppressedFinding& s) { return s.finding.severity < min_level; });
}

// --print-config: the resolved config of each path (or the current
// directory), one JSON element per distinct config.
int PrintConfig(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err) {
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(".");
  std::vector<Engine*> order;
  std::map<Engine*, std::vector<std::string>> paths_of;
  for (const std::string& path : paths) {
    Engine* engine = engines->For(path, /*build_auditor=*/true);
    if (engine == nullptr) continue;
    if (paths_of[engine].empty()) order.push_back(engine);
    paths_of[engine].push_back(path);
  }
  if (std::vector<RuleError> errors = engines->errors(); !errors.empty()) {
    PrintRuleErrors(errors, err);
    return kExitError;
  }
  nlohmann::ordered_json configs = nlohmann::ordered_json::array();
  for (Engine* engine : order) {
    configs.push_back(EffectiveConfig(engine->config, engine->rules, engine->levels,
                                      engine->rule_dirs, paths_of[engine]));
    configs.back()["front_matter_fields"] =
        ReaderOptionsFor(engine->config, options.input_format).front_matter_fields;
  }
  out << configs.dump(2) << '\n';
  return kExitClean;
}

// Whether writing `output` would replace one of `inputs` (the same file
// under another name too): the tool never writes where it reads.
const CollectedInput* InputAt(const std::string& output,
                              const std::vector<CollectedInput>& inputs) {
  std::error_code error;
  if (output.empty() || !std::filesystem::exists(output, error)) return nullptr;
  for (const CollectedInput& input : inputs) {
    if (input.error || input.path == "-") continue;
    if (std::filesystem::equivalent(output, input.path, error)) return &input;
  }
  return nullptr;
}

// False with a message on `err` when an output file of the run (a
// --format's FILE, the --update-baseline file) is one of its inputs.
bool OutputsApartFromInputs(const Options& options, const std::vector<CollectedInput>& inputs,
                            std::ostream& err) {
  std::vector<std::string> outputs;
  for (const OutputRequest& request : options.outputs) outputs.push_back(request.path);
  if (options.update_baseline) outputs.push_back(options.baseline_file);
  outputs.push_back(options.fingerprints_file);
  for (const std::string& output : outputs) {
    if (const CollectedInput* input = InputAt(output, inputs)) {
      err << "quoteaudit: not writing " << output << ": it is the input " << input->path
          << " (quoteaudit never writes where it reads); name another file\n";
      return false;
    }
  }
  return true;
}

// What check's pull-request options do to each reported file
// (docs/pull-requests.md); all null for a plain run.
struct ReportFilters {
  const DiffBase* diff = nullptr;        // --diff-base: only changed lines
  const SourceIndex* sources = nullptr;  // quotes --source: the verified column
  const Baseline* baseline = nullptr;    // --baseline: not the accepted findings
  const BaselinePaths* paths = nullptr;  // how the baseline names files
};

// One collected input, audited; without a document when it could not be.
AuditedFile AuditOne(const CollectedInput& input, Engine* engine) {
  if (!input.error) return engine->auditor->AuditPath(input.path);
  AuditedFile audited;
  audited.path = input.path;
  audited.problems.push_back({input.error->message, input.error->offset});
  return audited;
}

// Adds the report of one audited (or unreadable) file; returns whether it
// fails the run (a finding at or above the fail level). *input_error is set
// when the input could not be audited.
// Lists no more than `max_findings` of *shown (Limits::max_findings_per_file):
// the rest, and `more` that a capped auditor already left out after them,
// are counted in one input problem at the first of them.
void CapFindings(size_t max_findings, size_t more, std::vector<Finding>* shown,
                 std::vector<InputProblem>* problems) {
  if (shown->size() <= max_findings) return;
  size_t left_out = shown->size() - max_findings + more;
  InputProblem problem{std::to_string(left_out) + " more " +
                           (left_out == 1 ? "finding" : "findings") +
                           " from here on not listed: more than " +
                           LimitText("max_findings_per_file", max_findings) + " in this file",
                       (*shown)[max_findings].span.begin};
  shown->resize(max_findings);
  auto at = std::upper_bound(
      problems->begin(), problems->end(), problem,
      [](const InputProblem& a, const InputProblem& b) { return a.offset < b.offset; });
  problems->insert(at, std::move(problem));
}

// The findings a file under `engine` may list.
size_t MaxFindingsFor(const Engine* engine) {
  if (engine == nullptr || engine->config == nullptr) return Limits{}.max_findings_per_file;
  return engine->config->limits.max_findings_per_file;
}

bool ReportAudited(AuditedFile& audited, RunLevels levels, size_t max_findings,
                   const ReportFilters& filters, Reporter* reporter, RunSummary* summary,
                   bool* input_error, const RuleSet* rules = nullptr) {
  *input_error |= !audited.document.has_value();
  if (audited.document && filters.diff != nullptr) {
    const FileChanges* changes = filters.diff->For(audited.path);
    if (changes != nullptr) KeepChanged(*filters.diff, *changes, &audited);
  }
  if (audited.document && filters.baseline != nullptr) {
    // Accepted findings never fail the run; like suppressed ones they are
    // counted at or above --min-level.
    for (const Finding& finding :
         TakeBaselined(*filters.baseline, filters.paths->For(audited.path), &audited.findings)) {
      if (finding.severity >= levels.min_level) ++summary->baselined;
    }
  }
  // What a capped auditor left out still fails the run and is counted.
  bool failed = audited.left_out.fails;
  summary->hidden_failing += audited.left_out.hidden_failing;
  for (const Finding& finding : audited.findings) {
    bool fails = levels.fail_level.has_value() && finding.severity >= *levels.fail_level;
    failed |= fails;
    if (fails && finding.severity < levels.min_level) ++summary->hidden_failing;
  }
  // Filtered where they are: what is left of `audited` goes back to the
  // thread that made it (cli/hand_back.h).
  std::vector<Finding>& shown = audited.findings;
  KeepShown(&shown, levels.min_level);
  // Failing was decided on every finding above; only the listing is capped.
  CapFindings(max_findings, audited.left_out.listed_later, &shown, &audited.problems);
  std::vector<SuppressedFinding>& suppressed = audited.suppressed;
  KeepShown(&suppressed, levels.min_level);
  const Document* document = audited.document ? &*audited.document : nullptr;
  FileReport report{audited.path, document, document ? &audited.scan : nullptr, shown,
                    audited.problems};
  report.suppressed = suppressed;
  if (audited.origin) report.origin = &*audited.origin;
  std::vector<std::string> verified;
  if (filters.sources != nullptr && document != nullptr && rules != nullptr) {
    verified = VerifiedSources(*document, audited.scan, *filters.sources, *rules);
    report.verified = verified;
  }
  summary->Add(report);
  reporter->AddFile(report);
  return failed;
}

// The levels a file is judged by: the flags, else its config's; the flags
// alone for an input that could not be collected.
RunLevels LevelsFor(const CollectedInput& input, const Engine* engine, const Options& options) {
  if (input.error || engine == nullptr) return {options.min_level, options.fail_level};
  return engine->levels;
}

// Audits a --reference file only for what the cross-document checks
// remember of it. One that cannot be read is a warning: the run goes on,
// comparing with the rest of the archive.
// Article files are audited `jobs` at a time (cli/parallel_audit.h), in
// order; a fingerprint file's records are remembered where it stands.
void RememberReferences(const std::vector<std::string>& paths, const std::vector<Engine*>& engines,
                        unsigned jobs, std::ostream& err) {
  std::vector<CollectedInput> files;
  std::vector<Engine*> file_engines;
  auto audit_files = [&] {
    std::vector<size_t> order(files.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    AuditInOrder(files, order, file_engines, jobs, [&](size_t, AuditedFile& audited) {
      if (audited.document) return;
      std::string why =
          audited.problems.empty() ? "cannot be audited" : audited.problems.front().message;
      err << "quoteaudit: warning: reference " << audited.path << " not compared: " << why << '\n';
    });
    files.clear();
    file_engines.clear();
  };
  for (size_t i = 0; i < paths.size(); ++i) {
    if (!IsFingerprintFile(paths[i])) {
      files.push_back({paths[i], std::nullopt});
      file_engines.push_back(engines[i]);
      continue;
    }
    audit_files();
    std::string error;
    if (!RememberFingerprints(paths[i], engines[i]->auditor.get(), &error)) {
      err << "quoteaudit: warning: reference " << paths[i] << " not compared in full: " << error
          << '\n';
    }
  }
  audit_files();
}

// "a, b and c".
std::string JoinedList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// Says what the walks looked for when they found nothing (only directories
// can come back empty: a named file or "-" is always an input).
std::string NothingToAudit(const std::vector<std::string>& arguments, const CollectOptions& collect,
                           const CollectStats& stats, const Options& options) {
  std::vector<std::string> looked_for;
  for (const std::string& extension : collect.extensions) looked_for.push_back("*" + extension);
  for (const std::string& pattern : options.include) looked_for.push_back(pattern);
  std::string message =
      "quoteaudit: no articles to audit under " + JoinedList(arguments) + " (looked for ";
  for (size_t i = 0; i < looked_for.size(); ++i) message += (i > 0 ? ", " : "") + looked_for[i];
  size_t left_out = stats.files_left_out + stats.directories_left_out;
  if (left_out > 0) {
    message += "; " + std::to_string(stats.files_left_out) +
               (stats.files_left_out == 1 ? " file" : " files");
    if (stats.directories_left_out > 0) {
      message += " and " + std::to_string(stats.directories_left_out) +
                 (stats.directories_left_out == 1 ? " folder" : " folders");
    }
    message += " left out by .gitignore, .quoteauditignore, ignore or exclude patterns or defaults";
  }
  return message + ")";
}

// What the rule-describing formats say about each rule of the run.
std::vector<RuleDescription> DescribeRules(const std::vector<Engine*>& engines) {
  std::map<std::string, RuleDescription> rules;
  std::set<const Engine*> seen;
  for (const Engine* engine : engines) {
    if (engine == nullptr || !seen.insert(engine).second) continue;
    for (const auto& [id, rule] : engine->rules.rules()) {
      rules.try_emplace(id, RuleDescription{id, rule.severity, rule.enabled, rule.summary,
                                            std::string(RuleDoc(id))});
    }
  }
  std::vector<RuleDescription> described;
  for (auto& [id, rule] : rules) described.push_back(std::move(rule));
  return described;
}

// --diff-base: the inputs with no changed line, which are only compared
// with, as references are. One that could not be collected is reported.
std::vector<bool> UnchangedInputs(const std::vector<CollectedInput>& inputs, const DiffBase* diff) {
  std::vector<bool> unchanged(inputs.size(), false);
  for (size_t i = 0; i < inputs.size() && diff != nullptr; ++i) {
    unchanged[i] = !inputs[i].error && diff->For(inputs[i].path) == nullptr;
  }
  return unchanged;
}

// --update-baseline: audits every input and writes each finding, at every
// level, to the baseline file, keeping the entries of files this run did not
// audit that still exist. Writes nothing when an input could not be audited
// (its findings would be missing).
int UpdateBaseline(const Options& options, const PullRequestInputs& prepared,
                   const std::vector<CollectedInput>& inputs, const std::vector<Engine*>& engine_of,
                   std::ostream& err) {
  const BaselinePaths& paths = *prepared.baseline_paths;
  std::set<BaselineEntry> entries;
  std::set<std::string> audited_paths;
  size_t not_audited = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    AuditedFile audited = AuditOne(inputs[i], engine_of[i]);
    std::string path = paths.For(audited.path);
    audited_paths.insert(path);
    if (!audited.document) {
      for (const InputProblem& problem : audited.problems) {
        err << "quoteaudit: " << audited.path << ": " << problem.message << '\n';
      }
      ++not_audited;
      continue;
    }
    AddBaselineEntries(path, *audited.document, audited.findings, &entries);
  }
  if (not_audited > 0) {
    err << "quoteaudit: " << options.baseline_file << " not written: " << not_audited
        << (not_audited == 1 ? " input" : " inputs") << " could not be audited\n";
    return kExitError;
  }
  size_t found = entries.size();
  size_t kept = 0;
  if (prepared.baseline) {
    for (const BaselineEntry& entry : prepared.baseline->entries()) {
      if (audited_paths.count(entry.path) > 0 || !paths.Exists(entry.path)) continue;
      kept += entries.insert(entry).second ? 1 : 0;
    }
  }
  std::string error;
  if (!WriteBaseline(options.baseline_file, entries, &error)) {
    err << "quoteaudit: " << error << '\n';
    return kExitError;
  }
  err << "quoteaudit: wrote " << options.baseline_file << ": " << found
      << (found == 1 ? " finding" : " findings") << " from " << inputs.size()
      << (inputs.size() == 1 ? " file" : " files");
  if (kept > 0) err << ", " << kept << " kept from files not audited in this run";
  err << '\n';
  return kExitClean;
}

int Audit(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err) {
  std::vector<std::string> arguments = options.paths;
  if (arguments.empty()) arguments.push_back("-");
  CollectOptions collect;
  collect.choose = engines->WalkHook();
  if (ReadsJsonLines(options)) collect = ForJsonLines(std::move(collect));
  CollectStats stats;
  std::vector<CollectedInput> inputs = CollectInputs(arguments, collect, &stats);
  if (!OutputsApartFromInputs(options, inputs, err)) return kExitError;
  PullRequestInputs prepared;
  if (!PreparePullRequest(options, inputs, collect, &prepared, err)) return kExitError;
  // Each file's engine (one per distinct config) is built before anything is
  // reported, so a config or rule mistake stops the run with nothing audited.
  std::vector<Engine*> engine_of(inputs.size(), nullptr);
  for (size_t i = 0; i < inputs.size(); ++i) {
    // An input collected without error is a file (or standard input).
    if (!inputs[i].error) {
      engine_of[i] = engines->For(inputs[i].path, /*build_auditor=*/true, /*is_file=*/true);
    }
  }
  const std::vector<std::string>& references = prepared.references.paths;
  std::vector<Engine*> reference_engine(references.size(), nullptr);
  for (size_t i = 0; i < references.size(); ++i) {
    reference_engine[i] = engines->For(references[i], /*build_auditor=*/true);
  }
  if (std::vector<RuleError> errors = engines->errors(); !errors.empty()) {
    PrintRuleErrors(errors, err);
    return kExitError;
  }
  if (inputs.empty()) {
    err << NothingToAudit(arguments, collect, stats, options) << '\n';
    return kExitError;
  }
  // References first: the cross-document checks report on the later file.
  const unsigned jobs = options.jobs > 0 ? options.jobs : DefaultJobs();
  auto remember_references = [&] { RememberReferences(references, reference_engine, jobs, err); };
  if (options.update_baseline) {
    remember_references();
    return UpdateBaseline(options, prepared, inputs, engine_of, err);
  }

  // A distributed run (docs/scale.md): fingerprints out instead of
  // comparing, or the join's resolutions in.
  std::unique_ptr<OutputFile> fingerprints;
  ResolutionIndex resolutions;
  std::string distributed_error;
  if (!options.fingerprints_file.empty()) {
    fingerprints = OutputFile::Open(options.fingerprints_file, &distributed_error);
  } else if (!options.resolutions_file.empty()) {
    resolutions.Load(options.resolutions_file, &distributed_error);
  }
  if (!distributed_error.empty()) {
    err << "quoteaudit: " << distributed_error << '\n';
    return kExitError;
  }
  // Set on every engine of this run and taken back when it ends: a worker's
  // engines outlive the run (and its files).
  auto set_distributed = [&](bool on) {
    for (Engine* engine : engine_of) {
      if (engine == nullptr || engine->auditor == nullptr) continue;
      std::function<void(const FingerprintRecord&)> sink;
      if (on && fingerprints) {
        sink = [stream = &fingerprints->stream()](const FingerprintRecord& record) {
          *stream << RecordToJson(record) << '\n';
        };
      }
      engine->auditor->set_fingerprint_sink(std::move(sink));
      engine->auditor->set_resolutions(
          on && !options.resolutions_file.empty() ? &resolutions : nullptr, options.only_resolved);
    }
  };
  set_distributed(true);
  struct Restore {
    std::function<void(bool)> set;
    ~Restore() { set(false); }
  } restore{set_distributed};

  ReportOptions report_options;
  report_options.summary = options.summary;
  report_options.explain = options.explain;
  report_options.by_speaker = options.by_speaker;
  report_options.show_suppressed = options.show_suppressed;
  report_options.tool_version = std::string(ToolVersion());
  report_options.rules = DescribeRules(engine_of);
  Outputs outputs;
  if (!OpenOutputs(options, report_options, out, err, &outputs)) return kExitError;
  Reporter* reporter = &outputs.reporters;
  if (std::find(arguments.begin(), arguments.end(), "-") != arguments.end() && isatty(0)) {
    err << "quoteaudit: reading standard input (end it with Ctrl-D)\n";
  }
  ReportFilters filters;
  filters.diff = prepared.diff ? &*prepared.diff : nullptr;
  SourceIndex sources;
  if (!options.sources.empty()) {
    if (!LoadSources(options.sources, &sources, err)) return kExitError;
    filters.sources = &sources;
  }
  filters.baseline = prepared.baseline ? &*prepared.baseline : nullptr;
  filters.paths = prepared.baseline_paths ? &*prepared.baseline_paths : nullptr;
  std::vector<bool> compare_only = UnchangedInputs(inputs, filters.diff);
  bool any_changed = false;
  for (size_t i = 0; i < inputs.size(); ++i) any_changed |= !inputs[i].error && !compare_only[i];
  if (!any_changed && filters.diff != nullptr) {
    err << "quoteaudit: no article changed since " << options.diff_base << "; nothing to report\n";
  }

  // With nothing filtered before the report cuts each file's list, the
  // auditors keep only what it lists (docs/performance.md).
  auto set_caps = [&](bool on) {
    for (Engine* engine : engine_of) {
      if (engine == nullptr || engine->auditor == nullptr) continue;
      std::optional<FindingCap> cap;
      const size_t listed = MaxFindingsFor(engine);
      if (on && filters.diff == nullptr && filters.baseline == nullptr &&
          listed < std::numeric_limits<size_t>::max() / 4) {
        cap = FindingCap{listed, engine->levels.min_level, engine->levels.fail_level};
      }
      engine->auditor->set_finding_cap(cap);
    }
  };
  set_caps(true);
  Restore restore_caps{set_caps};
  // Fingerprints only for the reports and the baseline that read them;
  // explanations only for the report that prints them (quotes --explain).
  const bool fingerprints_read = reporter->UsesFingerprints() || filters.baseline != nullptr;
  const bool explanations_read = reporter->UsesExplanations();
  auto set_report_reads = [&](bool on) {
    for (Engine* engine : engine_of) {
      if (engine != nullptr && engine->auditor != nullptr) {
        engine->auditor->set_finding_fingerprints(!on || fingerprints_read);
        engine->auditor->set_explanations(!on || explanations_read);
      }
    }
  };
  set_report_reads(true);
  Restore restore_report_reads{set_report_reads};
  // One article: its patterns compile with only the lexicon phrases it can
  // hold, a fraction of the work (docs/performance.md). Not for an archive,
  // where each pattern's full program serves every article.
  const bool one_document = inputs.size() == 1 && references.empty() && !ReadsJsonLines(options) &&
                            !engines->serves_many_runs();
  auto set_focus = [&](bool on) {
    for (Engine* engine : engine_of) {
      if (engine != nullptr && engine->auditor != nullptr) {
        engine->auditor->set_focus_on_document(on && one_document);
      }
    }
  };
  set_focus(true);
  Restore restore_focus{set_focus};
  // A few small files: the same narrowing, to the words of all of them.
  if (!one_document && references.empty() && !ReadsJsonLines(options) &&
      !engines->serves_many_runs()) {
    for (const auto& [engine, texts] : SmallBatchTexts(inputs, engine_of)) {
      if (engine->auditor != nullptr) engine->auditor->FocusOn(texts);
    }
  }

  bool input_error = false;
  bool failed = false;
  RunSummary summary;
  if (any_changed) {
    remember_references();
    // Unchanged inputs before changed ones, so a changed story is the later
    // copy of anything it shares with them, and is the one reported.
    std::vector<size_t> unchanged;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (compare_only[i]) unchanged.push_back(i);
    }
    AuditInOrder(inputs, unchanged, engine_of, jobs, [&](size_t i, AuditedFile& audited) {
      if (audited.document) return;
      // Unreadable: reported as in any run.
      failed |=
          ReportAudited(audited, LevelsFor(inputs[i], engine_of[i], options),
                        MaxFindingsFor(engine_of[i]), filters, reporter, &summary, &input_error);
    });
  }
  std::vector<size_t> reported;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (compare_only[i] || (!any_changed && filters.diff != nullptr && !inputs[i].error)) continue;
    // --only-resolved: a file the resolutions do not name is not audited
    // (an archive's articles are chosen as they are read).
    if (!ReadsJsonLines(options) && engine_of[i] != nullptr && engine_of[i]->auditor != nullptr &&
        engine_of[i]->auditor->Skips(inputs[i].path)) {
      continue;
    }
    reported.push_back(i);
  }
  ProgressLine progress(
      ProgressWanted(&err == &std::cerr && isatty(2), InCi(), options.quiet) ? &err : nullptr,
      reported.size());
  const auto started = std::chrono::steady_clock::now();
  size_t done = 0;
  uint64_t bytes = 0;
  auto report = [&](size_t i, AuditedFile& audited) {
    bytes += audited.document ? audited.document->original().size() : 0;
    failed |= ReportAudited(audited, LevelsFor(inputs[i], engine_of[i], options),
                            MaxFindingsFor(engine_of[i]), filters, reporter, &summary, &input_error,
                            engine_of[i] != nullptr ? &engine_of[i]->rules : nullptr);
  };
  if (ReadsJsonLines(options)) {
    // An archive streams its articles through the same ordered pipeline.
    for (size_t i : reported) {
      AuditJsonLines(inputs[i], engine_of[i], options, jobs,
                     [&](AuditedFile& audited) { report(i, audited); });
    }
  } else {
    AuditInOrder(inputs, reported, engine_of, jobs, [&](size_t i, AuditedFile& audited) {
      report(i, audited);
      progress.Update(++done, bytes, summary.errors + summary.warnings + summary.infos,
                      std::chrono::steady_clock::now() - started);
    });
  }
  progress.Clear();
  summary.notes = engines->CrossFileNotes();
  reporter->Finish(summary);
  if (filters.baseline != nullptr && summary.baselined > 0) {
    err << "quoteaudit: " << summary.baselined
        << (summary.baselined == 1 ? " finding" : " findings") << " accepted in "
        << options.baseline_file << " not reported\n";
  }
  if (fingerprints) outputs.files.push_back(std::move(fingerprints));
  for (const std::unique_ptr<OutputFile>& file : outputs.files) {
    std::string error;
    if (!file->Commit(&error)) {
      err << "quoteaudit: " << error << '\n';
      input_error = true;
    }
  }
  if (input_error) return kExitError;
  // `quotes` lists; only `check` judges.
  return failed && options.command == Command::kCheck ? kExitFindings : kExitClean;
}

}  // namespace

int RunAudit(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err) {
  return Audit(options, engines, out, err);
}

namespace {

bool leave_rules_at_exit = false;
// The rules left to the system: still reachable, so leak checkers stay quiet.
EngineSet* volatile rules_left_at_exit = nullptr;

int Dispatch(const Options& options, EngineSet& engines, std::ostream& out, std::ostream& err) {
  switch (options.command) {
    case Command::kRules:
    case Command::kEval: {
      // The config found from the current directory (rules) or the corpus (eval).
      bool eval = options.command == Command::kEval;
      Engine* engine = engines.For(eval ? options.corpus_dir : "-", /*build_auditor=*/false);
      if (engine == nullptr || !engines.errors().empty()) {
        PrintRuleErrors(engines.errors(), err);
        return kExitError;
      }
      if (eval) return Evaluate(options, engine->rules, out, err);
      ListRules(engine->rules, options.format, out);
      return kExitClean;
    }
    case Command::kVerify:
      return RunVerify(options, &engines, out, err);
    case Command::kJoin:
      return RunJoin(options, &engines, out, err);
    case Command::kWorker:
      return RunWorker(options, out, err);
    case Command::kCheck:
    case Command::kQuotes:
      return options.print_config ? PrintConfig(options, &engines, out, err)
                                  : Audit(options, &engines, out, err);
  }
  return kExitError;
}

}  // namespace

void LeaveRulesToTheSystemAtExit() { leave_rules_at_exit = true; }

int RunCommand(const Options& options, std::ostream& out, std::ostream& err) {
  auto engines = std::make_unique<EngineSet>(options);
  const int exit_code = Dispatch(options, *engines, out, err);
  if (leave_rules_at_exit) rules_left_at_exit = engines.release();
  return exit_code;
}

int RunCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::variant<Options, int> parsed = ParseCommandLine(argc, argv, out, err);
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  return RunCommand(std::get<Options>(parsed), out, err);
}

}  // namespace qa
