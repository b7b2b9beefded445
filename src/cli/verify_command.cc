#include "cli/verify_command.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

#include "cli/command_line.h"
#include "cli/report_outputs.h"
#include "cli/rule_docs.h"
#include "config/ignore_rules.h"
#include "io/document_reader.h"
#include "io/input_collector.h"
#include "io/source_reader.h"
#include "scan/scanner.h"
#include "verify/verifier.h"
#include "verify/verify_rules.h"

namespace qa {
namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// What verify builds once per config: the scanner and the rules' options.
struct VerifyEngine {
  std::unique_ptr<Scanner> scanner;
  VerifyRules rules;
};

std::vector<RuleDescription> VerifyRuleDescriptions(const RuleSet& rules) {
  std::vector<RuleDescription> described;
  for (std::string_view id : VerifyRuleIds()) {
    const RuleInfo* rule = rules.FindRule(std::string(id));
    if (rule == nullptr) continue;
    described.push_back(
        {rule->id, rule->severity, rule->enabled, rule->summary, std::string(RuleDoc(id))});
  }
  return described;
}

namespace fs = std::filesystem;

// A config's "sources": the files under its folder its patterns match, in
// path order, named relative to the current directory when under it. An
// error (named after the config) when a pattern is bad or none matches.
std::vector<std::string> ConfigSources(const Config& config, std::vector<RuleError>* errors) {
  size_t errors_before = errors->size();
  std::shared_ptr<const IgnoreRules> patterns =
      IgnoreRules::Parse(config.sources, config.path, "/sources", errors);
  if (errors->size() > errors_before || patterns == nullptr) return {};
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(config.directory, error), end;
  for (; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (name.starts_with(".")) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    bool directory = it->is_directory();
    std::string relative = it->path().lexically_relative(config.directory).generic_string();
    if (patterns->Match(relative, directory) != IgnoreMatch::kIgnore) continue;
    files.push_back(it->path().string());
    if (directory) it.disable_recursion_pending();  // a folder: walked as a --source is
  }
  for (std::string& file : files) {
    fs::path shown = fs::path(file).lexically_proximate(fs::current_path());
    if (!shown.empty() && shown.begin()->string() != "..") file = shown.string();
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    errors->push_back({config.path, "/sources", "no file under the config's folder matches", 0, 0});
  }
  return files;
}

}  // namespace

bool LoadSources(const std::vector<std::string>& arguments, SourceIndex* index, std::ostream& err) {
  bool ok = true;
  for (const std::string& argument : arguments) {
    CollectOptions collect;
    collect.extensions = SourceExtensions();
    CollectStats stats;
    std::vector<CollectedInput> files = CollectInputs({argument}, collect, &stats);
    if (files.empty()) {
      err << "quoteaudit: source " << argument << ": no source documents in it (looked for";
      for (const std::string& extension : collect.extensions) err << " *" << extension;
      err << ")\n";
      ok = false;
    }
    for (const CollectedInput& file : files) {
      if (file.error) {
        err << "quoteaudit: source " << file.error->ToString() << '\n';
        ok = false;
        continue;
      }
      LoadResult loaded = ReadSourceDocument(file.path);
      if (!loaded.document) {
        err << "quoteaudit: source "
            << (loaded.error ? loaded.error->ToString() : file.path + ": cannot be read") << '\n';
        ok = false;
        continue;
      }
      index->Add(std::move(*loaded.document));
    }
  }
  index->Build();
  return ok;
}

std::vector<std::string> VerifiedSources(const Document& article, const ScanResult& scan,
                                         const SourceIndex& sources, const RuleSet& rules) {
  std::vector<RuleError> ignored;  // the run has already read these rules
  VerifyRules verify = VerifyRules::Read(rules, &ignored).value_or(VerifyRules{});
  std::vector<std::string> verified(scan.quotes.size());
  for (const QuoteVerdict& verdict : VerifyQuotes(article, scan, sources, verify).verdicts) {
    if (verdict.kind != VerdictKind::kVerified || verdict.misattributed) continue;
    verified[verdict.quote] = verdict.source_path + ":" + std::to_string(verdict.line) + ":" +
                              std::to_string(verdict.column);
  }
  return verified;
}

