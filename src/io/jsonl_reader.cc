#include "io/jsonl_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
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

// "number overflow parsing '1e999'" from nlohmann's "[json.exception.
// out_of_range.406] ..." (the number cut when long: it may be megabytes).
std::string ExceptionReason(const json::exception& error) {
  std::string_view what = error.what();
  if (size_t id_end = what.find("] "); id_end != std::string_view::npos) {
    what.remove_prefix(id_end + 2);
  }
  constexpr size_t kMaxReason = 80;
  if (what.size() <= kMaxReason) return std::string(what);
  size_t cut = kMaxReason;
  while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;
  return std::string(what.substr(0, cut)) + "...";
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
  } catch (const json::exception& error) {
    // Valid syntax nlohmann cannot hold: a number past a double's range
    // ("1e999") throws out_of_range, not parse_error.
    article.error = "not valid JSON: " + ExceptionReason(error);
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

namespace {

// zlib's message without the "PATH: " it may start with (the report names
// the path already), or what errno says.
std::string GzError(gzFile gz) {
  int code = 0;
  const char* message = gzerror(gz, &code);
  if (code == Z_ERRNO) return std::strerror(errno);
  std::string_view what = message != nullptr ? message : "read error";
  size_t colon = what.rfind(": ");
  if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  return std::string(what);
}

// Standard input as its bytes come, plain or gzip (told by its first two
// bytes). zlib's gzread serves files, but it fills each read whole before
// returning, so a line piped from a live source would wait for 256 KiB more.
class StreamReader {
 public:
  explicit StreamReader(int fd) : fd_(fd) {}
  ~StreamReader() {
    if (inflating_) inflateEnd(&zs_);
    close(fd_);
  }
  StreamReader(const StreamReader&) = delete;
  StreamReader& operator=(const StreamReader&) = delete;

  // As LineSplitter::ReadFunction: bytes written (as many as there are, up
  // to `size`), 0 at the end, -1 on an error (Error() says which).
  long Read(char* out, size_t size) {
    if (kind_ == Kind::kUnknown && !Start()) return -1;
    if (kind_ == Kind::kPlain) {
      if (in_begin_ < in_.size()) {
        const size_t n = std::min(size, in_.size() - in_begin_);
        std::memcpy(out, in_.data() + in_begin_, n);
        in_begin_ += n;
        return static_cast<long>(n);
      }
      return ReadSome(out, size);
    }
    return Inflate(out, size);
  }
  const std::string& Error() const { return error_; }

 private:
  enum class Kind { kUnknown, kPlain, kGzip };

  // read(2), again when a signal interrupts it.
  long ReadSome(char* buffer, size_t size) {
    for (;;) {
      const ssize_t got = read(fd_, buffer, size);
      if (got >= 0) return static_cast<long>(got);
      if (errno != EINTR) {
        error_ = std::strerror(errno);
        return -1;
      }
    }
  }

  // Reads until the first two bytes are in (or the stream ends) and tells
  // gzip from plain text by them.
  bool Start() {
    in_.resize(kChunkBytes);
    size_t have = 0;
    while (have < 2) {
      const long got = ReadSome(in_.data() + have, in_.size() - have);
      if (got < 0) return false;
      if (got == 0) break;
      have += static_cast<size_t>(got);
    }
    in_.resize(have);
    const bool gzip = have >= 2 && static_cast<unsigned char>(in_[0]) == 0x1f &&
                      static_cast<unsigned char>(in_[1]) == 0x8b;
    kind_ = gzip ? Kind::kGzip : Kind::kPlain;
    if (!gzip) return true;
    if (inflateInit2(&zs_, 15 + 16) != Z_OK) {  // 16: a gzip header and trailer
      error_ = "cannot decompress";
      return false;
    }
    inflating_ = true;
    in_.resize(kChunkBytes);
    zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
    zs_.avail_in = static_cast<uInt>(have);
    return true;
  }

  // Reads until at least `want` compressed bytes wait, or the input ends.
  bool Fill(uInt want) {
    while (zs_.avail_in < want && !input_ended_) {
      // The bytes left (if any) to the buffer's start, the read after them.
      std::memmove(in_.data(), zs_.next_in, zs_.avail_in);
      const long got = ReadSome(in_.data() + zs_.avail_in, in_.size() - zs_.avail_in);
      if (got < 0) return false;
      if (got == 0) input_ended_ = true;
      zs_.next_in = reinterpret_cast<Bytef*>(in_.data());
      zs_.avail_in += static_cast<uInt>(got);
    }
    return true;
  }

  long Inflate(char* out, size_t size) {
    for (;;) {
      // After a member, another follows when the next two bytes are gzip's
      // magic; anything else after one is ignored. zlib's gzread reads a
      // file so, and a pipe must give the same articles.
      if (!Fill(member_ended_ ? 2 : 1)) return -1;
      if (member_ended_) {
        const auto* next = zs_.next_in;
        if (zs_.avail_in < 2 || next[0] != 0x1f || next[1] != 0x8b) return 0;
        inflateReset(&zs_);
        member_ended_ = false;
      }
      if (zs_.avail_in == 0) {
        // The input ended inside a member: a cut archive is an error.
        error_ = "unexpected end of file";
        return -1;
      }
      zs_.next_out = reinterpret_cast<Bytef*>(out);
      zs_.avail_out = static_cast<uInt>(std::min<size_t>(size, std::numeric_limits<uInt>::max()));
      const uInt room = zs_.avail_out;
      const int code = inflate(&zs_, Z_NO_FLUSH);
      const size_t produced = room - zs_.avail_out;
      if (code == Z_STREAM_END) {
        member_ended_ = true;
      } else if (code != Z_OK && code != Z_BUF_ERROR) {
        error_ = zs_.msg != nullptr ? zs_.msg : "invalid compressed data";
        return -1;
      }
      if (produced > 0) return static_cast<long>(produced);
    }
  }

  int fd_;
  Kind kind_ = Kind::kUnknown;
  std::string in_;       // plain: the first bytes, until handed out; gzip: compressed input
  size_t in_begin_ = 0;  // plain: the first byte of in_ not yet handed out
  z_stream zs_{};
  bool inflating_ = false;
  bool input_ended_ = false;
  bool member_ended_ = false;
  std::string error_;
};

}  // namespace

JsonLinesFile::JsonLinesFile(std::shared_ptr<void> source, LineSplitter::ReadFunction read,
                             LineSplitter::ErrorFunction read_error, size_t max_line_bytes)
    : source_(std::move(source)), lines_(std::move(read), std::move(read_error), max_line_bytes) {}

JsonLinesFile::~JsonLinesFile() = default;

std::unique_ptr<JsonLinesFile> JsonLinesFile::FromDescriptor(int fd, size_t max_line_bytes) {
  auto stream = std::make_shared<StreamReader>(fd);
  StreamReader* reader = stream.get();
  return std::unique_ptr<JsonLinesFile>(new JsonLinesFile(
      std::move(stream), [reader](char* buffer, size_t size) { return reader->Read(buffer, size); },
      [reader] { return reader->Error(); }, max_line_bytes));
}

std::unique_ptr<JsonLinesFile> JsonLinesFile::Open(const std::string& path, size_t max_line_bytes,
                                                   InputError* error) {
  errno = 0;
  auto fail = [&] {
    std::string message = errno != 0 ? std::strerror(errno) : "cannot be opened";
    if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') message[0] += 'a' - 'A';
    *error = InputError{path, message, 0};
    return nullptr;
  };
  if (path == "-") {
    const int fd = dup(STDIN_FILENO);
    if (fd < 0) return fail();
    return FromDescriptor(fd, max_line_bytes);
  }
  // gzread passes bytes that are not gzip through unchanged, so one reader
  // serves plain and compressed archive files.
  gzFile gz = gzopen(path.c_str(), "rb");
  if (gz == nullptr) return fail();
  gzbuffer(gz, static_cast<unsigned>(kChunkBytes));
  std::shared_ptr<void> owner(gz, [](void* file) { gzclose(static_cast<gzFile>(file)); });
  return std::unique_ptr<JsonLinesFile>(new JsonLinesFile(
      std::move(owner),
      [gz](char* buffer, size_t size) -> long {
        int got = gzread(gz, buffer, static_cast<unsigned>(size));
        // A gzip stream cut short ends like a complete one, but for
        // Z_BUF_ERROR: a truncated archive is an error, not a last line.
        int code = Z_OK;
        if (got == 0) gzerror(gz, &code);
        return code == Z_BUF_ERROR ? -1 : got;
      },
      [gz] { return GzError(gz); }, max_line_bytes));
}

}  // namespace qa
