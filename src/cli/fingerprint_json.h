// Fingerprint records and resolutions (checks/fingerprint_record.h) as JSON
// Lines, the form in which they travel between check --emit-fingerprints,
// quoteaudit join and check --resolutions (docs/scale.md#formats). One
// compact object per line; fields that hold their default are left out.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checks/fingerprint_record.h"

namespace qa {

std::string RecordToJson(const FingerprintRecord& record);
std::string ResolutionToJson(const Resolution& resolution);

// nullopt with *error set ("missing field \"key\"") for a line that is not
// one of them.
std::optional<FingerprintRecord> RecordFromJson(std::string_view line, std::string* error);
std::optional<Resolution> ResolutionFromJson(std::string_view line, std::string* error);

}  // namespace qa
