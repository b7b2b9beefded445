#include "cli/fingerprint_files.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "cli/fingerprint_json.h"
#include "cli/json_lines_file.h"

namespace qa {

bool IsFingerprintFile(const std::string& path) {
  std::error_code error;
  if (path == "-" || !std::filesystem::is_regular_file(path, error)) return false;
  // An article is never one: no need to open it.
  std::string extension = std::filesystem::path(path).extension().string();
  for (const char* article : {".txt", ".md", ".markdown", ".html", ".htm"}) {
    if (extension == article) return false;
  }
  std::ifstream file(path, std::ios::binary);
  std::string line;
  while (std::getline(file, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    return object.is_object() && object.contains("key") && object.contains("archive") &&
           object.contains("item");
  }
  return false;
}

bool RememberFingerprints(const std::string& path, Auditor* auditor, std::string* error) {
  std::vector<FingerprintRecord> article;
  auto flush = [&] {
    if (!article.empty()) auditor->RememberRecords(article);
    article.clear();
  };
  std::string bad;
  std::string read_error;
  const bool read = ForEachJsonLine(
      path,
      [&](size_t number, std::string_view line) {
        std::string why;
        std::optional<FingerprintRecord> record = RecordFromJson(line, &why);
        if (!record) {
          if (bad.empty()) bad = path + ":" + std::to_string(number) + ": " + why;
          return true;
        }
        if (!article.empty() && !(article.front().article == record->article)) flush();
        article.push_back(std::move(*record));
        return true;
      },
      &read_error);
  flush();
  *error = !read ? read_error : bad;
  return error->empty();
}

}  // namespace qa
