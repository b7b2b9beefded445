// The command-line grammar (CLI11): subcommands, options and their help.
#pragma once

#include <ostream>
#include <string_view>
#include <variant>

#include "cli/options.h"

namespace qa {

// "0.1.0": the project version this binary was built from.
std::string_view ToolVersion();

// "sarif:out/report.sarif" -> {"sarif", "out/report.sarif"}; "text" -> {"text", ""}.
OutputRequest ParseOutputRequest(std::string_view value);

// Parses the arguments. Returns the Options to run with, or the exit code
// to stop with after --help or --version (0, text written to `out`) or a
// usage error (2, message written to `err`).
std::variant<Options, int> ParseCommandLine(int argc, const char* const* argv, std::ostream& out,
                                            std::ostream& err);

}  // namespace qa
