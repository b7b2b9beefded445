// unattributed-quote: a direct or partial quote that the attributor could
// tie to no source. Scare quotes and titles are never reported.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "rules/option_reader.h"

namespace qa {

// Options, read from rules/unattributed-quote.json (which holds the defaults)
// when the check is built.
struct UnattributedQuoteOptions {
  bool include_partial = false;  // report partial quotes too
  size_t min_words = 0;          // quotes with fewer words are ignored (1 at least)

  static UnattributedQuoteOptions Read(OptionReader* reader);
};

class UnattributedQuoteCheck : public Check {
 public:
  static std::unique_ptr<Check> Create(const RuleInfo& rule, const RuleSet& rules,
                                       std::vector<RuleError>* errors);

  std::string_view id() const override { return "unattributed-quote"; }
  void Run(const CheckContext& context, FindingSink findings) const override;

 private:
  UnattributedQuoteCheck(Severity severity, const UnattributedQuoteOptions& options);

  Severity severity_;
  bool include_partial_;
  size_t min_words_;
};

}  // namespace qa
