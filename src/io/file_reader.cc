#include "io/file_reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qa {
namespace {

std::string ErrnoText(int error) {
  std::string message = std::strerror(error);
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') {
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  }
  return message;
}

// Reads until end of file. Grows geometrically, so it is linear even when
// the size is unknown in advance (pipes, standard input).
bool ReadAll(std::FILE* file, std::string* bytes, int* error) {
  struct stat info;
  if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    bytes->reserve(static_cast<size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    size_t n = std::fread(buffer, 1, sizeof buffer, file);
    bytes->append(buffer, n);
    if (n < sizeof buffer) break;
  }
  if (std::ferror(file)) {
    *error = errno != 0 ? errno : EIO;
    return false;
  }
  return true;
}

}  // namespace

FileBytes ReadFileBytes(const std::string& path) {
  FileBytes result;
  int error = 0;
  if (path == "-") {
    errno = 0;
    if (!ReadAll(stdin, &result.bytes, &error)) {
      result.error = InputError{path, "cannot read standard input: " + ErrnoText(error)};
    }
    return result;
  }
  errno = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    result.error = InputError{path, ErrnoText(errno)};
    return result;
  }
  if (!ReadAll(file, &result.bytes, &error)) {
    result.error = InputError{path, ErrnoText(error)};
    result.bytes.clear();
  }
  std::fclose(file);
  return result;
}

}  // namespace qa
