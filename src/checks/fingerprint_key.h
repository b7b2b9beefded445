// Fingerprint record keys (checks/fingerprint_record.h): a prefix naming the
// check and the kind of item, then a 64-bit hash as 16 hex digits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qa {

std::string FingerprintKey(std::string_view prefix, uint64_t hash);

// The hash of a key made by FingerprintKey with `prefix`; nullopt for any
// other string.
std::optional<uint64_t> FingerprintKeyHash(std::string_view key, std::string_view prefix);

}  // namespace qa
