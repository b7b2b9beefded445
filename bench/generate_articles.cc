// Writes the benchmark's articles (article_generator.h says what is in them)
// as a folder of .txt files, one file, or JSON Lines, and the pathological
// inputs, one file each.
//
//   generate_articles --articles 2000 --output DIR            a folder of .txt files
//   generate_articles --articles 2000 --format file -o F.txt  one file, blank lines between
//   generate_articles --articles 2000 --format jsonl -o F     {"id":..,"text":..} per line
//   generate_articles --mode paragraph --bytes 52428800 -o F  one paragraph, no line break
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
  std::cerr << "generate_articles: " << message
            << "\nusage: generate_articles [--mode articles|paragraph|quote-marks|copies]\n"
               "  [--format dir|file|jsonl] --output PATH (- for stdout, not with dir)\n"
               "  [--seed N] [--articles N] [--size BYTES] [--quotes-per-kb F]\n"
               "  [--bytes N (paragraph)] [--marks N (quote-marks)] [--copies N (copies)]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (i + 1 >= argc) return Usage("every option takes a value");
    const char* value = argv[++i];
    if (flag == "--mode")
      o.mode = value;
    else if (flag == "--format")
      o.format = value;
    else if (flag == "--output" || flag == "-o")
      o.output = value;
    else if (flag == "--seed")
      o.seed = std::strtoull(value, nullptr, 10);
    else if (flag == "--articles")
      o.articles = std::strtoull(value, nullptr, 10);
    else if (flag == "--size")
      o.size = std::strtoull(value, nullptr, 10);
    else if (flag == "--quotes-per-kb")
      o.quotes_per_kb = std::strtod(value, nullptr);
    else if (flag == "--bytes")
      o.bytes = std::strtoull(value, nullptr, 10);
    else if (flag == "--marks")
      o.marks = std::strtoull(value, nullptr, 10);
    else if (flag == "--copies")
      o.copies = std::strtoull(value, nullptr, 10);
    else
      return Usage("unknown option");
  }
  if (o.output.empty()) return Usage("--output is required");
  Random r(o.seed);
  if (o.mode == "paragraph") return Write(o.output, OneParagraph(&r, o.bytes)) ? 0 : 1;
  if (o.mode == "quote-marks") return Write(o.output, QuoteMarks(&r, o.marks)) ? 0 : 1;
  if (o.mode == "copies") return Write(o.output, Copies(&r, o.copies)) ? 0 : 1;
  if (o.mode != "articles") return Usage("unknown --mode");
  if (o.size < 200) return Usage("--size must be at least 200");

  std::string joined;
  if (o.format == "dir") {
    if (o.output == "-") return Usage("--format dir needs a folder");
    std::filesystem::create_directories(o.output);
  } else if (o.format != "file" && o.format != "jsonl") {
    return Usage("unknown --format");
  }
  ArticleStream articles(o);
  for (size_t i = 0; i < o.articles; ++i) {
    const std::string text = articles.Next();
    char id[32];
    std::snprintf(id, sizeof id, "article-%06zu", i + 1);
    if (o.format == "dir") {
      if (!Write((std::filesystem::path(o.output) / (std::string(id) + ".txt")).string(),
                 text + "\n"))
        return 1;
    } else if (o.format == "file") {
      joined += text + "\n\n";
    } else {
      joined += "{\"id\":" + JsonString(id) + ",\"text\":" + JsonString(text) + "}\n";
    }
  }
  if (o.format != "dir" && !Write(o.output, joined)) return 1;
  return 0;
}
