#include "cli/app.h"

#include <unistd.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <variant>

#include "cli/auditor.h"
#include "cli/command_line.h"
#include "cli/config_engines.h"
#include "cli/rule_docs.h"
#include "cli/rule_listing.h"
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
std::vector<Finding> Shown(std::vector<Finding> findings, Severity min_level) {
  std::erase_if(findings, [min_level](const Finding& f) { return f.severity < min_level; });
  return findings;
}

// Suppressed findings follow --min-level too; they never count for
// --fail-level.
std::vector<SuppressedFinding> Shown(std::vector<SuppressedFinding> suppressed,
                                     Severity min_level) {
  std::erase_if(suppressed,
                [min_level](const SuppressedFinding& s) { return s.finding.severity < min_level; });
  return suppressed;
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

// Audits one collected input and adds its report; returns whether it fails
// the run (a finding at or above the fail level). *input_error is set when
// the input could not be audited.
bool AuditInput(const CollectedInput& input, Engine* engine, const Options& options,
                Reporter* reporter, RunSummary* summary, bool* input_error) {
  AuditedFile audited;
  RunLevels levels{options.min_level, options.fail_level};
  if (input.error) {
    audited.path = input.path;
    audited.problems.push_back({input.error->message, input.error->offset});
  } else {
    audited = engine->auditor->AuditPath(input.path);
    levels = engine->levels;  // the flags, else this file's config
  }
  *input_error |= !audited.document.has_value();
  bool failed = false;
  for (const Finding& finding : audited.findings) {
    bool fails = levels.fail_level.has_value() && finding.severity >= *levels.fail_level;
    failed |= fails;
    if (fails && finding.severity < levels.min_level) ++summary->hidden_failing;
  }
  std::vector<Finding> shown = Shown(std::move(audited.findings), levels.min_level);
  std::vector<SuppressedFinding> suppressed =
      Shown(std::move(audited.suppressed), levels.min_level);
  const Document* document = audited.document ? &*audited.document : nullptr;
  FileReport report{audited.path, document, document ? &audited.scan : nullptr, shown,
                    audited.problems};
  report.suppressed = suppressed;
  summary->Add(report);
  reporter->AddFile(report);
  return failed;
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

// The reporters of every --format, each writing to standard output or to
// its own file (written whole or not at all).
struct Outputs {
  ReporterGroup reporters;
  std::vector<std::unique_ptr<OutputFile>> files;
};

// False with a message on `err` when a format is unknown, two formats would
// share standard output or a file, or a file cannot be created.
bool OpenOutputs(const Options& options, const ReportOptions& report_options, std::ostream& out,
                 std::ostream& err, Outputs* outputs) {
  std::vector<OutputRequest> requests = options.outputs;
  if (requests.empty()) {
    requests.push_back({options.command == Command::kQuotes ? "table" : "text", ""});
  }
  std::set<std::string> targets;
  for (const OutputRequest& request : requests) {
    const ReportFormat* format = FindReportFormat(request.format);
    if (format == nullptr) {
      err << "quoteaudit: unknown format " << request.format << '\n';
      return false;
    }
    if (!targets.insert(request.path).second) {
      err << "quoteaudit: two --format options write to "
          << (request.path.empty() ? "standard output" : request.path)
          << "; give each its own :FILE\n";
      return false;
    }
    std::ostream* stream = &out;
    if (!request.path.empty()) {
      std::string error;
      std::unique_ptr<OutputFile> file = OutputFile::Open(request.path, &error);
      if (file == nullptr) {
        err << "quoteaudit: " << error << '\n';
        return false;
      }
      stream = &file->stream();
      outputs->files.push_back(std::move(file));
    }
    outputs->reporters.Add(format->make(*stream, report_options));
  }
  return true;
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

int Audit(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err) {
  std::vector<std::string> arguments = options.paths;
  if (arguments.empty()) arguments.push_back("-");
  CollectOptions collect;
  collect.choose = engines->WalkHook();
  CollectStats stats;
  std::vector<CollectedInput> inputs = CollectInputs(arguments, collect, &stats);
  // Each file's engine (one per distinct config) is built before anything is
  // reported, so a config or rule mistake stops the run with nothing audited.
  std::vector<Engine*> engine_of(inputs.size(), nullptr);
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].error) engine_of[i] = engines->For(inputs[i].path, /*build_auditor=*/true);
  }
  if (std::vector<RuleError> errors = engines->errors(); !errors.empty()) {
    PrintRuleErrors(errors, err);
    return kExitError;
  }
  if (inputs.empty()) {
    err << NothingToAudit(arguments, collect, stats, options) << '\n';
    return kExitError;
  }

  ReportOptions report_options;
  report_options.summary = options.summary;
  report_options.explain = options.explain;
  report_options.show_suppressed = options.show_suppressed;
  report_options.tool_version = std::string(ToolVersion());
  report_options.rules = DescribeRules(engine_of);
  Outputs outputs;
  if (!OpenOutputs(options, report_options, out, err, &outputs)) return kExitError;
  Reporter* reporter = &outputs.reporters;
  if (std::find(arguments.begin(), arguments.end(), "-") != arguments.end() && isatty(0)) {
    err << "quoteaudit: reading standard input (end it with Ctrl-D)\n";
  }
  bool input_error = false;
  bool failed = false;
  RunSummary summary;
  for (size_t i = 0; i < inputs.size(); ++i) {
    failed |= AuditInput(inputs[i], engine_of[i], options, reporter, &summary, &input_error);
  }
  reporter->Finish(summary);
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

int RunCommand(const Options& options, std::ostream& out, std::ostream& err) {
  EngineSet engines(options);
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
    case Command::kCheck:
    case Command::kQuotes:
      return options.print_config ? PrintConfig(options, &engines, out, err)
                                  : Audit(options, &engines, out, err);
  }
  return kExitError;
}

int RunCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::variant<Options, int> parsed = ParseCommandLine(argc, argv, out, err);
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  return RunCommand(std::get<Options>(parsed), out, err);
}

}  // namespace qa
