#include "checks/fingerprint_key.h"

namespace qa {

std::string FingerprintKey(std::string_view prefix, uint64_t hash) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string key(prefix);
  for (int shift = 60; shift >= 0; shift -= 4) key += kDigits[(hash >> shift) & 0xF];
  return key;
}

std::optional<uint64_t> FingerprintKeyHash(std::string_view key, std::string_view prefix) {
  if (key.size() != prefix.size() + 16 || key.substr(0, prefix.size()) != prefix) {
    return std::nullopt;
  }
  uint64_t hash = 0;
  for (char c : key.substr(prefix.size())) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    hash = (hash << 4) | static_cast<uint64_t>(digit);
  }
  return hash;
}

}  // namespace qa
