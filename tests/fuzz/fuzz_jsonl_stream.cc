// Fuzz target: a JSON Lines archive read as standard input is read
// (JsonLinesFile::FromDescriptor: plain bytes as they come, or gzip told by
// its first two bytes and decompressed by zlib's inflate), from a file in
// memory holding the input. Plain input must give the lines the line
// splitter gives over the same bytes; any input must end cleanly, with its
// lines well formed and a read error said in words.
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "io/jsonl_reader.h"

namespace {

constexpr size_t kMaxLine = 4096;

// The lines of `data` as the splitter cuts them from memory.
std::vector<std::string> LinesInMemory(const uint8_t* data, size_t size) {
  size_t at = 0;
  qa::LineSplitter lines(
      [&](char* buffer, size_t room) -> long {
        const size_t n = std::min(room, size - at);
        if (n > 0) std::memcpy(buffer, data + at, n);
        at += n;
        return static_cast<long>(n);
      },
      [] { return std::string(); }, kMaxLine);
  std::vector<std::string> out;
  while (auto line = lines.Next())
    out.push_back(line->too_long ? "(too long)" : std::string(line->bytes));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const int fd = memfd_create("fuzz-jsonl", 0);
  if (fd < 0) return 0;
  size_t written = 0;
  while (written < size) {
    const ssize_t n = write(fd, data + written, size - written);
    if (n <= 0) {
      close(fd);
      return 0;
    }
    written += static_cast<size_t>(n);
  }
  lseek(fd, 0, SEEK_SET);
  std::unique_ptr<qa::JsonLinesFile> file = qa::JsonLinesFile::FromDescriptor(fd, kMaxLine);
  std::vector<std::string> lines;
  size_t previous = 0;
  while (std::optional<qa::LineSplitter::Line> line = file->Next()) {
    qa::fuzz::Require(line->number == previous + 1, "line numbers must follow each other");
    previous = line->number;
    qa::fuzz::Require(line->bytes.size() <= kMaxLine, "a line over the limit was kept");
    qa::fuzz::Require(line->bytes.find('\n') == std::string_view::npos,
                      "a line holds a line break");
    lines.push_back(line->too_long ? "(too long)" : std::string(line->bytes));
  }
  if (file->error()) qa::fuzz::Require(!file->error()->empty(), "a read error without words");
  const bool gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
  if (!gzip) {
    qa::fuzz::Require(!file->error().has_value(), "a read error from plain bytes");
    qa::fuzz::Require(lines == LinesInMemory(data, size),
                      "plain bytes read as a stream differ from the same bytes in memory");
  }
  return 0;
}
