#include "checks/cross_file_memory.h"

#include <limits>

namespace qa {

uint32_t CrossFileMemory::AddFile(std::string path) {
  const auto file = static_cast<uint32_t>(files_.size());
  FileEntry entry;
  entry.path = std::move(path);
  entry.start.file = file;
  entry.start.line = 1;
  entry.start.column = 1;
  files_.push_back(std::move(entry));
  return file;
}

RememberedPlace* CrossFileMemory::FindParagraph(uint64_t hash) {
  auto it = paragraphs_.find(hash);
  return it == paragraphs_.end() ? nullptr : &it->second;
}

bool CrossFileMemory::MakePlace(Span span, size_t line, size_t column, uint32_t file,
                                RememberedPlace* place) {
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max();
  if (span.end > kMax || line > kMax || column > kMax) return false;
  place->file = file;
  place->begin = static_cast<uint32_t>(span.begin);
  place->end = static_cast<uint32_t>(span.end);
  place->line = static_cast<uint32_t>(line);
  place->column = static_cast<uint32_t>(column);
  return true;
}

bool CrossFileMemory::RememberParagraph(uint64_t hash, Span span, size_t line, size_t column,
                                        uint32_t file) {
  if (paragraphs_.size() >= max_paragraphs_ || paragraphs_.count(hash) != 0) return false;
  RememberedPlace place;
  if (!MakePlace(span, line, column, file, &place)) return false;
  paragraphs_.emplace(hash, place);
  return true;
}

int64_t CrossFileMemory::FindArticle(uint64_t hash) const {
  auto it = articles_.find(hash);
  return it == articles_.end() ? -1 : static_cast<int64_t>(it->second);
}

void CrossFileMemory::RememberArticle(uint64_t hash, Span first_paragraph, size_t line,
                                      size_t column, uint32_t file) {
  MakePlace(first_paragraph, line, column, file, &files_[file].start);
  articles_.emplace(hash, file);
}

RelatedLocation CrossFileMemory::Related(const RememberedPlace& place, std::string message) const {
  RelatedLocation related;
  related.path = files_[place.file].path;
  related.span = Span{place.begin, place.end};
  related.line = place.line;
  related.column = place.column;
  related.message = std::move(message);
  return related;
}

}  // namespace qa
