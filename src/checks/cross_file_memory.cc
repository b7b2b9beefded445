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

size_t CrossFileMemory::SlotOf(uint64_t hash) const {
  // Linear probing; the table is at most half full, so probes are short. The
  // hashes are already mixed (text_fingerprint.h): their high bits index.
  const size_t mask = slots_.size() - 1;
  for (size_t slot = static_cast<size_t>(hash >> 20) & mask;; slot = (slot + 1) & mask) {
    const uint32_t at = slots_[slot];
    if (at == 0 || entries_[at - 1].hash == hash) return slot;
  }
}

void CrossFileMemory::Grow() {
  std::vector<uint32_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  for (uint32_t at : old) {
    if (at != 0) slots_[SlotOf(entries_[at - 1].hash)] = at;
  }
}

RememberedPlace* CrossFileMemory::FindParagraph(uint64_t hash) {
  if (slots_.empty()) return nullptr;
  const uint32_t at = slots_[SlotOf(hash)];
  return at == 0 ? nullptr : &entries_[at - 1].place;
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
  if (FindParagraph(hash) != nullptr) return false;
  if (entries_.size() >= max_paragraphs_ ||
      entries_.size() >= std::numeric_limits<uint32_t>::max() - 1) {
    full_ = true;
    return false;
  }
  RememberedPlace place;
  if (!MakePlace(span, line, column, file, &place)) return false;
  if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
  entries_.push_back(Entry{hash, place});
  slots_[SlotOf(hash)] = static_cast<uint32_t>(entries_.size());
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

std::string CrossFileMemory::LimitNote() const {
  if (!full_) return "";
  const size_t n = entries_.size();
  return "cross-article index full after " + std::to_string(n) +
         (n == 1 ? " paragraph" : " paragraphs") + "; later duplicates not checked";
}

}  // namespace qa
