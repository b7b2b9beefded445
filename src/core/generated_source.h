// For the build steps that write C++ sources (the rule snapshot, the
// Unicode class tables, the word tables): how bytes become a string
// literal, and how the file is written.
#pragma once

#include <string>
#include <string_view>

namespace qa {

// `bytes` as a C++ string literal: printable ASCII as itself, anything else
// as a three-digit octal escape (never read together with a following
// digit), broken into lines of about 100 characters.
std::string CppStringLiteral(std::string_view bytes);

// Writes `text` to `path` whole: to `path`.tmp first, then renamed, so a
// failed run leaves no half file behind. False when it could not.
bool WriteGeneratedSource(const std::string& path, std::string_view text);

}  // namespace qa
