// Ties quotes to their sources. Built once from the rule set: every
// attribution pattern and lexicon is compiled in the constructor.
#pragma once

#include <memory>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_set.h"

namespace qa {

class Attributor {
 public:
  static std::unique_ptr<Attributor> Create(const RuleSet& rules, std::vector<RuleError>* errors);
  ~Attributor();

  // Fills result->sentences, result->entities and each quote's kind and
  // attribution. result->quotes must hold the quote finder's output.
  void Attribute(const Document& document, ScanResult* result) const;

 private:
  Attributor() = default;
};

}  // namespace qa
