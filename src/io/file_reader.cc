#include "io/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/limits.h"

namespace qa {
namespace {

std::string ErrnoText(int error) {
  std::string message = std::strerror(error);
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') {
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  }
  return message;
}

// Reads until end of file, or until one byte past `max_bytes`, straight
// into `bytes`. A regular file's size is known: it is read in one call, and
// a short read is its end (an archive's files cost one read each, not a
// second one that returns nothing, and no stdio buffer). Anything else
// (pipes, standard input) is read until a read returns nothing, in chunks
// that grow with what has been read, so it is linear even when the size is
// unknown in advance.
bool ReadAll(int fd, size_t max_bytes, std::string* bytes, int* error) {
  constexpr size_t kChunk = size_t{1} << 16;
  struct stat info;
  const bool regular = fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  const size_t known = regular && info.st_size > 0 ? static_cast<size_t>(info.st_size) : 0;
  for (;;) {
    const size_t room = max_bytes - std::min(bytes->size(), max_bytes);
    // One byte past the known size (or the limit) shows where either ends.
    size_t want = std::max(kChunk, bytes->size());
    if (known > bytes->size()) want = known - bytes->size() + 1;
    if (room < want) want = room + 1;
    const size_t had = bytes->size();
    bytes->resize(had + want);
    ssize_t n;
    do {
      n = read(fd, bytes->data() + had, want);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      *error = errno != 0 ? errno : EIO;
      bytes->resize(had);
      return false;
    }
    const auto got = static_cast<size_t>(n);
    bytes->resize(had + got);
    // A file whose size the system gives ends at a short read; one that
    // says 0 (/proc) may give less than asked and still go on.
    if (got == 0 || bytes->size() > max_bytes || (known > 0 && got < want)) return true;
  }
}

// The error for an input bigger than `max_bytes`.
InputError TooBig(const std::string& path, size_t max_bytes) {
  return InputError{
      path, "article bigger than " + LimitText("max_article_bytes", max_bytes) + "; not read",
      max_bytes};
}

}  // namespace

FileBytes ReadFileBytes(const std::string& path, size_t max_bytes) {
  FileBytes result;
  int error = 0;
  if (path == "-") {
    errno = 0;
    if (!ReadAll(STDIN_FILENO, max_bytes, &result.bytes, &error)) {
      result.error = InputError{path, "cannot read standard input: " + ErrnoText(error)};
    } else if (result.bytes.size() > max_bytes) {
      result.error = TooBig(path, max_bytes);
      result.bytes.clear();
    }
    return result;
  }
  errno = 0;
  int fd;
  do {
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    result.error = InputError{path, ErrnoText(errno)};
    return result;
  }
  if (!ReadAll(fd, max_bytes, &result.bytes, &error)) {
    result.error = InputError{path, ErrnoText(error)};
    result.bytes.clear();
  } else if (result.bytes.size() > max_bytes) {
    result.error = TooBig(path, max_bytes);
    result.bytes.clear();
  }
  close(fd);
  return result;
}

}  // namespace qa
