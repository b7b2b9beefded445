// Reads a whole file's bytes, binary-safe ("-" reads standard input).
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>

#include "io/input_error.h"

namespace qa {

struct FileBytes {
  std::string bytes;
  std::optional<InputError> error;  // set when the file could not be read
};

// With `max_bytes`, a file or stream holding more is an error naming the
// limit (core/limits.h), its offset the first byte over it, and no more than
// max_bytes + 1 bytes are ever read: /dev/zero or an endless pipe end too.
FileBytes ReadFileBytes(const std::string& path,
                        size_t max_bytes = std::numeric_limits<size_t>::max());

}  // namespace qa
