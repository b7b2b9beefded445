// Checks an article's quotes against the indexed sources: for every direct
// and partial quote, the best passage and what differs, as findings
// (misquote, misattributed-quote, unverified-quote) and as one verdict per
// quote (for `quotes --source`).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/finding.h"
#include "core/quote.h"
#include "verify/source_index.h"
#include "verify/verify_rules.h"

namespace qa {

enum class VerdictKind { kVerified, kMisquote, kUnverified };

struct QuoteVerdict {
  size_t quote = 0;  // index into ScanResult::quotes
  VerdictKind kind = VerdictKind::kUnverified;
  // The passage (verified and misquote): its file, bytes and position.
  std::string source_path;
  Span source_span;
  size_t line = 0;
  size_t column = 0;
  std::string source_speaker;  // the transcript's label there; empty without one
  bool misattributed = false;  // the label names someone else than the article
};

struct VerifyResult {
  std::vector<QuoteVerdict> verdicts;  // one per direct or partial quote with words
  std::vector<Finding> findings;       // in article order
};

VerifyResult VerifyQuotes(const Document& article, const ScanResult& scan,
                          const SourceIndex& sources, const VerifyRules& rules);

}  // namespace qa
