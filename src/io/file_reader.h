// Reads a whole file's bytes, binary-safe ("-" reads standard input).
#pragma once

#include <optional>
#include <string>

#include "io/input_error.h"

namespace qa {

struct FileBytes {
  std::string bytes;
  std::optional<InputError> error;  // set when the file could not be read
};

FileBytes ReadFileBytes(const std::string& path);

}  // namespace qa
