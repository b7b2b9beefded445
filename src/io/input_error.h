// An input that could not be audited: a missing path, an unreadable file or
// directory, a binary file. Errors are values; the batch goes on with the
// other inputs and the CLI turns any of these into exit code 2.
#pragma once

#include <cstddef>
#include <string>

namespace qa {

struct InputError {
  std::string path;     // as given by the user, or as found by the walk
  std::string message;  // "no such file or directory"
  size_t offset = 0;    // byte offset the message refers to, 0 when none

  // "missing.txt: no such file or directory"
  std::string ToString() const { return path + ": " + message; }
};

}  // namespace qa
