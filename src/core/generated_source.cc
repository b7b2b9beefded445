#include "core/generated_source.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace qa {

std::string CppStringLiteral(std::string_view bytes) {
  std::string out = "\"";
  size_t line_start = 0;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f && c != '"' && c != '\\') {
      out.push_back(c);
    } else {
      char escape[5];
      std::snprintf(escape, sizeof escape, "\\%03o", byte);
      out += escape;
    }
    if (out.size() - line_start > 100) {
      out += "\"\n    \"";
      line_start = out.size();
    }
  }
  return out + "\"";
}

bool WriteGeneratedSource(const std::string& path, std::string_view text) {
  const std::string partial = path + ".tmp";
  std::ofstream out(partial, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  std::error_code error;
  if (out) std::filesystem::rename(partial, path, error);
  return out && !error;
}

}  // namespace qa
