// What the formats that name the tool say about it.
#pragma once

#include <string>
#include <string_view>

namespace qa {

inline constexpr std::string_view kToolName = "quoteaudit";
// The project page (SARIF informationUri, reviewdog source.url).
inline constexpr std::string_view kProjectUrl = "https://github.com/quoteaudit/quoteaudit";

// The rule's documentation page in the project's repository
// (docs/rules/<id>.md).
inline std::string RuleDocUrl(std::string_view rule_id) {
  return std::string(kProjectUrl) + "/blob/main/docs/rules/" + std::string(rule_id) + ".md";
}

}  // namespace qa
