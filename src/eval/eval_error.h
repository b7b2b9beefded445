// A problem with an annotated corpus: an unreadable file, a malformed
// annotation line. Evaluation reports it and goes on with the rest.
#pragma once

#include <cstddef>
#include <string>

namespace qa {

struct EvalError {
  std::string path;  // the file at fault
  size_t line = 0;   // 1-based line in that file; 0 when not about one line
  std::string message;

  // "corpus/x.ann:7: <message>" (or "corpus/x.ann: <message>").
  std::string ToString() const {
    std::string out = path;
    if (line > 0) out += ":" + std::to_string(line);
    return out + ": " + message;
  }
};

}  // namespace qa
