// Fuzz target: a baseline file (cli/baseline.h) parsed from any bytes.
#include "cli/baseline.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string error;
  std::optional<qa::Baseline> baseline = qa::Baseline::Parse(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz/baseline", &error);
  qa::fuzz::Require(baseline.has_value() == error.empty(),
                    "a baseline is either read or refused with a message");
  return 0;
}
