#include "cli/resolution_index.h"

#include "cli/fingerprint_json.h"
#include "cli/json_lines_file.h"

namespace qa {

bool ResolutionIndex::Load(const std::string& path, std::string* error) {
  std::string bad;
  bool read = ForEachJsonLine(
      path,
      [&](size_t number, std::string_view line) {
        std::string why;
        std::optional<Resolution> resolution = ResolutionFromJson(line, &why);
        if (!resolution) {
          bad = path + ":" + std::to_string(number) + ": not a resolution: " + why;
          return false;
        }
        Add(std::move(*resolution));
        return true;
      },
      error);
  if (!bad.empty()) *error = bad;
  return read && bad.empty();
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
