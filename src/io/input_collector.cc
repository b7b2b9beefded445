#include "io/input_collector.h"

#include <algorithm>
#include <cstdio>
#include <system_error>

#include "core/utf8.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// strerror-style text, starting lower-case so it reads naturally after
// "path: " ("missing.txt: no such file or directory").
std::string Describe(const std::error_code& error) {
  std::string message = error.message();
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') {
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  }
  return message;
}

CollectedInput Failed(const fs::path& path, std::string message) {
  return {path.string(), InputError{path.string(), std::move(message)}};
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool HasExtension(const fs::path& path, const std::vector<std::string>& extensions) {
  std::string extension = Lower(path.extension().string());
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

// `name` with every byte that is not part of valid UTF-8 written \xNN, so a
// message about it can be printed and read.
std::string EscapeInvalidUtf8(std::string_view name, bool* had_invalid) {
  std::string out;
  *had_invalid = false;
  for (size_t i = 0; i < name.size();) {
    size_t length = ValidUtf8Length(name, i);
    if (length == 0) {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(name[i]));
      out += escaped;
      *had_invalid = true;
      ++i;
    } else {
      out.append(name, i, length);
      i += length;
    }
  }
  return out;
}

// What a walked path that is neither a regular file nor a directory is.
const char* SpecialKind(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a FIFO (named pipe)";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::character:
      return "a character device";
    default:
      return "not a regular file";
  }
}

// The hooks' verdict on one walked path.
WalkChoice Choose(const fs::path& path, bool is_directory, const CollectOptions& options) {
  if (options.ignore && options.ignore(path)) return WalkChoice::kLeaveOut;
  if (options.choose) return options.choose(path, is_directory);
  return WalkChoice::kByExtension;
}

// Appends the wanted files under `root` (and errors for directories that
// cannot be listed). Uses an explicit stack, not recursion, since trees can be
// deep; symbolic links to directories are not followed, so a link cycle cannot
// loop. Nothing is opened here: FIFOs, sockets and devices are told apart by
// their type (a FIFO would block an open), reported and skipped, as are links
// that loop and names that are not UTF-8. Order is fixed afterwards by sorting.
void Walk(const fs::path& root, const CollectOptions& options, std::vector<CollectedInput>* out,
          CollectStats* stats) {
  std::vector<fs::path> pending = {root};
  while (!pending.empty()) {
    fs::path directory = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    for (fs::directory_iterator it(directory, error); !error && it != fs::directory_iterator();
         it.increment(error)) {
      const fs::directory_entry& entry = *it;
      const fs::path& path = entry.path();
      if (options.skip_hidden && IsHidden(path)) continue;
      std::error_code ignored;
      bool is_link = entry.is_symlink(ignored);
      bool is_directory = !is_link && entry.is_directory(ignored);
      WalkChoice choice = Choose(path, is_directory, options);
      if (choice == WalkChoice::kLeaveOut) {
        ++(is_directory ? stats->directories_left_out : stats->files_left_out);
        continue;
      }
      bool wanted = choice == WalkChoice::kTake || HasExtension(path, options.extensions);
      if (!is_directory && !wanted) continue;
      bool invalid_name = false;
      std::string shown = EscapeInvalidUtf8(path.string(), &invalid_name);
      if (invalid_name) {
        out->push_back({shown, InputError{shown, std::string(is_directory ? "folder" : "file") +
                                                     " name is not valid UTF-8; skipped"}});
        continue;
      }
      if (is_directory) {
        pending.push_back(path);
        continue;
      }
      // A plain file as the directory listing gives it, without asking the
      // disk again (an archive's folders hold thousands).
      if (!is_link && entry.is_regular_file(ignored)) {
        out->push_back({path.string(), std::nullopt});
        continue;
      }
      // The type of what the path leads to (through a link).
      std::error_code status_error;
      fs::file_status status = fs::status(path, status_error);
      if (is_link && status_error == std::errc::too_many_symbolic_link_levels) {
        out->push_back(Failed(path, "symbolic link loop; skipped"));
      } else if (is_link && (status_error || !fs::exists(status))) {
        out->push_back(Failed(path, "broken symbolic link"));
      } else if (status_error) {
        out->push_back(Failed(path, Describe(status_error)));
      } else if (fs::is_regular_file(status)) {
        out->push_back({path.string(), std::nullopt});
      } else if (!fs::is_directory(status)) {
        out->push_back(Failed(path, std::string(SpecialKind(status.type())) + "; skipped"));
      }
      // A link to a folder is not followed.
    }
    if (error) out->push_back(Failed(directory, Describe(error)));
  }
}

// Sorts out[from, ...) as fs::path orders them, element by element, so
// "a/b.txt" comes before "a-c.txt". The paths of one walk all begin with its
// root and are joined below it by single separators, so with each separator
// made the lowest byte (no name holds a NUL) plain byte order is that order:
// an element sorts before any longer one it begins. Comparing fs::paths
// was a tenth of a walk over many small files.
void SortAsPaths(std::vector<CollectedInput>* out, size_t from) {
  std::vector<std::pair<std::string, CollectedInput>> keyed;
  keyed.reserve(out->size() - from);
  for (size_t i = from; i < out->size(); ++i) {
    std::string key = (*out)[i].path;
    std::replace(key.begin(), key.end(), '/', '\0');
    keyed.emplace_back(std::move(key), std::move((*out)[i]));
  }
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < keyed.size(); ++i) (*out)[from + i] = std::move(keyed[i].second);
}

}  // namespace

std::vector<CollectedInput> CollectInputs(const std::vector<std::string>& arguments,
                                          const CollectOptions& options, CollectStats* stats) {
  CollectStats unused;
  if (stats == nullptr) stats = &unused;
  std::vector<CollectedInput> out;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      out.push_back({argument, std::nullopt});
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(argument, error);
    if (!error && !fs::exists(status)) {
      error = std::make_error_code(std::errc::no_such_file_or_directory);
    }
    if (error) {
      out.push_back(Failed(argument, Describe(error)));
    } else if (fs::is_directory(status)) {
      size_t from = out.size();
      ++stats->directories_walked;
      Walk(argument, options, &out, stats);
      // fs::path compares element by element, so "a/b.txt" sorts before
      // "a-c.txt": a tree order that does not depend on the file system.
      SortAsPaths(&out, from);
    } else {
      // Regular files, and also pipes such as bash's <(command).
      out.push_back({argument, std::nullopt});
    }
  }
  return out;
}

}  // namespace qa
