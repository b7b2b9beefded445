// Reading rule-file JSON so that every problem becomes a RuleError naming the
// file and either the line:column of a syntax error or the JSON pointer of
// the offending key. Nothing here throws.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"

namespace qa {

// Parses `text` (// and /* */ comments allowed). On a syntax error appends
// one error with line and column and returns nullopt. Duplicate keys in an
// object are errors too (nlohmann would silently keep the last), reported at
// their pointer; the parsed value is still returned then.
std::optional<nlohmann::json> ParseRuleJson(std::string_view file, std::string_view text,
                                            std::vector<RuleError>* errors);

// Reads a whole rule or config file into *content; false when it cannot be
// opened or read.
bool ReadJsonFile(const std::filesystem::path& path, std::string* content);

// RFC 6901 pointers: "/lexicons" + "a/b" gives "/lexicons/a~1b".
std::string PointerTo(const std::string& parent, std::string_view key);
std::string PointerTo(const std::string& parent, size_t index);

// Collects the errors of one rule file and checks JSON value types.
class RuleFileErrors {
 public:
  RuleFileErrors(std::string_view file, std::vector<RuleError>* errors)
      : file_(file), errors_(errors) {}

  void Add(const std::string& pointer, std::string message);
  // Errors added through this object so far.
  size_t count() const { return count_; }

  // Each returns whether `value` has the type, recording
  // "expected a string, got number" at `pointer` when it has not.
  bool ExpectString(const nlohmann::json& value, const std::string& pointer);
  bool ExpectNonEmptyString(const nlohmann::json& value, const std::string& pointer);
  bool ExpectBool(const nlohmann::json& value, const std::string& pointer);
  bool ExpectNumber(const nlohmann::json& value, const std::string& pointer);
  bool ExpectObject(const nlohmann::json& value, const std::string& pointer);
  bool ExpectArray(const nlohmann::json& value, const std::string& pointer);

  // Records "unknown key" (with a did-you-mean when one is close) for each
  // key of `object` that is not in `allowed`; returns whether all were known.
  bool CheckKeys(const nlohmann::json& object, const std::string& pointer,
                 const std::vector<std::string>& allowed);

 private:
  bool Expect(bool ok, const char* wanted, const nlohmann::json& value, const std::string& pointer);

  std::string file_;
  std::vector<RuleError>* errors_;
  size_t count_ = 0;
};

}  // namespace qa
