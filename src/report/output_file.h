// A report file that is written whole or not at all: the report goes to a
// temporary file beside the target, and Commit() renames it into place. A
// run that stops early (or a reporter that fails) leaves any earlier report
// at that path untouched and no partial file behind.
#pragma once

#include <fstream>
#include <memory>
#include <string>

namespace qa {

class OutputFile {
 public:
  // nullptr with *error set ("cannot write out/report.sarif: No such file or
  // directory") when the temporary file cannot be created.
  static std::unique_ptr<OutputFile> Open(const std::string& path, std::string* error);
  ~OutputFile();  // removes the temporary file unless committed

  std::ostream& stream() { return stream_; }
  const std::string& path() const { return path_; }
  // Flushes, closes and renames the file into place; false with *error set
  // when any write failed (disk full) or the rename did.
  bool Commit(std::string* error);

 private:
  OutputFile() = default;
  std::string path_;
  std::string temporary_;
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace qa
