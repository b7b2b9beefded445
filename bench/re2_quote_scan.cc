// The floor the benchmark measures quoteaudit against (issue 14): one RE2
// regex for double-quoted spans, straight or curly, run over the same bytes
// (files, or every file under a folder), counting matches. It reads and scans
// each file in turn, as quoteaudit does, and prints bytes, matches, seconds
// and MB/s of its own work; scripts/bench times the whole process.
//
//   re2_quote_scan PATH...
#include <re2/re2.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> Files(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: re2_quote_scan PATH...\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  // Straight "..." or curly “...”, never across a closing mark.
  const RE2 quote("\"[^\"]*\"|\u201C[^\u201D]*\u201D");
  if (!quote.ok()) return 2;
  size_t bytes = 0;
  size_t matches = 0;
  std::string text;
  for (const std::filesystem::path& file : Files(argc, argv)) {
    std::ifstream in(file, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += text.size();
    re2::StringPiece input(text);
    while (RE2::FindAndConsume(&input, quote)) ++matches;  // never matches empty
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("bytes %zu\nmatches %zu\nseconds %.4f\nMB/s %.1f\n", bytes, matches, seconds,
              bytes / 1e6 / std::max(seconds, 1e-9));
  return 0;
}
