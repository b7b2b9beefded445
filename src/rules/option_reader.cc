#include "rules/option_reader.h"

#include <cmath>

namespace qa {

OptionReader::OptionReader(const RuleInfo& rule, std::vector<RuleError>* errors)
    : rule_(rule), errors_(errors) {}

void OptionReader::Add(const std::string& key, std::string message) {
  errors_->push_back({rule_.DeclaringFile(), "/rule/options/" + key, std::move(message)});
  ++error_count_;
}

template <typename T>
const T* OptionReader::Get(const std::string& key) {
  read_.insert(key);
  auto it = rule_.options.find(key);
  if (it == rule_.options.end()) {
    Add(key, "check " + rule_.id + " reads option \"" + key +
                 "\" but the rule file does not declare it (declare it with its default)");
    return nullptr;
  }
  const T* value = std::get_if<T>(&it->second);
  if (value == nullptr) {
    const OptionValue wanted = T{};
    Add(key, std::string("check ") + rule_.id + " reads this option as " + OptionKindName(wanted) +
                 ", but it is " + OptionKindName(it->second));
  }
  return value;
}

bool OptionReader::Bool(const std::string& key) {
  const bool* value = Get<bool>(key);
  return value != nullptr && *value;
}

double OptionReader::Number(const std::string& key) {
  const double* value = Get<double>(key);
  return value != nullptr ? *value : 0.0;
}

size_t OptionReader::Count(const std::string& key) {
  const double* value = Get<double>(key);
  if (value == nullptr) return 0;
  if (!(*value >= 0.0) || std::floor(*value) != *value || *value > 1e15) {
    Add(key, "expected a whole number, 0 or more");
    return 0;
  }
  return static_cast<size_t>(*value);
}

std::string OptionReader::String(const std::string& key) {
  const std::string* value = Get<std::string>(key);
  return value != nullptr ? *value : std::string();
}

StringList OptionReader::List(const std::string& key) {
  const StringList* value = Get<StringList>(key);
  return value != nullptr ? *value : StringList();
}

StringMap OptionReader::Map(const std::string& key) {
  const StringMap* value = Get<StringMap>(key);
  return value != nullptr ? *value : StringMap();
}

bool OptionReader::Finish() {
  for (const auto& [key, value] : rule_.options) {
    if (read_.count(key) == 0) {
      Add(key, "the rule file declares option \"" + key + "\" but check " + rule_.id +
                   " never reads it");
    }
  }
  return error_count_ == 0;
}

}  // namespace qa
