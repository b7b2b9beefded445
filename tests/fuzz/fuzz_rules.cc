// Fuzz target: a user rule file (rules/rule_loader.h) merged and validated:
// every attribution pattern expanded and compiled with RE2. A rule file can
// be refused with errors but never crash or hang the tool. The file is merged
// alone, not over the built-in rules, so that each input costs milliseconds,
// not the compilation of every built-in pattern.
#include "fuzz_support.h"
#include "rules/rule_set_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  qa::RuleSetBuilder builder;
  std::vector<qa::RuleError> errors;
  qa::MergeRuleFile("fuzz/rules.json", std::string_view(reinterpret_cast<const char*>(data), size),
                    &builder, &errors);
  qa::RuleSet rules = std::move(builder).Build();
  qa::ValidateRuleSet(rules, &errors);
  for (const qa::RuleError& error : errors) {
    qa::fuzz::Require(!error.ToString().empty(), "an empty rule error");
  }
  return 0;
}
