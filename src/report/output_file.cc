#include "report/output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace qa {

std::unique_ptr<OutputFile> OutputFile::Open(const std::string& path, std::string* error) {
  std::unique_ptr<OutputFile> file(new OutputFile());
  file->path_ = path;
  // Beside the target, so the rename stays on one file system.
  file->temporary_ = path + ".tmp-quoteaudit-" + std::to_string(getpid());
  file->stream_.open(file->temporary_, std::ios::binary | std::ios::trunc);
  if (!file->stream_) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
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
