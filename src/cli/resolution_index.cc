#include "cli/resolution_index.h"

#include <fstream>
#include <iostream>

#include "cli/fingerprint_json.h"

namespace qa {

bool ResolutionIndex::Load(const std::string& path, std::string* error) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      *error = "cannot read resolutions " + path;
      return false;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string why;
    std::optional<Resolution> resolution = ResolutionFromJson(line, &why);
    if (!resolution) {
      *error = path + ":" + std::to_string(number) + ": not a resolution: " + why;
      return false;
    }
    Add(std::move(*resolution));
  }
  if (in.bad()) {
    *error = "read error in resolutions " + path;
    return false;
  }
  return true;
}

void ResolutionIndex::Add(Resolution resolution) {
  by_path_[resolution.article.path].push_back(resolutions_.size());
  resolutions_.push_back(std::move(resolution));
}

std::vector<const Resolution*> ResolutionIndex::For(const std::string& article_path,
                                                    std::string_view check) const {
  std::vector<const Resolution*> found;
  auto it = by_path_.find(article_path);
  if (it == by_path_.end()) return found;
  for (size_t i : it->second) {
    if (resolutions_[i].check == check) found.push_back(&resolutions_[i]);
  }
  return found;
}

}  // namespace qa
