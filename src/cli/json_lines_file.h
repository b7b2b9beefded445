// Reads the JSON Lines files of a distributed run (fingerprints,
// resolutions): each non-blank line in turn, with its 1-based number, from a
// file or from standard input ("-"). Articles are read by io/jsonl_reader.h
// instead, which bounds line length and reads .gz.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace qa {

// Calls `line` for each non-blank line; the callback returns false to stop.
// False with *error ("cannot read PATH", "read error in PATH") when the file
// could not be opened or read to its end.
bool ForEachJsonLine(const std::string& path,
                     const std::function<bool(size_t number, std::string_view line)>& line,
                     std::string* error);

}  // namespace qa
