// Reads a check's options out of its rule into the check's own options
// struct, once, when the check is built. The rule's first file declares every
// option with its default (the only default: checks hold none), and the
// loader has already checked every later value against the declared kind, so
// what can fail here is the check and its rule file disagreeing: the check
// reads an option the file does not declare (or as another kind), or the file
// declares one the check never reads. Each is an error naming the rule file
// and the option's JSON pointer ("rules/x.json: /rule/options/min_words: ...").
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "rules/rule_options.h"
#include "rules/rule_set.h"

namespace qa {

class OptionReader {
 public:
  // Errors are appended to *errors.
  OptionReader(const RuleInfo& rule, std::vector<RuleError>* errors);

  // The option's value; on an error, a zero value (false, 0, empty).
  bool Bool(const std::string& key);
  double Number(const std::string& key);
  // A number of things: a whole number, 0 or more.
  size_t Count(const std::string& key);
  std::string String(const std::string& key);
  StringList List(const std::string& key);
  StringMap Map(const std::string& key);

  // Records an error for each declared option no call above read, and
  // returns whether this reader recorded no error at all. Call once, after
  // reading every option.
  bool Finish();

 private:
  template <typename T>
  const T* Get(const std::string& key);
  void Add(const std::string& key, std::string message);

  const RuleInfo& rule_;
  std::vector<RuleError>* errors_;
  std::set<std::string> read_;
  size_t error_count_ = 0;
};

}  // namespace qa
