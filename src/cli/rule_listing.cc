#include "cli/rule_listing.h"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <string>

#include "rules/option_json.h"

namespace qa {
namespace {

constexpr int kJsonVersion = 1;

void ListRulesAsText(const RuleSet& rules, std::ostream& out) {
  if (rules.rules().empty()) {
    out << "no check rules are loaded\n";
    return;
  }
  size_t id_width = 0, severity_width = 0;
  auto severity_text = [](const RuleInfo& rule) {
    std::string text(SeverityName(rule.severity));
    return rule.enabled ? text : text + " (disabled)";
  };
  for (const auto& [id, rule] : rules.rules()) {
    id_width = std::max(id_width, id.size());
    severity_width = std::max(severity_width, severity_text(rule).size());
  }
  for (const auto& [id, rule] : rules.rules()) {
    out << std::left << std::setw(static_cast<int>(id_width + 2)) << id
        << std::setw(static_cast<int>(severity_width + 2)) << severity_text(rule) << rule.summary
        << '\n';
  }
}

void ListRulesAsJson(const RuleSet& rules, std::ostream& out) {
  using json = nlohmann::ordered_json;
  json listed = json::array();
  for (const auto& [id, rule] : rules.rules()) {
    json options = json::object();
    for (const auto& [key, declared] : rule.declared_options) {
      auto value = rule.options.find(key);
      options[key] = {
          {"value", OptionToJson(value != rule.options.end() ? value->second : declared)},
          {"default", OptionToJson(declared)}};
    }
    listed.push_back({{"id", id},
                      {"severity", SeverityName(rule.severity)},
                      {"enabled", rule.enabled},
                      {"summary", rule.summary},
                      {"source", rule.source},
                      {"options", std::move(options)}});
  }
  json document = {{"version", kJsonVersion}, {"rules", std::move(listed)}};
  out << document.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace

void ListRules(const RuleSet& rules, std::string_view format, std::ostream& out) {
  if (format == "json") {
    ListRulesAsJson(rules, out);
  } else {
    ListRulesAsText(rules, out);
  }
}

}  // namespace qa
