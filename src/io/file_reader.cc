#include "io/file_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
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

// Reads until end of file, or until one byte past `max_bytes`. Grows
// geometrically, so it is linear even when the size is unknown in advance
// (pipes, standard input).
bool ReadAll(std::FILE* file, size_t max_bytes, std::string* bytes, int* error) {
  struct stat info;
  if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    bytes->reserve(std::min(static_cast<size_t>(info.st_size), max_bytes));
  }
  char buffer[1 << 16];
  for (;;) {
    size_t room = max_bytes - std::min(bytes->size(), max_bytes);
    size_t want = room < sizeof buffer ? room + 1 : sizeof buffer;
    size_t n = std::fread(buffer, 1, want, file);
    bytes->append(buffer, n);
    if (n < want || bytes->size() > max_bytes) break;
  }
  if (std::ferror(file)) {
    *error = errno != 0 ? errno : EIO;
    return false;
  }
  return true;
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
    if (!ReadAll(stdin, max_bytes, &result.bytes, &error)) {
      result.error = InputError{path, "cannot read standard input: " + ErrnoText(error)};
    } else if (result.bytes.size() > max_bytes) {
      result.error = TooBig(path, max_bytes);
      result.bytes.clear();
    }
    return result;
  }
  errno = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    result.error = InputError{path, ErrnoText(errno)};
    return result;
  }
  if (!ReadAll(file, max_bytes, &result.bytes, &error)) {
    result.error = InputError{path, ErrnoText(error)};
    result.bytes.clear();
  } else if (result.bytes.size() > max_bytes) {
    result.error = TooBig(path, max_bytes);
    result.bytes.clear();
  }
  std::fclose(file);
  return result;
}

}  // namespace qa
