#include "report/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qa {

std::unique_ptr<OutputFile> OutputFile::Open(const std::string& path, std::string* error) {
  std::unique_ptr<OutputFile> file(new OutputFile());
  file->path_ = path;
  // Beside the target, so the rename stays on one file system. mkstemp makes
  // a new file under a name no one could have guessed and planted a link
  // at, so the temporary file is never someone else's file.
  std::string name = path + ".tmp-quoteaudit-XXXXXX";
  int fd = mkstemp(name.data());
  if (fd < 0) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    return nullptr;
  }
  // mkstemp makes it 0600; a report is as readable as any new file.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  close(fd);
  file->temporary_ = name;
  file->stream_.open(file->temporary_, std::ios::binary | std::ios::trunc);
  if (!file->stream_) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    std::remove(name.c_str());
    file->temporary_.clear();
    return nullptr;
  }
  return file;
}

OutputFile::~OutputFile() {
  if (!committed_ && !temporary_.empty()) {
    stream_.close();
    std::remove(temporary_.c_str());
  }
}

bool OutputFile::Commit(std::string* error) {
  stream_.flush();
  bool written = static_cast<bool>(stream_);
  stream_.close();
  if (!written || stream_.fail()) {
    *error = "cannot write " + path_ + ": the report could not be written whole";
    return false;
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    *error = "cannot write " + path_ + ": " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace qa
