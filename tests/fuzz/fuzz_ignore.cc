// Fuzz target: a .quoteauditignore file (config/ignore_rules.h) parsed, its
// patterns compiled, and matched against a few paths.
#include "config/ignore_rules.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<qa::RuleError> errors;
  std::shared_ptr<const qa::IgnoreRules> rules =
      qa::IgnoreRules::ParseText(std::string_view(reinterpret_cast<const char*>(data), size),
                                 "fuzz/.quoteauditignore", &errors);
  if (!rules) return 0;
  for (const char* path : {"a.txt", "news/harbour.md", "drafts/x/y.draft.txt", "", "a b/[c]"}) {
    rules->Match(path, false);
    rules->Match(path, true);
    rules->MatchName(path, false);
  }
  return 0;
}
