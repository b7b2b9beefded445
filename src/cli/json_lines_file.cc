#include "cli/json_lines_file.h"

#include <fstream>
#include <iostream>

namespace qa {

bool ForEachJsonLine(const std::string& path,
                     const std::function<bool(size_t number, std::string_view line)>& line,
                     std::string* error) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      *error = "cannot read " + path;
      return false;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::string text;
  for (size_t number = 1; std::getline(in, text); ++number) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (!line(number, text)) return true;
  }
  if (in.bad()) {
    *error = "read error in " + path;
    return false;
  }
  return true;
}

}  // namespace qa
