#include "cli/command_line.h"

#include <CLI/CLI.hpp>

#include "report/report_formats.h"

namespace qa {
namespace {

constexpr std::string_view kDescription =
    "quoteaudit: audits news copy for quotes and attribution. It finds every quote, ties each "
    "to its source and reports what an editor must fix.";

constexpr std::string_view kFooter =
    "Common options (--min-level, --fail-level, --rules, --config, --no-config) may come before "
    "or after the command.\n"
    "Exit status: 0 clean, 1 a finding at or above --fail-level (check and verify), 2 usage or "
    "input "
    "error.\nRun 'quoteaudit --help' for the commands and common options, "
    "'quoteaudit COMMAND --help' for a command's own.";

std::vector<std::string> FormatNames() {
  std::vector<std::string> names;
  for (const ReportFormat& format : ReportFormats()) names.emplace_back(format.name);
  return names;
}

std::string FormatHelp(std::string_view default_format) {
  std::string help =
      "output format, with :FILE to write it to a file instead of standard "
      "output; repeatable, one run writes several (default " +
      std::string(default_format) + "):";
  for (const ReportFormat& format : ReportFormats()) {
    help += "\n  " + std::string(format.name) + ": " + std::string(format.description);
  }
  return help;
}

// check's options for pull requests (docs/pull-requests.md).
void AddPullRequestOptions(CLI::App* check, Options* options) {
  check
      ->add_option("--reference", options->references,
                   "compare the inputs with the articles in this file or folder (an archive) "
                   "without reporting on them: a copied paragraph or a quote given to someone "
                   "else is reported on the input; repeatable, one path each")
      ->type_name("PATH")
      ->allow_extra_args(false);
  CLI::Option* diff_base =
      check
          ->add_option("--diff-base", options->diff_base,
                       "report only findings on lines changed since the current branch left "
                       "git revision REF (git diff $(git merge-base REF HEAD), plus untracked "
                       "files); unchanged inputs are still compared with")
          ->type_name("REF");
  CLI::Option* baseline =
      check
          ->add_option("--baseline", options->baseline_file,
                       "report only findings not listed in FILE; the listed ones are counted as "
                       "baselined and never fail the run")
          ->type_name("FILE");
  check
      ->add_flag("--update-baseline", options->update_baseline,
                 "write every finding of this run (all levels) to the --baseline FILE, keeping "
                 "the entries of files not audited, and exit 0 without a report")
      ->needs(baseline)
      ->excludes(diff_base)
      ->excludes(check->get_option("--format"));
}

// check's options for runs split over many processes or machines
// (docs/scale.md).
void AddDistributedOptions(CLI::App* check, Options* options) {
  CLI::Option* emit =
      check
          ->add_option("--emit-fingerprints", options->fingerprints_file,
                       "do not compare articles with each other: write what the cross-article "
                       "checks compare (paragraph hashes, quotes with their speakers) to FILE as "
                       "JSON Lines, for quoteaudit join")
          ->type_name("FILE");
  CLI::Option* resolutions =
      check
          ->add_option("--resolutions", options->resolutions_file,
                       "take the cross-article findings from FILE, the output of quoteaudit "
                       "join, instead of comparing articles with each other")
          ->type_name("FILE")
          ->excludes(emit);
  check
      ->add_flag("--only-resolved", options->only_resolved,
                 "with --resolutions: audit and report only the articles FILE names")
      ->needs(resolutions);
  for (const char* other : {"--update-baseline", "--reference"}) {
    emit->excludes(check->get_option(other));
    resolutions->excludes(check->get_option(other));
  }
}

// --format NAME[:FILE], repeatable.
void AddFormatOption(CLI::App* command, std::vector<std::string>* formats,
                     std::string_view default_format) {
  command->add_option("--format", *formats, FormatHelp(default_format))
      ->type_name("FORMAT[:FILE]")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            std::string name = ParseOutputRequest(value).format;
            if (FindReportFormat(name) != nullptr) return "";
            std::string known;
            for (const std::string& format : FormatNames()) {
              known += (known.empty() ? "" : ", ") + format;
            }
            return "unknown format '" + name + "' (formats: " + known + ")";
          },
          "", "report format"));
}

// --source PATH, repeatable (verify, quotes).
void AddSourceOption(CLI::App* command, Options* options) {
  command
      ->add_option("--source", options->sources,
                   "a source record (transcript, statement, press release: .txt, .md, .html, "
                   ".vtt, .srt, .pdf) or a folder of them: verify checks the quotes against them, "
                   "quotes shows where each quote's words were found (verified column); "
                   "repeatable, one path each")
      ->type_name("PATH")
      ->allow_extra_args(false);
}

