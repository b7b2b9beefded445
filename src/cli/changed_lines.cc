#include "cli/changed_lines.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace qa {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Reads a number at *text and moves past it.
std::optional<size_t> ReadNumber(std::string_view* text) {
  size_t value = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end == text->data()) return std::nullopt;
  text->remove_prefix(static_cast<size_t>(end - text->data()));
  return value;
}

// "@@ -a[,b] +c[,d] @@ ...": the new side's first line and count.
std::optional<LineRange> NewSideOfHunk(std::string_view line) {
  size_t plus = line.find(" +");
  if (plus == std::string_view::npos) return std::nullopt;
  std::string_view rest = line.substr(plus + 2);
  std::optional<size_t> start = ReadNumber(&rest);
  if (!start) return std::nullopt;
  size_t count = 1;
  if (!rest.empty() && rest.front() == ',') {
    rest.remove_prefix(1);
    std::optional<size_t> parsed = ReadNumber(&rest);
    if (!parsed) return std::nullopt;
    count = *parsed;
  }
  if (count > 0) return LineRange{*start, *start + count - 1};
  // Only deletions: they sit after line `start` (0: at the top).
  return LineRange{std::max<size_t>(*start, 1), *start + 1};
}

// Reads one path of a "diff --git" header at the front of *text, quoted or
// not, without its "a/" or "b/" prefix.
std::string TakeQuotedPath(std::string_view* text) {
  // The closing quote is the first one not escaped by a backslash.
  size_t end = 1;
  while (end < text->size() && (*text)[end] != '"') end += (*text)[end] == '\\' ? 2 : 1;
  std::string path = UnquoteGitPath(text->substr(0, end + 1));
  text->remove_prefix(std::min(text->size(), end + 1));
  return path.size() >= 2 ? path.substr(2) : path;
}

// The path of "diff --git a/P b/P". Without renames both names are the
// same, so an unquoted line is split in the middle (a path may hold spaces).
std::string PathOfHeader(std::string_view names) {
  if (!names.empty() && names.front() == '"') {
    TakeQuotedPath(&names);  // a/P
    if (!names.empty() && names.front() == ' ') names.remove_prefix(1);
    return TakeQuotedPath(&names);
  }
  if (names.size() < 5) return std::string(names);
  size_t length = (names.size() - 5) / 2;  // "a/" P " b/" P
  return std::string(names.substr(names.size() - length));
}

}  // namespace

bool FileChanges::Touches(size_t first, size_t last) const {
  if (whole_file) return true;
  // Hunks come in line order, so both ends of the ranges ascend: the first
  // range that ends at or after `first` is the only one to look at. A file
  // with many hunks and many findings stays cheap.
  auto range = std::lower_bound(lines.begin(), lines.end(), first,
                                [](const LineRange& r, size_t line) { return r.last < line; });
  return range != lines.end() && range->first <= last;
}

std::string UnquoteGitPath(std::string_view quoted) {
  if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"') {
    return std::string(quoted);
  }
  std::string_view body = quoted.substr(1, quoted.size() - 2);
  std::string path;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 == body.size()) {
      path += body[i];
      continue;
    }
    char c = body[++i];
    switch (c) {
      case 'a':
        path += '\a';
        break;
      case 'b':
        path += '\b';
        break;
      case 'f':
        path += '\f';
        break;
      case 'n':
        path += '\n';
        break;
      case 'r':
        path += '\r';
        break;
      case 't':
        path += '\t';
        break;
      case 'v':
        path += '\v';
        break;
      default:
        if (c >= '0' && c <= '7') {
          // Three octal digits: one byte of a non-ASCII path.
          int value = 0;
          size_t digits = 0;
          for (; digits < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++digits) {
            value = value * 8 + (body[i++] - '0');
          }
          --i;
          path += static_cast<char>(value);
        } else {
          path += c;  // \" and \\ .
        }
    }
  }
  return path;
}

void GitDiffReader::Feed(std::string_view piece) {
  while (!piece.empty()) {
    if (at_line_start_) {
      // Content lines start with '+', '-' or ' ' ("---"/"+++" headers too,
      // which are not needed: the path is on the "diff --git" line), and
      // "\ No newline at end of file" with a backslash.
      char first = piece.front();
      skipping_ = first == '+' || first == '-' || first == ' ' || first == '\\';
      at_line_start_ = false;
    }
    size_t newline = piece.find('\n');
    std::string_view part = piece.substr(0, newline);
    if (!skipping_) line_.append(part);
    if (newline == std::string_view::npos) return;
    if (!skipping_) HandleLine(line_);
    line_.clear();
    at_line_start_ = true;
    piece.remove_prefix(newline + 1);
  }
}

std::map<std::string, FileChanges> GitDiffReader::Finish() {
  if (!at_line_start_ && !skipping_) HandleLine(line_);
  line_.clear();
  at_line_start_ = true;
  current_ = nullptr;
  return std::move(changes_);
}

void GitDiffReader::HandleLine(std::string_view line) {
  if (StartsWith(line, "diff --git ")) {
    current_ = &changes_[PathOfHeader(line.substr(11))];
    deleted_ = false;
  } else if (current_ == nullptr) {
    return;
  } else if (StartsWith(line, "deleted file mode")) {
    deleted_ = true;
  } else if (StartsWith(line, "Binary files ")) {
    current_->whole_file = !deleted_;
  } else if (StartsWith(line, "@@ ") && !deleted_) {
    if (std::optional<LineRange> range = NewSideOfHunk(line)) current_->lines.push_back(*range);
  }
}

std::map<std::string, FileChanges> ParseGitDiff(std::string_view patch) {
  GitDiffReader reader;
  reader.Feed(patch);
  return reader.Finish();
}

}  // namespace qa
