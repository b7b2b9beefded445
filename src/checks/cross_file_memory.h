// What the duplicate-text check remembers of the documents it has already
// audited in this run: 64-bit hashes of normalised paragraphs and whole
// articles, each with the place of its first copy. Documents themselves are
// never kept: a remembered paragraph costs one 32-byte entry in a flat array
// plus a 4-byte slot or two of the open-addressing table that finds it, with
// no allocation of its own (bounded per file by the caller and in total
// here). When the total is reached the memory says so (LimitNote), so the
// run summary tells that later copies went unchecked.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "checks/check.h"
#include "core/finding.h"
#include "core/span.h"

namespace qa {

// Where a remembered text was first seen. Offsets and line/column are stored
// in 32 bits; places beyond 4 GiB are not remembered.
struct RememberedPlace {
  uint32_t file = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t reports = 0;  // how often a later copy has been reported against it
};

class CrossFileMemory : public CrossFileState {
 public:
  explicit CrossFileMemory(size_t max_paragraphs) : max_paragraphs_(max_paragraphs) {}

  // Registers the next document and returns its file number.
  uint32_t AddFile(std::string path);
  const std::string& Path(uint32_t file) const { return files_[file].path; }

  // nullptr when no earlier paragraph had this hash. Valid until the next
  // RememberParagraph.
  RememberedPlace* FindParagraph(uint64_t hash);
  // Keeps the first place of each hash; false when the total limit is reached
  // or the place does not fit in 32 bits.
  bool RememberParagraph(uint64_t hash, Span span, size_t line, size_t column, uint32_t file);
  size_t paragraphs() const { return entries_.size(); }

  // The start of a document (its first paragraph), remembered with the hash
  // of its whole text; FindArticle returns the file number or -1.
  void RememberArticle(uint64_t hash, Span first_paragraph, size_t line, size_t column,
                       uint32_t file);
  int64_t FindArticle(uint64_t hash) const;
  const RememberedPlace& ArticleStart(uint32_t file) const { return files_[file].start; }

  // A related location naming the remembered place's file, with line/column.
  RelatedLocation Related(const RememberedPlace& place, std::string message) const;

  // "cross-article index full after N paragraphs; ..." once a paragraph was
  // left out for the total limit.
  std::string LimitNote() const override;

 private:
  static bool MakePlace(Span span, size_t line, size_t column, uint32_t file,
                        RememberedPlace* place);
  // The slot of `hash` in slots_: its entry's, or the empty one where it
  // would go.
  size_t SlotOf(uint64_t hash) const;
  void Grow();

  struct FileEntry {
    std::string path;
    RememberedPlace start;  // first paragraph, line 1 column 1 when empty
  };
  // 32 bytes: the hash and its first place.
  struct Entry {
    uint64_t hash;
    RememberedPlace place;
  };
  static_assert(sizeof(Entry) == 32);

  size_t max_paragraphs_;
  bool full_ = false;  // a paragraph was left out for max_paragraphs_
  std::vector<FileEntry> files_;
  std::vector<Entry> entries_;   // in the order remembered
  std::vector<uint32_t> slots_;  // entry index + 1; 0 is empty; size a power of 2
  std::unordered_map<uint64_t, uint32_t> articles_;  // whole-text hash -> first file
};

}  // namespace qa
