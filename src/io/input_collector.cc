#include "io/input_collector.h"

#include <algorithm>
#include <system_error>

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

// Appends the wanted files under `root` (and errors for directories that
// cannot be listed). Uses an explicit stack, not recursion, since trees can be
// deep; symbolic links to directories are not followed, so a link cycle cannot
// loop. Order is fixed afterwards by sorting.
// The hooks' verdict on one walked path.
WalkChoice Choose(const fs::path& path, bool is_directory, const CollectOptions& options) {
  if (options.ignore && options.ignore(path)) return WalkChoice::kLeaveOut;
  if (options.choose) return options.choose(path, is_directory);
  return WalkChoice::kByExtension;
}

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
      bool is_directory = !entry.is_symlink(ignored) && entry.is_directory(ignored);
      WalkChoice choice = Choose(path, is_directory, options);
      if (choice == WalkChoice::kLeaveOut) {
        ++(is_directory ? stats->directories_left_out : stats->files_left_out);
        continue;
      }
      bool wanted = choice == WalkChoice::kTake || HasExtension(path, options.extensions);
      if (entry.is_symlink(ignored)) {
        if (!wanted) continue;
        if (!entry.exists(ignored)) {
          out->push_back(Failed(path, "broken symbolic link"));
        } else if (entry.is_regular_file(ignored)) {
          out->push_back({path.string(), std::nullopt});
        }
      } else if (is_directory) {
        pending.push_back(path);
      } else if (entry.is_regular_file(ignored) && wanted) {
        out->push_back({path.string(), std::nullopt});
      }
    }
    if (error) out->push_back(Failed(directory, Describe(error)));
  }
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
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                [](const CollectedInput& a, const CollectedInput& b) {
                  return fs::path(a.path) < fs::path(b.path);
                });
    } else {
      // Regular files, and also pipes such as bash's <(command).
      out.push_back({argument, std::nullopt});
    }
  }
  return out;
}

}  // namespace qa
