// The scan stage: finds every quote in a document and ties it to its source.
// Built once per run from the rule set (every lexicon and pattern compiled
// here, at start-up); Scan() is then called once per document and is const,
// so one Scanner serves many threads.
#pragma once

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_set.h"

namespace qa {

class Attributor;
class NounPhraseClassifier;
class OuterSourceFinder;
class SpeakerPhraseReader;
class QuoteClassifier;
class QuoteFinder;
class Tokenizer;
struct WordSets;

// What a scan writes besides the quotes and their sources.
struct ScanOptions {
  // Each attribution's explanation (which rule tied the quote to whom, what
  // was rejected): only `quotes --explain` prints it, and building its text
  // for every quote is work no other report reads.
  bool explain = true;
};

class Scanner {
 public:
  // Returns nullptr and fills *errors when a pattern in the rules is invalid.
  static std::unique_ptr<Scanner> Create(const RuleSet& rules, std::vector<RuleError>* errors);
  ~Scanner();

  ScanResult Scan(const Document& document, ScanOptions options = {}) const;

 private:
  Scanner();
  std::unique_ptr<WordSets> words_;
  std::unique_ptr<NounPhraseClassifier> phrases_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<QuoteFinder> finder_;
  std::unique_ptr<Attributor> attributor_;
  std::unique_ptr<QuoteClassifier> classifier_;
  std::unique_ptr<SpeakerPhraseReader> reader_;
  std::unique_ptr<OuterSourceFinder> nested_;
};

}  // namespace qa
