// `quoteaudit verify`: every direct and partial quote of the articles checked
// against the source records given with --source (docs/verify.md). Reports
// through the same formats, levels and exit codes as `check`.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/config_engines.h"
#include "cli/options.h"
#include "verify/source_index.h"

namespace qa {

// Reads and indexes every --source file (folders walked for the source
// extensions). False, with each unreadable or missing source named on
// `err`, when any cannot be read: a source that is not read is never a pass.
bool LoadSources(const std::vector<std::string>& arguments, SourceIndex* index, std::ostream& err);

// `quotes --source`: per quote of `scan`, "path:line:column" of the passage
// that has its words exactly, under the article's speaker when it is a
// transcript; empty otherwise.
std::vector<std::string> VerifiedSources(const Document& article, const ScanResult& scan,
                                         const SourceIndex& sources, const RuleSet& rules);

int RunVerify(const Options& options, EngineSet* engines, std::ostream& out, std::ostream& err);

}  // namespace qa
