#include "cli/worker_command.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <variant>

#include "cli/app.h"
#include "cli/command_line.h"
#include "cli/config_engines.h"

namespace qa {
namespace {

// The check arguments every request starts with: the common options given
// before "worker", then the worker's own.
std::vector<std::string> BaseArguments(const Options& options) {
  std::vector<std::string> args = {"quoteaudit", "check"};
  for (const std::string& dir : options.rule_dirs) {
    args.push_back("--rules");
    args.push_back(dir);
  }
  if (!options.config_file.empty()) {
    args.push_back("--config");
    args.push_back(options.config_file);
  }
  if (options.no_config) args.push_back("--no-config");
  args.insert(args.end(), options.worker_args.begin(), options.worker_args.end());
  return args;
}

// Parses a check command line; the parser's messages go to `err`.
std::variant<Options, int> Parse(const std::vector<std::string>& args, std::ostream& err) {
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  std::ostringstream ignored;
  return ParseCommandLine(static_cast<int>(argv.size()), argv.data(), ignored, err);
}

// The option a request changed that the worker's engines were built with,
// or "": those are fixed for the process.
std::string EngineOption(const Options& startup, const Options& request) {
  // Standard input carries the requests: no run may read it.
  if (request.paths.empty() ||
      std::find(request.paths.begin(), request.paths.end(), "-") != request.paths.end()) {
    return "reading standard input";
  }
  if (request.rule_dirs != startup.rule_dirs) return "--rules";
  if (request.config_file != startup.config_file || request.no_config != startup.no_config) {
    return "--config";
  }
  if (request.input_format != startup.input_format) return "--input-format";
  if (request.include != startup.include || request.exclude != startup.exclude) {
    return "--include/--exclude";
  }
  return "";
}

void Reply(std::ostream& out, int exit_code, const std::string& stdout_text,
           const std::string& stderr_text) {
  nlohmann::ordered_json reply;
  reply["exit"] = exit_code;
  reply["stdout"] = stdout_text;
  reply["stderr"] = stderr_text;
  out << reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  out.flush();
}

}  // namespace

int RunWorker(const Options& options, std::ostream& out, std::ostream& err) {
  const std::vector<std::string> base = BaseArguments(options);
  std::variant<Options, int> parsed = Parse(base, err);
  if (const int* code = std::get_if<int>(&parsed)) return *code;
  // The engines (rules, scanner, checks per config) live as long as the
  // process; EngineSet keeps a reference to the options it was made with.
  const Options startup = std::get<Options>(parsed);
  if (!startup.paths.empty()) {
    err << "quoteaudit: worker: inputs belong in the requests, not in the worker's options\n";
    return 2;
  }
  EngineSet engines(startup);
  engines.set_serves_many_runs(true);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::ostringstream request_out;
    std::ostringstream request_err;
    nlohmann::json request = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    auto args = request.is_object() ? request.find("args") : request.end();
    bool valid = args != request.end() && args->is_array();
    std::vector<std::string> argv = base;
    for (size_t i = 0; valid && i < args->size(); ++i) {
      valid = (*args)[i].is_string();
      if (valid) argv.push_back((*args)[i].get<std::string>());
    }
    if (!valid) {
      Reply(out, 2, "", "quoteaudit: worker: a request is {\"args\": [\"ARG\", ...]}\n");
      continue;
    }
    std::variant<Options, int> request_options = Parse(argv, request_err);
    int code = 0;
    if (const int* parse_code = std::get_if<int>(&request_options)) {
      code = *parse_code;
    } else if (std::string option = EngineOption(startup, std::get<Options>(request_options));
               !option.empty()) {
      code = 2;
      request_err << "quoteaudit: worker: "
                  << (option == "reading standard input"
                          ? std::string("a request names its inputs, and never - (standard input "
                                        "carries the requests)")
                          : option +
                                " is fixed when the worker starts (give it in the worker's "
                                "options)")
                  << '\n';
    } else {
      code = RunAudit(std::get<Options>(request_options), &engines, request_out, request_err);
    }
    Reply(out, code, request_out.str(), request_err.str());
  }
  return 0;
}

}  // namespace qa
