// Writes the benchmark's articles (article_generator.h says what is in them)
// as a folder of .txt files, one file, or JSON Lines, and the pathological
// inputs, one file each.
//
//   generate_articles --articles 2000 --output DIR            a folder of .txt files
//   generate_articles --articles 2000 --format file -o F.txt  one file, blank lines between
//   generate_articles --articles 2000 --format jsonl -o F     {"id":..,"text":..} per line
//   generate_articles --mode paragraph --bytes 52428800 -o F  one paragraph, no line break
//   generate_articles --mode sentence --bytes 52428800 -o F   the same, no full stop either
//   generate_articles --mode quote-marks --marks 100000 -o F  short quotes, dense marks
//   generate_articles --mode copies --copies 10000 -o F       one paragraph, many times
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "article_generator.h"

using namespace qa_bench;

namespace {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool Write(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

int Usage(const char* message) {
  std::cerr
      << "generate_articles: " << message
      << "\nusage: generate_articles [--mode articles|paragraph|sentence|quote-marks|copies]\n"
         "  [--format dir|file|jsonl] --output PATH (- for stdout, not with dir)\n"
         "  [--seed N] [--articles N] [--size BYTES] [--quotes-per-kb F]\n"
         "  [--bytes N (paragraph, sentence)] [--marks N (quote-marks)] [--copies N (copies)]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (i + 1 >= argc) return Usage("every option takes a value");
    const char* value = argv[i + 1];
    const auto count = [value] { return std::strtoull(value, nullptr, 10); };
    if (flag == "--mode") {
      o.mode = value;
    } else if (flag == "--format") {
      o.format = value;
    } else if (flag == "--output" || flag == "-o") {
      o.output = value;
    } else if (flag == "--seed") {
      o.seed = count();
    } else if (flag == "--articles") {
      o.articles = count();
    } else if (flag == "--size") {
      o.size = count();
    } else if (flag == "--quotes-per-kb") {
      o.quotes_per_kb = std::strtod(value, nullptr);
    } else if (flag == "--bytes") {
      o.bytes = count();
    } else if (flag == "--marks") {
      o.marks = count();
    } else if (flag == "--copies") {
      o.copies = count();
    } else {
      return Usage("unknown option");
    }
  }
  if (o.output.empty()) return Usage("--output is required");
  Random r(o.seed);
  if (o.mode == "paragraph") return Write(o.output, OneParagraph(&r, o.bytes)) ? 0 : 1;
  if (o.mode == "sentence") return Write(o.output, OneSentence(&r, o.bytes)) ? 0 : 1;
  if (o.mode == "quote-marks") return Write(o.output, QuoteMarks(&r, o.marks)) ? 0 : 1;
  if (o.mode == "copies") return Write(o.output, Copies(&r, o.copies)) ? 0 : 1;
  if (o.mode != "articles") return Usage("unknown --mode");
  if (o.size < 200) return Usage("--size must be at least 200");
  if (o.format != "dir" && o.format != "file" && o.format != "jsonl") {
    return Usage("unknown --format");
  }
  if (o.format == "dir" && o.output == "-") return Usage("--format dir needs a folder");

  // One file (or standard output) is written as the articles come, so a
  // gigabyte of JSON Lines never sits in memory.
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (o.format == "dir") {
    std::filesystem::create_directories(o.output);
  } else if (o.output != "-") {
    file.open(o.output, std::ios::binary);
    out = &file;
  }
  ArticleStream articles(o);
  for (size_t i = 0; i < o.articles && *out; ++i) {
    const std::string text = articles.Next();
    char id[32];
    std::snprintf(id, sizeof id, "article-%06zu", i + 1);
    if (o.format == "dir") {
      if (!Write((std::filesystem::path(o.output) / (std::string(id) + ".txt")).string(),
                 text + "\n"))
        return 1;
    } else if (o.format == "file") {
      *out << text << "\n\n";
    } else {
      *out << "{\"id\":" << JsonString(id) << ",\"text\":" << JsonString(text) << "}\n";
    }
  }
  out->flush();
  return *out ? 0 : 1;
}
