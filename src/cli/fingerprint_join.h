// The join of a distributed run as a library call (quoteaudit join is this
// over files): fingerprint records of any order in, each key's records put
// in the order a single run meets them (archives by name, then line; items
// in article order) and handed to their check's JoinKey. docs/scale.md.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "checks/check.h"

namespace qa {

struct JoinResult {
  std::vector<Resolution> resolutions;  // by article, then check, then item
  size_t keys = 0;
  std::map<std::string, size_t> unknown;  // records of checks not among `checks`, by id
};

JoinResult JoinRecords(std::span<const FingerprintRecord> records,
                       std::span<const Check* const> checks);

}  // namespace qa
