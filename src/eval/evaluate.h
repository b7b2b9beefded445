// `quoteaudit eval`: scores quote finding and attribution against a corpus
// annotated with attributions in brat standoff format (PolNeAR's scheme).
// See docs/accuracy.md for the method.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "core/document.h"
#include "core/quote.h"
#include "eval/eval_result.h"
#include "eval/eval_words.h"
#include "rules/rule_set.h"
#include "scan/scanner.h"

namespace qa {

enum class EvalFormat { kText, kJson };

struct EvalOptions {
  std::string corpus_dir;  // DIR/text + DIR/attributions, or X.txt beside X.ann
  bool verbose = false;    // list every miss
  EvalFormat format = EvalFormat::kText;
};

// Evaluates `scanner` on the corpus and writes the report to `out`; corpus
// problems (unreadable files, malformed annotation lines) go to `err`, each
// naming the file and line, and evaluation goes on without them. The scorer's
// own words (the gold-* lexicons) are read from `rules` once. Returns 0, or 2
// when there was any corpus problem or no annotated article.
int RunEvaluation(const EvalOptions& options, const RuleSet& rules, const Scanner& scanner,
                  std::ostream& out, std::ostream& err);

// What is being evaluated: the quotes found in one document.
using QuotePredictor = std::function<ScanResult(const Document&)>;

// The evaluation itself, with the predictor as a parameter so that tests can
// script predictions. Articles are read with the plain-text reader.
EvalReport EvaluateCorpus(const std::string& corpus_dir, const EvalWords& eval_words,
                          const QuotePredictor& predict);

}  // namespace qa
