// Option values to and from JSON, for the edges that speak JSON: the rule
// file merger, the config and --print-config. Checks never include this.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "rules/rule_options.h"

namespace qa {

// The typed value of a JSON option, or nullopt with *error saying what was
// expected ("expected true or false, a number, a string, an array of strings
// or an object of strings, got null"). Integers and reals are both numbers.
std::optional<OptionValue> OptionFromJson(const nlohmann::json& value, std::string* error);

// The JSON for a value; a number with no fractional part is written as an
// integer, as rule files write it.
nlohmann::json OptionToJson(const OptionValue& value);

// Sets *out (an option whose rule declared `declared`) from a later file's
// JSON `value`, as rule files and the config merge options: null restores
// the declared default, an object merges into an object of strings key by key
// (a null value deleting the key), anything else replaces the value. Returns
// false, leaving *out alone and setting *error, when `value` is not of the
// declared kind.
bool PatchOption(const OptionValue& declared, const nlohmann::json& value, OptionValue* out,
                 std::string* error);
nlohmann::json OptionsToJson(const RuleOptions& options);

}  // namespace qa
