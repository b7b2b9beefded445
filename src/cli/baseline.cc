#include "cli/baseline.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string_view>

#include "report/excerpt.h"
#include "report/output_file.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

// One line, so the file stays sorted as a whole (entries sort after '#').
constexpr std::string_view kHeader =
    "# quoteaudit baseline (docs/pull-requests.md), written by --update-baseline: accepted "
    "findings, one a line: path<TAB>rule<TAB>fingerprint<TAB>excerpt\n";

constexpr size_t kExcerptLength = 80;  // code points

// A path may hold any byte but NUL; the few that would break a line or a
// field are escaped.
std::string EscapePath(std::string_view path) {
  std::string out;
  for (char c : path) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string UnescapePath(std::string_view field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out += field[i];
      continue;
    }
    char c = field[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

// "9f0c1d2e3a4b5c6d:1": 16 lower-case hex digits, ':', an occurrence number.
bool IsFingerprint(std::string_view text) {
  if (text.size() < 18 || text[16] != ':') return false;
  for (size_t i = 0; i < 16; ++i) {
    char c = text[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  for (size_t i = 17; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

// One entry line; false when it is not PATH<TAB>RULE<TAB>FINGERPRINT[<TAB>...].
bool ParseEntry(std::string_view line, BaselineEntry* entry) {
  size_t first = line.find('\t');
  if (first == std::string_view::npos) return false;
  size_t second = line.find('\t', first + 1);
  if (second == std::string_view::npos) return false;
  size_t third = line.find('\t', second + 1);
  std::string_view path = line.substr(0, first);
  std::string_view rule = line.substr(first + 1, second - first - 1);
  std::string_view fingerprint = line.substr(
      second + 1, third == std::string_view::npos ? std::string_view::npos : third - second - 1);
  if (path.empty() || rule.empty() || !IsFingerprint(fingerprint)) return false;
  entry->path = UnescapePath(path);
  entry->rule = std::string(rule);
  entry->fingerprint = std::string(fingerprint);
  if (third != std::string_view::npos) entry->excerpt = std::string(line.substr(third + 1));
  return true;
}

fs::path CanonicalOrAbsolute(const fs::path& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? fs::absolute(path, error).lexically_normal() : canonical;
}

}  // namespace

BaselinePaths::BaselinePaths(const fs::path& baseline_file)
    : folder_(CanonicalOrAbsolute(baseline_file).parent_path()) {}

std::string BaselinePaths::For(const std::string& path) const {
  if (path == "-") return path;
  fs::path relative = CanonicalOrAbsolute(path).lexically_relative(folder_);
  return relative.empty() ? fs::path(path).generic_string() : relative.generic_string();
}

bool BaselinePaths::Exists(const std::string& entry_path) const {
  if (entry_path == "-") return false;
  std::error_code error;
  return fs::exists(folder_ / entry_path, error);
}

std::optional<Baseline> Baseline::Load(const std::string& file, std::string* error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::error_code ignored;
    *error = "baseline " + file +
             (fs::exists(file, ignored) ? " cannot be read"
                                        : " does not exist (create it with --update-baseline)");
    return std::nullopt;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = "baseline " + file + " cannot be read";
    return std::nullopt;
  }
  return Parse(text, file, error);
}

std::optional<Baseline> Baseline::Parse(std::string_view text, const std::string& file,
                                        std::string* error) {
  Baseline baseline;
  size_t number = 0;
  while (!text.empty()) {
    ++number;
    size_t end = text.find('\n');
    std::string line(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos || line.front() == '#') continue;
    BaselineEntry entry;
    if (!ParseEntry(line, &entry)) {
      *error = file + ":" + std::to_string(number) +
               ": not a baseline entry (PATH, RULE, FINGERPRINT and an excerpt, tab-separated)";
      return std::nullopt;
    }
    baseline.entries_.insert(std::move(entry));
  }
  return baseline;
}

bool Baseline::Contains(const std::string& path, const Finding& finding) const {
  BaselineEntry probe{path, finding.rule, finding.fingerprint, ""};
  return entries_.count(probe) > 0;
}

std::vector<Finding> TakeBaselined(const Baseline& baseline, const std::string& path,
                                   std::vector<Finding>* findings) {
  std::vector<Finding> taken;
  std::vector<Finding> kept;
  for (Finding& finding : *findings) {
    (baseline.Contains(path, finding) ? taken : kept).push_back(std::move(finding));
  }
  *findings = std::move(kept);
  return taken;
}

void AddBaselineEntries(const std::string& path, const Document& document,
                        const std::vector<Finding>& findings, std::set<BaselineEntry>* entries) {
  for (const Finding& finding : findings) {
    entries->insert(
        {path, finding.rule, finding.fingerprint,
         Excerpt(document.original(), document.ToSource(finding.span), kExcerptLength)});
  }
}

bool WriteBaseline(const std::string& file, const std::set<BaselineEntry>& entries,
                   std::string* error) {
  std::unique_ptr<OutputFile> out = OutputFile::Open(file, error);
  if (out == nullptr) return false;
  // Sorted as the lines are written, so the file is sorted as text.
  std::vector<std::string> lines;
  lines.reserve(entries.size());
  for (const BaselineEntry& entry : entries) {
    lines.push_back(EscapePath(entry.path) + '\t' + entry.rule + '\t' + entry.fingerprint + '\t' +
                    entry.excerpt + '\n');
  }
  std::sort(lines.begin(), lines.end());
  out->stream() << kHeader;
  for (const std::string& line : lines) out->stream() << line;
  return out->Commit(error);
}

}  // namespace qa
