// The limits that keep one hostile input from costing a run more than it
// should (docs/security.md). Set in .quoteaudit.json under "limits"
// (docs/config.md); what goes over one is reported with its file and
// position, never dropped silently, and the run goes on with other files.
#pragma once

#include <cstddef>
#include <string>

namespace qa {

struct Limits {
  // Bigger articles are not read (an input error): 64 MiB, so the 50 MB
  // article the README promises gets through.
  size_t max_article_bytes = size_t{64} << 20;
  // A quote longer than this (usually a mark never closed) is reported and
  // left out of the checks.
  size_t max_quote_bytes = size_t{256} << 10;
  // HTML elements or Markdown blocks and spans nested deeper than this: the
  // file is not read (an input error).
  size_t max_nesting_depth = 5000;
  // Findings after the first this many of a file are not listed; one input
  // problem says how many were left out and where the first of them is.
  size_t max_findings_per_file = 10000;
};

// "the limit of 67108864 (limits.max_article_bytes in .quoteaudit.json)":
// how messages name a limit, so the reader knows what to raise.
inline std::string LimitText(const char* key, size_t value) {
  return "the limit of " + std::to_string(value) + " (limits." + key + " in .quoteaudit.json)";
}

}  // namespace qa