// The options `check` and `quotes` share.
void AddAuditOptions(CLI::App* command, Options* options, bool* no_summary,
                     std::vector<std::string>* formats, std::string_view default_format) {
  command
      ->add_option("paths", options->paths,
                   "files or directories (walked for *.txt, *.md, *.markdown, *.html, *.htm); "
                   "none or - reads standard input")
      ->type_name("PATH");
  command
      ->add_option("--include", options->include,
                   "also take walked files matching this .gitignore-style pattern, whatever "
                   "their extension or the default skip list; repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command
      ->add_option("--exclude", options->exclude,
                   "leave out walked files and folders matching this pattern (wins over "
                   "--include); repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command
      ->add_option("--input-format", options->input_format,
                   "read every input as this format instead of by extension (standard input "
                   "is text unless this says otherwise); jsonl: JSON Lines archives, one "
                   "article per line (.jsonl, .jsonl.gz or standard input; folders are walked "
                   "for *.jsonl and *.jsonl.gz)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "markdown", "html", "jsonl"}));
  command
      ->add_option("--id-field", options->id_field,
                   "with --input-format jsonl: the field naming each article, a string or "
                   "number; findings are at ARCHIVE#ID (default id; without it, the line "
                   "number)")
      ->type_name("NAME");
  command
      ->add_option("--text-field", options->text_field,
                   "with --input-format jsonl: the string field holding each article's text "
                   "(default text)")
      ->type_name("NAME");
  command
      ->add_option("--text-format", options->text_format,
                   "with --input-format jsonl: what the text field holds (default text)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "markdown", "html"}));
  AddFormatOption(command, formats, default_format);
  command->add_flag("--no-summary", *no_summary, "leave out the totals line at the end");
  command->add_flag("--show-suppressed", options->show_suppressed,
                    "also list the findings silenced by quoteaudit-disable/-ignore comments "
                    "(text, json and sarif)");
  command
      ->add_option("-j,--jobs", options->jobs,
                   "audit N articles at once (default: the machine's cores); the output is the "
                   "same for every N, in input order")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
  command->add_flag("--quiet", options->quiet,
                    "no progress line on standard error (shown only on a terminal, outside CI, "
                    "for runs longer than a second)");
  command->add_flag("--print-config", options->print_config,
                    "print the effective configuration for the paths (default: the current "
                    "directory) as JSON and exit");
}

// What is wrong with the JSON Lines options of `command`, or "".
std::string JsonLinesProblem(const CLI::App& command, const Options& options) {
  bool jsonl = options.input_format == "jsonl";
  for (const char* name : {"--id-field", "--text-field", "--text-format"}) {
    if (!jsonl && command.get_option(name)->count() > 0) {
      return std::string(name) + " needs --input-format jsonl";
    }
  }
  if (!jsonl) return "";
  for (const char* name : {"--diff-base", "--update-baseline"}) {
    const CLI::Option* option = command.get_option_no_throw(name);
    if (option != nullptr && option->count() > 0) {
      return std::string(name) + " works on files, not with --input-format jsonl";
    }
  }
  if (options.id_field.empty() || options.text_field.empty()) {
    return "--id-field and --text-field need a field name";
  }
  return "";
}

}  // namespace

OutputRequest ParseOutputRequest(std::string_view value) {
  size_t colon = value.find(':');
  if (colon == std::string_view::npos) return {std::string(value), ""};
  return {std::string(value.substr(0, colon)), std::string(value.substr(colon + 1))};
}

std::string_view ToolVersion() { return QA_VERSION; }

std::variant<Options, int> ParseCommandLine(int argc, const char* const* argv, std::ostream& out,
                                            std::ostream& err) {
  Options options;
  std::string min_level = "info";
  std::string fail_level = "error";
  std::string eval_format = "text";
  bool no_summary = false;
  std::vector<std::string> formats;

  CLI::App app{std::string(kDescription), "quoteaudit"};
  app.footer(std::string(kFooter));
  app.set_version_flag("--version", "quoteaudit " + std::string(ToolVersion()),
                       "print the version and exit");
  app.require_subcommand(1);
  // Common options may also follow the command: "quoteaudit check --rules x".
  app.fallthrough();
  CLI::Option* min_level_option =
      app.add_option("--min-level", min_level,
                     "show findings at or above this level (default info)")
          ->type_name("LEVEL")
          ->check(CLI::IsMember({"info", "warning", "error"}));
  CLI::Option* fail_level_option =
      app.add_option(
             "--fail-level", fail_level,
             "exit 1 when a finding, shown or not, is at or above this level (default error)")
          ->type_name("LEVEL")
          ->check(CLI::IsMember({"none", "info", "warning", "error"}));
  app.add_option("--rules", options.rule_dirs,
                 "a directory of rule files (or one .json file) that adds to and overrides the "
                 "built-in rules; repeatable, later ones win")
      ->type_name("DIR")
      ->allow_extra_args(false);
  CLI::Option* config_option =
      app.add_option("--config", options.config_file,
                     "use this config file for every input instead of each file's nearest "
                     ".quoteaudit.json (docs/config.md)")
          ->type_name("FILE");
  app.add_flag("--no-config", options.no_config, "use no .quoteaudit.json file")
      ->excludes(config_option);

  CLI::App* check = app.add_subcommand("check", "report what an editor must fix");
  AddAuditOptions(check, &options, &no_summary, &formats, "text");
  AddPullRequestOptions(check, &options);
  AddDistributedOptions(check, &options);

  CLI::App* quotes =
      app.add_subcommand("quotes", "list every quote with its speaker, cue and attribution rule");
  AddAuditOptions(quotes, &options, &no_summary, &formats, "table");
  quotes->add_flag("--explain", options.explain, "show why each quote got its speaker");
  quotes->add_flag("--by-speaker", options.by_speaker,
                   "group the table by speaker: one block per source, every form the article "
                   "uses for it, then its quotes (table format)");
  AddSourceOption(quotes, &options);

  CLI::App* verify = app.add_subcommand(
      "verify", "check each quote against its source records: transcripts and statements");
  verify
      ->add_option("paths", options.paths,
                   "articles: files or directories (walked for *.txt, *.md, *.markdown, *.html, "
                   "*.htm); none or - reads standard input")
      ->type_name("PATH");
  AddSourceOption(verify, &options);
  verify
      ->add_option("--input-format", options.input_format,
                   "read every article as this format instead of by extension")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "markdown", "html"}));
  AddFormatOption(verify, &formats, "text");
  verify->add_flag("--no-summary", no_summary, "leave out the totals line at the end");

  CLI::App* rules = app.add_subcommand("rules", "list the check rules with severity and summary");
  std::string rules_format = "text";
  rules
      ->add_option("--format", rules_format,
                   "text (default: one aligned line per rule) or json (every rule with its "
                   "options, their values and defaults)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));

  CLI::App* eval =
      app.add_subcommand("eval", "score quote finding and attribution on an annotated corpus");
  eval->add_option("corpus", options.corpus_dir,
                   "brat-annotated corpus: DIR/text + DIR/attributions, or X.txt beside X.ann")
      ->type_name("ANNOTATED_DIR")
      ->required();
  eval->add_flag("--verbose", options.verbose, "list every miss");
  eval->add_option("--format", eval_format, "text (default) or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));

  CLI::App* join = app.add_subcommand(
      "join", "join the fingerprints of check --emit-fingerprints into resolutions");
  join->add_option("fingerprints", options.paths,
                   "fingerprint files (JSON Lines); - or none reads standard input")
      ->type_name("FILE");
  join->add_option("-o,--output", options.output_file,
                   "write the resolutions to FILE instead of standard output")
      ->type_name("FILE");
  join->add_flag("--quiet", options.quiet, "no counts line on standard error");

  CLI::App* worker = app.add_subcommand(
      "worker",
      "run check requests read from standard input, one JSON line each, with the rules compiled "
      "once");
  worker
      ->add_option("check-options", options.worker_args,
                   "check options every request starts with (after --)")
      ->type_name("ARGS");

  if (argc <= 1) {
    err << app.help() << "\nquoteaudit: a command is required\n";
    return 2;
  }
  // CLI11 would call a mistyped command "extra arguments"; say what it is.
  std::string_view first = argv[1];
  bool known = false;
  for (const CLI::App* command : {check, quotes, verify, rules, eval, join, worker})
    known |= command->get_name() == first;
  if (!first.empty() && first[0] != '-' && !known) {
    err << "quoteaudit: unknown command '" << first
        << "' (commands: check, quotes, verify, rules, eval, join, worker)\n"
        << "Run with --help for more information.\n";
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11's own codes (e.g. 105, 106) become the documented 2; --help and
    // --version stay 0.
    return app.exit(error, out, err) == 0 ? 0 : 2;
  }

  if (check->parsed()) options.command = Command::kCheck;
  if (quotes->parsed()) options.command = Command::kQuotes;
  if (verify->parsed()) options.command = Command::kVerify;
  if (rules->parsed()) {
    options.command = Command::kRules;
    options.format = rules_format;
  }
  if (join->parsed()) options.command = Command::kJoin;
  if (worker->parsed()) options.command = Command::kWorker;
  if (eval->parsed()) {
    options.command = Command::kEval;
    options.format = eval_format;
  }
  for (CLI::App* command : {check, quotes}) {
    if (!command->parsed()) continue;
    if (std::string problem = JsonLinesProblem(*command, options); !problem.empty()) {
      err << "quoteaudit: " << problem << '\n';
      return 2;
    }
  }
  options.summary = !no_summary;
  for (const std::string& format : formats) options.outputs.push_back(ParseOutputRequest(format));
  options.min_level = ParseSeverity(min_level).value_or(Severity::kInfo);
  options.fail_level = ParseSeverity(fail_level);  // "none" gives nullopt
  options.min_level_given = min_level_option->count() > 0;
  options.fail_level_given = fail_level_option->count() > 0;
  return options;
}

}  // namespace qa