int RunVerify(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err) {
  SourceIndex sources;  // --source alone
  if (!LoadSources(options.sources, &sources, err)) return kExitError;
  std::vector<std::string> arguments = options.paths;
  if (arguments.empty()) arguments.push_back("-");
  CollectOptions collect;
  collect.choose = engines->WalkHook();
  std::vector<CollectedInput> inputs = CollectInputs(arguments, collect);
  if (inputs.empty()) {
    err << "quoteaudit: no articles to verify\n";
    return kExitError;
  }
  // One scanner and rule reading per config, all built before any report.
  std::vector<Engine*> engine_of(inputs.size(), nullptr);
  std::map<Engine*, VerifyEngine> built;
  std::vector<RuleError> errors;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].error) continue;
    Engine* engine = engines->For(inputs[i].path, /*build_auditor=*/false);
    engine_of[i] = engine;
    if (engine == nullptr || built.count(engine) > 0) continue;
    VerifyEngine& verify = built[engine];
    verify.scanner = Scanner::Create(engine->rules, &errors);
    std::optional<VerifyRules> rules = VerifyRules::Read(engine->rules, &errors);
    if (rules) verify.rules = *rules;
  }
  for (const RuleError& error : engines->errors()) errors.push_back(error);
  // A config with "sources": --source plus its own records, indexed once.
  std::map<const Config*, std::vector<std::string>> config_sources;
  for (const auto& [engine, verify] : built) {
    if (engine->config == nullptr || engine->config->sources.empty()) continue;
    std::vector<std::string> paths = options.sources;
    for (std::string& path : ConfigSources(*engine->config, &errors)) paths.push_back(path);
    config_sources[engine->config] = std::move(paths);
  }
  if (!errors.empty()) {
    for (const RuleError& error : errors) err << "quoteaudit: " << error.ToString() << '\n';
    return kExitError;
  }
  std::map<const Config*, std::unique_ptr<SourceIndex>> config_indexes;
  for (const auto& [config, paths] : config_sources) {
    auto index = std::make_unique<SourceIndex>();
    if (!LoadSources(paths, index.get(), err)) return kExitError;
    config_indexes[config] = std::move(index);
  }

  ReportOptions report_options;
  report_options.summary = options.summary;
  report_options.tool_version = std::string(ToolVersion());
  for (const auto& [engine, verify] : built) {
    report_options.rules = VerifyRuleDescriptions(engine->rules);
    break;
  }
  Outputs outputs;
  if (!OpenOutputs(options, report_options, out, err, &outputs)) return kExitError;
  RunSummary summary;
  bool input_error = false;
  bool failed = false;
  for (size_t i = 0; i < inputs.size(); ++i) {
    Engine* engine = engine_of[i];
    std::optional<InputError> error = inputs[i].error;
    LoadResult loaded;
    if (!error) {
      loaded = ReadDocument(inputs[i].path, ReaderOptionsFor(engine->config, options.input_format));
      error = loaded.error;
    }
    if (!loaded.document) {
      std::vector<InputProblem> problems;
      if (error) problems.push_back({error->message, error->offset});
      FileReport report{inputs[i].path, nullptr, nullptr, {}, problems};
      summary.Add(report);
      outputs.reporters.AddFile(report);
      input_error = true;
      continue;
    }
    const Document& article = *loaded.document;
    const VerifyEngine& verify = built.at(engine);
    ScanResult scan = verify.scanner->Scan(article);
    auto own = config_indexes.find(engine->config);
    const SourceIndex& index = own != config_indexes.end() ? *own->second : sources;
    VerifyResult result = VerifyQuotes(article, scan, index, verify.rules);
    std::vector<Finding> shown;
    for (Finding& finding : result.findings) {
      failed |= engine->levels.fail_level && finding.severity >= *engine->levels.fail_level;
      if (finding.severity >= engine->levels.min_level) shown.push_back(std::move(finding));
    }
    FileReport report{inputs[i].path, &article, &scan, shown, article.problems};
    summary.Add(report);
    outputs.reporters.AddFile(report);
  }
  outputs.reporters.Finish(summary);
  for (const std::unique_ptr<OutputFile>& file : outputs.files) {
    std::string commit_error;
    if (!file->Commit(&commit_error)) {
      err << "quoteaudit: " << commit_error << '\n';
      input_error = true;
    }
  }
  if (input_error) return kExitError;
  return failed ? kExitFindings : kExitClean;
}

}  // namespace qa
