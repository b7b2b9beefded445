#include "io/jsonl_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

namespace qa {
namespace {

using json = nlohmann::json;

// Reads are this big; a longer line grows the buffer up to max_line_bytes.
constexpr size_t kChunkBytes = size_t{256} << 10;

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// nlohmann's message without its "[json.exception...] parse error at line 1,
// column N: " prefix (the line is ours to name; the byte is said apart).
std::string ParseReason(const json::parse_error& error) {
  std::string_view what = error.what();
  size_t column = what.find("column ");
  size_t colon = column == std::string_view::npos ? column : what.find(": ", column);
  if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  // "last read: '...'" can quote a whole article; keep it only when short.
  size_t last_read = what.find("; last read: ");
  if (last_read != std::string_view::npos && what.size() - last_read > 60) {
    what = what.substr(0, last_read);
  }
  return std::string(what);
}

std::string Quoted(const std::string& field) { return "\"" + field + "\""; }

// "an array", "a number", "null": what a value is, for messages.
std::string KindOf(const json& value) {
  if (value.is_null()) return "null";
  std::string type = value.type_name();
  return (type[0] == 'a' || type[0] == 'o' ? "an " : "a ") + type;
}

}  // namespace

JsonLinesArticle ParseJsonLine(std::string_view line, size_t line_number,
                               const JsonLinesFields& fields) {
  JsonLinesArticle article;
  article.line = line_number;
  if (IsBlank(line)) {
    article.blank = true;
    return article;
  }
  // Only the id and text fields are kept, and nothing nested inside a
  // field's value, so a line's other fields (a page's HTML, deep arrays) cost
  // parsing time but no memory.
  auto keep = [&fields](int depth, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::key && depth == 1) {
      return parsed == fields.id || parsed == fields.text;
    }
    return depth < 2 || (event != json::parse_event_t::object_start &&
                         event != json::parse_event_t::array_start);
  };
  json value;
  try {
    value = json::parse(line.begin(), line.end(), keep);
  } catch (const json::parse_error& error) {
    article.error = "not valid JSON (at byte " + std::to_string(error.byte) +
                    " of the line): " + ParseReason(error);
    return article;
  }
  if (!value.is_object()) {
    article.error = "a JSON value that is " + KindOf(value) + ", not an object";
    return article;
  }
  auto text = value.find(fields.text);
  if (text == value.end()) {
    article.error = "no " + Quoted(fields.text) + " field (--text-field names the article's)";
    return article;
  }
  if (!text->is_string()) {
    article.error = Quoted(fields.text) + " is " + KindOf(*text) + ", not a string";
    return article;
  }
  auto id = value.find(fields.id);
  // An empty id names nothing ("ARCHIVE#"): the line number stands in, as
  // for a missing one.
  if (id == value.end() || id->is_null() ||
      (id->is_string() && id->get_ref<const std::string&>().empty())) {
    article.id = std::to_string(line_number);
  } else if (id->is_string()) {
    article.id = id->get<std::string>();
  } else if (id->is_number()) {
    article.id = id->dump();
  } else {
    article.error = Quoted(fields.id) + " is " + KindOf(*id) + ", not a string or number";
    return article;
  }
  article.text = std::move(text->get_ref<std::string&>());
  return article;
}

LineSplitter::LineSplitter(ReadFunction read, ErrorFunction read_error, size_t max_line_bytes)
    : read_(std::move(read)), read_error_(std::move(read_error)), max_line_bytes_(max_line_bytes) {}

bool LineSplitter::Fill() {
  if (at_end_) return false;
  // Keep the unfinished line at the front, then read after it.
  if (begin_ > 0) {
    buffer_.erase(0, begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() < end_ + kChunkBytes) buffer_.resize(end_ + kChunkBytes);
  long got = read_(buffer_.data() + end_, kChunkBytes);
  if (got < 0) {
    error_ = read_error_();
    at_end_ = true;
    return false;
  }
  if (got == 0) {
    at_end_ = true;
    return false;
  }
  end_ += static_cast<size_t>(got);
  return true;
}

LineSplitter::Line LineSplitter::Cut(size_t length, bool skipping) {
  Line line;
  line.number = ++line_number_;
  line.too_long = skipping || length > max_line_bytes_;
  if (!line.too_long) {
    if (length > 0 && buffer_[begin_ + length - 1] == '\r') --length;
    line.bytes = std::string_view(buffer_.data() + begin_, length);
  }
  return line;
}

std::optional<LineSplitter::Line> LineSplitter::Next() {
  size_t scanned = 0;     // bytes after begin_ known to hold no line break
  bool skipping = false;  // over max_line_bytes: its bytes are dropped as read
  for (;;) {
    const char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start + scanned, '\n', end_ - begin_ - scanned);
    if (newline != nullptr) {
      size_t length = static_cast<size_t>(static_cast<const char*>(newline) - start);
      Line line = Cut(length, skipping);
      begin_ += length + 1;
      return line;
    }
    scanned = end_ - begin_;
    if (scanned > max_line_bytes_) {
      skipping = true;
      begin_ = end_;
      scanned = 0;
    }
    if (!Fill()) {
      if (error_ || (end_ == begin_ && !skipping)) return std::nullopt;
      // The last line, without a line break.
      Line line = Cut(end_ - begin_, skipping);
      begin_ = end_;
      return line;
    }
  }
}

JsonLinesFile::JsonLinesFile(void* gz, size_t max_line_bytes)
    : gz_(gz),
      lines_(
          [gz](char* buffer, size_t size) -> long {
            int got = gzread(static_cast<gzFile>(gz), buffer, static_cast<unsigned>(size));
            // A gzip stream cut short ends like a complete one, but for
            // Z_BUF_ERROR: a truncated archive is an error, not a last line.
            int code = Z_OK;
            if (got == 0) gzerror(static_cast<gzFile>(gz), &code);
            return code == Z_BUF_ERROR ? -1 : got;
          },
          [gz]() -> std::string {
            int code = 0;
            const char* message = gzerror(static_cast<gzFile>(gz), &code);
            if (code == Z_ERRNO) return std::strerror(errno);
            // zlib writes "PATH: what"; the report names the path already.
            std::string_view what = message != nullptr ? message : "read error";
            size_t colon = what.rfind(": ");
            if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
            return std::string(what);
          },
          max_line_bytes) {}

JsonLinesFile::~JsonLinesFile() { gzclose(static_cast<gzFile>(gz_)); }

std::unique_ptr<JsonLinesFile> JsonLinesFile::Open(const std::string& path, size_t max_line_bytes,
                                                   InputError* error) {
  errno = 0;
  // gzread passes bytes that are not gzip through unchanged, so one reader
  // serves plain and compressed archives (and a compressed pipe on stdin).
  gzFile gz = nullptr;
  if (path == "-") {
    int fd = dup(STDIN_FILENO);
    if (fd >= 0) gz = gzdopen(fd, "rb");
    if (gz == nullptr && fd >= 0) close(fd);
  } else {
    gz = gzopen(path.c_str(), "rb");
  }
  if (gz == nullptr) {
    std::string message = errno != 0 ? std::strerror(errno) : "cannot be opened";
    if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') message[0] += 'a' - 'A';
    *error = InputError{path, message, 0};
    return nullptr;
  }
  gzbuffer(gz, static_cast<unsigned>(kChunkBytes));
  return std::unique_ptr<JsonLinesFile>(new JsonLinesFile(gz, max_line_bytes));
}

}  // namespace qa
