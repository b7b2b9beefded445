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

// One article's cross-article findings, as join --findings writes them:
// each finding's span is also given as the source bytes, line and column of
// the record it is at (the article itself is not at hand), and a related
// place in the same article is given with the article's path, source bytes,
// line and column like one in another article.
struct ArticleFindings {
  ArticleRef article;
  std::vector<Finding> findings;    // in document order
  std::vector<RecordPlace> places;  // of each finding's span
};

// The findings of every article that has resolutions, in run order, from
// its own records (all of them must be in `records`) and its resolutions.
std::vector<ArticleFindings> FindingsOf(std::span<const FingerprintRecord> records,
                                        const std::vector<Resolution>& resolutions,
                                        std::span<const Check* const> checks);

}  // namespace qa
