// A check rule's options as typed values. The rules stage converts each
// option from JSON when the rule file loads, checking it against the type
// its rule's first file declared, so checks never see JSON: they read their
// options through OptionReader (rules/option_reader.h) into their own struct.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace qa {

using StringList = std::vector<std::string>;
using StringMap = std::map<std::string, std::string>;

// The kinds an option may have: true/false, a number, a string, an array of
// strings, an object whose values are strings.
using OptionValue = std::variant<bool, double, std::string, StringList, StringMap>;

// Options by key, in key order.
using RuleOptions = std::map<std::string, OptionValue>;

// "true or false", "a number", "a string", "an array of strings",
// "an object of strings": for messages.
const char* OptionKindName(const OptionValue& value);

// Whether two values have the same kind.
inline bool SameOptionKind(const OptionValue& a, const OptionValue& b) {
  return a.index() == b.index();
}

}  // namespace qa
