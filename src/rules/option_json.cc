#include "rules/option_json.h"

#include <cmath>

namespace qa {
namespace {

using nlohmann::json;

constexpr const char* kExpected =
    "expected true or false, a number, a string, an array of strings or an object of strings";

template <typename Container>
bool AllStrings(const Container& items) {
  for (const auto& item : items) {
    if (!item.is_string()) return false;
  }
  return true;
}

}  // namespace

std::optional<OptionValue> OptionFromJson(const json& value, std::string* error) {
  if (value.is_boolean()) return OptionValue(value.get<bool>());
  if (value.is_number()) return OptionValue(value.get<double>());
  if (value.is_string()) return OptionValue(value.get<std::string>());
  if (value.is_array() && AllStrings(value)) return OptionValue(value.get<StringList>());
  if (value.is_object()) {
    StringMap map;
    for (const auto& [key, item] : value.items()) {
      if (item.is_null()) continue;  // a merge patch's "delete this key"
      if (!item.is_string()) {
        *error = "expected a string for \"" + key + "\", got " + item.type_name();
        return std::nullopt;
      }
      map[key] = item.get<std::string>();
    }
    return OptionValue(std::move(map));
  }
  *error = std::string(kExpected) + ", got " +
           (value.is_array() ? "an array holding a non-string" : value.type_name());
  return std::nullopt;
}

json OptionToJson(const OptionValue& value) {
  if (const double* number = std::get_if<double>(&value)) {
    double whole;
    if (std::modf(*number, &whole) == 0.0 && std::fabs(whole) < 9.0e15) {
      return json(static_cast<int64_t>(whole));
    }
    return json(*number);
  }
  return std::visit([](const auto& v) { return json(v); }, value);
}

bool PatchOption(const OptionValue& declared, const json& value, OptionValue* out,
                 std::string* error) {
  if (value.is_null()) {
    *out = declared;
    return true;
  }
  std::optional<OptionValue> typed = OptionFromJson(value, error);
  if (!typed) return false;
  if (!SameOptionKind(*typed, declared)) {
    *error = std::string("expected ") + OptionKindName(declared) + ", got " + value.type_name();
    return false;
  }
  StringMap* map = std::get_if<StringMap>(out);
  if (map == nullptr) {
    *out = std::move(*typed);
    return true;
  }
  for (const auto& [key, item] : value.items()) {
    if (item.is_null()) {
      map->erase(key);
    } else {
      (*map)[key] = item.get<std::string>();
    }
  }
  return true;
}

json OptionsToJson(const RuleOptions& options) {
  json out = json::object();
  for (const auto& [key, value] : options) out[key] = OptionToJson(value);
  return out;
}

}  // namespace qa
