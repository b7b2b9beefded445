#include "rules/rule_options.h"

namespace qa {

const char* OptionKindName(const OptionValue& value) {
  static constexpr const char* kNames[] = {"true or false", "a number", "a string",
                                           "an array of strings", "an object of strings"};
  static_assert(std::variant_size_v<OptionValue> == std::size(kNames));
  return kNames[value.index()];
}

}  // namespace qa
