// JSON Lines archives (--input-format jsonl): one article per line, each a
// JSON object whose text field holds the article and whose id field names
// it. The archive is read line by line from a file, a gzip file (.jsonl.gz,
// told by its bytes, not its name) or standard input, so memory holds one
// line at a time, never the whole archive. docs/input-formats.md#json-lines.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "io/input_error.h"

namespace qa {

// Which fields of each line's object hold the article (--id-field, --text-field).
struct JsonLinesFields {
  std::string id = "id";
  std::string text = "text";
};

// One non-blank line of an archive, parsed.
struct JsonLinesArticle {
  size_t line = 0;  // 1-based line number in the archive
  // The id field: a string as it is, a number as JSON writes it; the line
  // number when the line has no id (or it is null).
  std::string id;
  std::string text;                  // the text field, decoded
  std::optional<std::string> error;  // set when the line holds no article: why
  bool blank = false;                // spaces only: no article, and no error (skipped)
};

// Parses one line (without its line break). Not valid JSON, not an object, a
// missing or non-string text field, or an id that is neither a string nor a
// number gives `error`, which says which.
JsonLinesArticle ParseJsonLine(std::string_view line, size_t line_number,
                               const JsonLinesFields& fields);

// Cuts a byte stream into lines. `read` fills up to `size` bytes and returns
// how many it wrote, 0 at the end, -1 on a read error (`read_error` then
// says why). A line longer than `max_line_bytes` is skipped without being
// kept in memory: Next() reports it with `too_long`.
class LineSplitter {
 public:
  using ReadFunction = std::function<long(char* buffer, size_t size)>;
  using ErrorFunction = std::function<std::string()>;
  LineSplitter(ReadFunction read, ErrorFunction read_error, size_t max_line_bytes);

  struct Line {
    std::string_view bytes;  // without "\n" or "\r\n"; valid until the next call
    size_t number = 0;       // 1-based
    bool too_long = false;   // bytes is empty: the line was over max_line_bytes
  };
  // The next line, or nullopt at the end of the stream or on a read error
  // (error() then says which).
  std::optional<Line> Next();
  const std::optional<std::string>& error() const { return error_; }

 private:
  bool Fill();  // reads more bytes after the kept ones; false at end or error
  Line Cut(size_t length, bool skipping);  // the line of `length` bytes at begin_

  ReadFunction read_;
  ErrorFunction read_error_;
  size_t max_line_bytes_;
  std::string buffer_;
  size_t begin_ = 0;  // first byte of buffer_ not yet handed out
  size_t end_ = 0;    // bytes of buffer_ filled
  size_t line_number_ = 0;
  bool at_end_ = false;
  std::optional<std::string> error_;
};

// An archive file opened for reading: plain or gzip-compressed, "-" for
// standard input. Standard input is read as its bytes come (a read returns
// what a pipe holds, never waiting for a full block), so an archive piped
// from a live source is audited line by line as it arrives.
class JsonLinesFile {
 public:
  // nullptr with *error set (naming the path) when it cannot be opened.
  static std::unique_ptr<JsonLinesFile> Open(const std::string& path, size_t max_line_bytes,
                                             InputError* error);
  // Reads `fd` (and closes it at the end) as standard input is read: its
  // bytes as they come, gzip-compressed or not by its first two bytes.
  static std::unique_ptr<JsonLinesFile> FromDescriptor(int fd, size_t max_line_bytes);
  ~JsonLinesFile();
  JsonLinesFile(const JsonLinesFile&) = delete;
  JsonLinesFile& operator=(const JsonLinesFile&) = delete;

  std::optional<LineSplitter::Line> Next() { return lines_.Next(); }
  const std::optional<std::string>& error() const { return lines_.error(); }

 private:
  JsonLinesFile(std::shared_ptr<void> source, LineSplitter::ReadFunction read,
                LineSplitter::ErrorFunction read_error, size_t max_line_bytes);
  std::shared_ptr<void> source_;  // what `lines_` reads from (zlib.h stays out of this header)
  LineSplitter lines_;
};

}  // namespace qa
