#include "cli/batch_focus.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "io/file_reader.h"

namespace qa {

std::vector<std::pair<Engine*, std::string>> SmallBatchTexts(
    const std::vector<CollectedInput>& inputs, const std::vector<Engine*>& engine_of,
    size_t max_bytes) {
  namespace fs = std::filesystem;
  std::vector<std::pair<Engine*, std::string>> texts;
  if (inputs.size() < 2 || engine_of.size() != inputs.size()) return texts;
  // Sizes first, so a large file ends it before anything is read.
  size_t total = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].error || engine_of[i] == nullptr) continue;
    std::error_code error;
    if (inputs[i].path == "-" || !fs::is_regular_file(inputs[i].path, error)) return {};
    const uintmax_t size = fs::file_size(inputs[i].path, error);
    if (error || size > max_bytes - total) return {};
    total += static_cast<size_t>(size);
  }
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].error || engine_of[i] == nullptr) continue;
    // Bounded too: a file that grew since its size was read is left out.
    FileBytes file = ReadFileBytes(inputs[i].path, max_bytes);
    if (file.error) continue;
    auto slot = std::find_if(texts.begin(), texts.end(),
                             [&](const auto& entry) { return entry.first == engine_of[i]; });
    if (slot == texts.end()) slot = texts.insert(texts.end(), {engine_of[i], std::string()});
    slot->second += file.bytes;
    slot->second += '\n';
  }
  return texts;
}

}  // namespace qa
