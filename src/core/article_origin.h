// Where an article read from a JSON Lines archive came from
// (io/jsonl_reader.h): the archive, the line and the article's id. Reports
// name the article "ARCHIVE#ID"; the jsonl format also gives the parts.
#pragma once

#include <cstddef>
#include <string>

namespace qa {

struct ArticleOrigin {
  std::string archive;  // the archive's path as given ("-" for standard input)
  size_t line = 0;      // 1-based line of the archive
  std::string id;       // empty when the line held no article
};

}  // namespace qa
