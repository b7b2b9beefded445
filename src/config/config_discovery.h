// Finding the .quoteaudit.json that applies to an input: the first one in the
// input's folder or any folder above it, up to the file-system root.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace qa {

// The config for `input`: a file's folder is searched first; for a
// directory, the directory itself; for "-" (standard input), the current
// directory. Returns the config's path as DisplayPath gives it, or nullopt
// when no folder up to the root has one.
std::optional<std::string> FindConfigFor(const std::string& input);

// The same, starting at `directory` (absolute or relative to the current
// directory).
std::optional<std::string> FindConfigFrom(const std::filesystem::path& directory);

// The folder whose config applies to `input`, as an absolute, normal path:
// the parent of a file, a directory itself, the current directory for "-".
std::filesystem::path SearchStart(const std::string& input);

// How a config path is shown in messages: relative to the current directory
// when it lies below it ("site/.quoteaudit.json"), absolute otherwise.
std::string DisplayPath(const std::filesystem::path& absolute);

// `path` made absolute and normal ("a/./b/../c" -> "/cwd/a/c").
std::filesystem::path AbsoluteNormal(const std::filesystem::path& path);

}  // namespace qa
