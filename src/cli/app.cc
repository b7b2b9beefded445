#include "cli/app.h"

#include <unistd.h>

#include <algorithm>
#include <iomanip>
#include <variant>

#include "cli/auditor.h"
#include "cli/command_line.h"
#include "eval/evaluate.h"
#include "io/input_collector.h"
#include "report/report_formats.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

void PrintRuleErrors(const std::vector<RuleError>& errors, std::ostream& err) {
  for (const RuleError& error : errors) err << "quoteaudit: " << error.ToString() << '\n';
}

int ListRules(const RuleSet& rules, std::ostream& out) {
  if (rules.rules().empty()) {
    out << "no check rules are loaded\n";
    return kExitClean;
  }
  size_t id_width = 0, severity_width = 0;
  auto severity_text = [](const RuleInfo& rule) {
    std::string text(SeverityName(rule.severity));
    return rule.enabled ? text : text + " (disabled)";
  };
  for (const auto& [id, rule] : rules.rules()) {
    id_width = std::max(id_width, id.size());
    severity_width = std::max(severity_width, severity_text(rule).size());
  }
  for (const auto& [id, rule] : rules.rules()) {
    out << std::left << std::setw(static_cast<int>(id_width + 2)) << id
        << std::setw(static_cast<int>(severity_width + 2)) << severity_text(rule) << rule.summary
        << '\n';
  }
  return kExitClean;
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
  return RunEvaluation(eval, *scanner, out, err);
}

// Below --min-level findings are dropped from the report (they still count
// for --fail-level).
std::vector<Finding> Shown(std::vector<Finding> findings, Severity min_level) {
  std::erase_if(findings, [min_level](const Finding& f) { return f.severity < min_level; });
  return findings;
}

int Audit(const Options& options, const RuleSet& rules, std::ostream& out, std::ostream& err) {
  std::vector<RuleError> errors;
  std::unique_ptr<Auditor> auditor = Auditor::Create(rules, &errors);
  if (auditor == nullptr) {
    PrintRuleErrors(errors, err);
    return kExitError;
  }
  std::string format_name = !options.format.empty()
                                ? options.format
                                : (options.command == Command::kQuotes ? "table" : "text");
  const ReportFormat* format = FindReportFormat(format_name);
  if (format == nullptr) {
    err << "quoteaudit: unknown format " << format_name << '\n';
    return kExitError;
  }
  ReportOptions report_options;
  report_options.summary = options.summary;
  report_options.explain = options.explain;
  report_options.tool_version = std::string(ToolVersion());
  std::unique_ptr<Reporter> reporter = format->make(out, report_options);

  std::vector<std::string> arguments = options.paths;
  if (arguments.empty()) arguments.push_back("-");
  if (std::find(arguments.begin(), arguments.end(), "-") != arguments.end() && isatty(0)) {
    err << "quoteaudit: reading standard input (end it with Ctrl-D)\n";
  }

  bool input_error = false;
  bool failed = false;
  RunSummary summary;
  for (const CollectedInput& input : CollectInputs(arguments)) {
    AuditedFile audited;
    if (input.error) {
      audited.path = input.path;
      audited.problems.push_back({input.error->message, input.error->offset});
    } else {
      audited = auditor->AuditPath(input.path);
    }
    input_error |= !audited.document.has_value();
    for (const Finding& finding : audited.findings) {
      failed |= options.fail_level.has_value() && finding.severity >= *options.fail_level;
    }
    std::vector<Finding> shown = Shown(std::move(audited.findings), options.min_level);
    const Document* document = audited.document ? &*audited.document : nullptr;
    FileReport report{audited.path, document, document ? &audited.scan : nullptr, shown,
                      audited.problems};
    summary.Add(report);
    reporter->AddFile(report);
  }
  reporter->Finish(summary);
  if (input_error) return kExitError;
  // `quotes` lists; only `check` judges.
  return failed && options.command == Command::kCheck ? kExitFindings : kExitClean;
}

}  // namespace

int RunCommand(const Options& options, std::ostream& out, std::ostream& err) {
  RuleLoadResult loaded = LoadRules(options.rule_dirs);
  if (!loaded.errors.empty()) {
    PrintRuleErrors(loaded.errors, err);
    return kExitError;
  }
  switch (options.command) {
    case Command::kRules:
      return ListRules(loaded.rules, out);
    case Command::kEval:
      return Evaluate(options, loaded.rules, out, err);
    case Command::kCheck:
    case Command::kQuotes:
      return Audit(options, loaded.rules, out, err);
  }
  return kExitError;
}

int RunCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  std::variant<Options, int> parsed = ParseCommandLine(argc, argv, out, err);
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  return RunCommand(std::get<Options>(parsed), out, err);
}

}  // namespace qa
