// Fuzz target: a .quoteaudit.json (config/config.h) parsed, then applied to
// the built-in rules (config/config_apply.h) when it parses cleanly.
#include "config/config.h"
#include "config/config_apply.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  qa::ConfigResult result =
      qa::ParseConfig(std::string_view(reinterpret_cast<const char*>(data), size),
                      "fuzz/.quoteaudit.json", "/nonexistent/fuzz");
  for (const qa::RuleError& error : result.errors) {
    qa::fuzz::Require(!error.ToString().empty(), "an empty config error");
  }
  if (!result.ok()) return 0;
  qa::fuzz::Require(
      result.config.ignore_rules && result.config.include_rules && result.config.exclude_rules,
      "a parsed config without compiled ignore rules");
  std::vector<qa::RuleError> errors;
  qa::ApplyConfig(qa::fuzz::BuiltinRules(), result.config, &errors);
  return 0;
}
