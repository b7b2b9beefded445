// Finding severities, ordered so that a higher value is more serious.
#pragma once

#include <optional>
#include <string_view>

namespace qa {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity severity);
// Parses "info", "warning" or "error"; nullopt for anything else.
std::optional<Severity> ParseSeverity(std::string_view name);

}  // namespace qa
