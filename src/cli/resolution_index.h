// check --resolutions FILE: the join's resolutions (checks/fingerprint_record.h)
// by article, for the ordered step to turn into the findings a single run
// would report (docs/scale.md).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checks/fingerprint_record.h"

namespace qa {

class ResolutionIndex {
 public:
  // Reads a JSON Lines file of resolutions ("-": standard input); false with
  // *error naming the file and line of the first bad one.
  bool Load(const std::string& path, std::string* error);

  // Adds one (the library form of Load).
  void Add(Resolution resolution);

  bool Has(const std::string& article_path) const { return by_path_.count(article_path) > 0; }
  // The resolutions of one article for one check, in the file's order.
  std::vector<const Resolution*> For(const std::string& article_path, std::string_view check) const;
  size_t size() const { return resolutions_.size(); }

 private:
  std::vector<Resolution> resolutions_;
  std::unordered_map<std::string, std::vector<size_t>> by_path_;
};

}  // namespace qa
