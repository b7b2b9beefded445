#include "match/unicode_narrowing.h"

#include <algorithm>
#include <bitset>
#include <cstdio>
#include <iterator>
#include <span>
#include <utility>

#include "core/utf8.h"
#include "match/group_flags.h"
#include "match/unicode_class_tables.h"

namespace qa {
namespace {

// Which characters one property class matches, as RE2 reads it (Unicode
// version and case folding included): the tables made at build time for
// the classes the built-in rules use.
class ClassMembers {
 public:
  // The members of `escape` (such as "\p{Lu}") read with or without case
  // folding; nullptr for a class without a table.
  static const ClassMembers* Of(const std::string& escape, bool fold) {
    static const std::vector<ClassMembers> all = [] {
      std::vector<ClassMembers> tables;
      for (const UnicodeClassTable& table : BuiltInUnicodeClassTables()) tables.emplace_back(table);
      return tables;
    }();
    for (const ClassMembers& members : all) {
      if (members.table_.escape == escape && members.table_.fold == fold) return &members;
    }
    return nullptr;
  }

  // Whether any class with a table matches `c`, read with or without case
  // folding.
  static bool AnyHas(char32_t c) {
    for (const UnicodeClassTable& table : BuiltInUnicodeClassTables()) {
      auto after = std::upper_bound(table.ranges.begin(), table.ranges.end(), c,
                                    [](char32_t x, const UnicodeRange& r) { return x < r.first; });
      if (after != table.ranges.begin() && c <= std::prev(after)->last) return true;
    }
    return false;
  }

  explicit ClassMembers(const UnicodeClassTable& table) : table_(table) {
    for (const UnicodeRange& r : table_.ranges) {
      for (char32_t c = r.first; c <= r.last && c < 0x80; ++c) ascii_[c] = true;
    }
  }

  bool Has(char32_t c) const {
    if (c < 0x80) return ascii_[c];
    auto after = std::upper_bound(table_.ranges.begin(), table_.ranges.end(), c,
                                  [](char32_t x, const UnicodeRange& r) { return x < r.first; });
    return after != table_.ranges.begin() && c <= std::prev(after)->last;
  }

 private:
  UnicodeClassTable table_;
  std::bitset<0x80> ascii_;
};

struct Unreadable {};

// Copies a pattern, replacing each property class; follows groups for the
// case folding in force, classes, escapes and \Q...\E, and gives up on
// anything else it would have to understand.
class Rewriter {
 public:
  Rewriter(std::string_view pattern, const std::vector<char32_t>& characters)
      : p_(pattern), characters_(characters) {
    out_.reserve(pattern.size());
  }

  std::optional<std::string> Run(bool fold) {
    try {
      Sequence(fold, 0);
      if (pos_ != p_.size()) return std::nullopt;  // an unmatched ')'
    } catch (const Unreadable&) {
      return std::nullopt;
    }
    if (!changed_) return std::nullopt;
    return std::move(out_);
  }

 private:
  static constexpr int kMaxDepth = 200;

  bool AtEnd() const { return pos_ >= p_.size(); }
  char Peek() const { return p_[pos_]; }
  void Copy() { out_ += p_[pos_++]; }

  // Up to an unmatched ')' or the end. "(?i)" changes `fold` for the rest
  // of it, across '|' as in RE2.
  void Sequence(bool fold, int depth) {
    if (depth > kMaxDepth) throw Unreadable{};
    while (!AtEnd() && Peek() != ')') {
      switch (Peek()) {
        case '\\':
          Escape(fold);
          break;
        case '[':
          Class(fold);
          break;
        case '(':
          Group(&fold, depth);
          break;
        default:
          Copy();
      }
    }
  }

  void Group(bool* fold, int depth) {
    Copy();  // '('
    bool inner = *fold;
    if (!AtEnd() && Peek() == '?') {
      Copy();
      if (!AtEnd() && (Peek() == 'P' || Peek() == '<')) {
        const size_t close = p_.find('>', pos_);
        if (close == std::string_view::npos) throw Unreadable{};
        while (pos_ <= close) Copy();
      } else {
        std::optional<GroupFlags> flags = ReadGroupFlags(p_, pos_, *fold);
        if (!flags) throw Unreadable{};
        const bool whole_group = p_[flags->end] == ')';  // "(?i)": the rest of the group
        while (pos_ <= flags->end) Copy();
        if (whole_group) {
          *fold = flags->fold;
          return;
        }
        inner = flags->fold;
      }
    }
    Sequence(inner, depth + 1);
    if (AtEnd()) throw Unreadable{};
    Copy();  // ')'
  }

  // At '\' outside a class.
  void Escape(bool fold) {
    if (pos_ + 1 >= p_.size()) throw Unreadable{};
    const char c = p_[pos_ + 1];
    if (c == 'p' || c == 'P') {
      const std::string members = Members(PropertyEscape(), fold);
      out_ += "[" + members + "]";
      return;
    }
    if (c == 'Q') {
      const size_t end = p_.find("\\E", pos_ + 2);
      const size_t stop = end == std::string_view::npos ? p_.size() : end + 2;
      while (pos_ < stop) Copy();
      return;
    }
    Copy();
    Copy();  // a one-letter escape; what follows \x reads as plain text here
  }

  // At '[': a class, up to its closing ']'.
  void Class(bool fold) {
    Copy();
    bool negated = false;
    if (!AtEnd() && Peek() == '^') {
      negated = true;
      Copy();
    }
    if (!AtEnd() && Peek() == ']') Copy();  // a literal ']' first
    while (true) {
      if (AtEnd()) throw Unreadable{};
      const char c = Peek();
      if (c == ']') {
        Copy();
        return;
      }
      if (c == '[' && p_.substr(pos_, 2) == "[:") {
        const size_t close = p_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) throw Unreadable{};
        while (pos_ < close + 2) Copy();
        continue;
      }
      if (c != '\\') {
        Copy();
        continue;
      }
      if (pos_ + 1 >= p_.size()) throw Unreadable{};
      const char e = p_[pos_ + 1];
      if (e == 'Q') throw Unreadable{};
      if (e == 'p' || e == 'P') {
        if (negated) throw Unreadable{};  // see Members
        out_ += Members(PropertyEscape(), fold);
        // "\p{L}-x": RE2 reads that '-' as itself; after a list of
        // characters it would make a range.
        if (pos_ + 1 < p_.size() && Peek() == '-' && p_[pos_ + 1] != ']') throw Unreadable{};
        continue;
      }
      Copy();
      Copy();
    }
  }

  // At "\p" or "\P": the whole escape, read past.
  std::string PropertyEscape() {
    const size_t begin = pos_;
    pos_ += 2;
    if (AtEnd()) throw Unreadable{};
    if (Peek() == '{') {
      const size_t close = p_.find('}', pos_);
      if (close == std::string_view::npos) throw Unreadable{};
      pos_ = close + 1;
    } else {
      const size_t length = ValidUtf8Length(p_, pos_);
      if (length == 0) throw Unreadable{};
      pos_ += length;
    }
    return std::string(p_.substr(begin, pos_ - begin));
  }

  // The members of the class `escape` among ASCII and the characters, as
  // class items ("\x{41}-\x{5A}\x{C9}"). Every class with a table holds
  // some of ASCII, so the list is never empty.
  // Only classes with a table, and never a complement (\P, \p{^..}, or in
  // [^..]): RE2 compiles a class that holds every character from U+0080 up
  // loosely, matching bytes that are not UTF-8 too, so a complement narrowed
  // to a few characters would match stray bytes the full one does not.
  std::string Members(const std::string& escape, bool fold) {
    const ClassMembers* members = ClassMembers::Of(escape, fold);
    if (members == nullptr) throw Unreadable{};
    changed_ = true;
    std::string out;
    char32_t first = 0;
    char32_t last = 0;
    bool open = false;
    auto flush = [&] {
      if (!open) return;
      out += Hex(first);
      if (last != first) out += "-" + Hex(last);
      open = false;
    };
    auto add = [&](char32_t c) {
      if (!members->Has(c)) return;
      if (open && c == last + 1) {
        last = c;
        return;
      }
      flush();
      first = last = c;
      open = true;
    };
    for (char32_t c = 0; c < 0x80; ++c) add(c);
    for (char32_t c : characters_) add(c);
    flush();
    if (out.empty()) throw Unreadable{};
    return out;
  }

  static std::string Hex(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\x{%X}", static_cast<unsigned>(c));
    return buffer;
  }

  std::string_view p_;
  const std::vector<char32_t>& characters_;
  size_t pos_ = 0;
  std::string out_;
  bool changed_ = false;
};

}  // namespace

std::optional<std::string> NarrowUnicodeClasses(std::string_view source, bool case_sensitive,
                                                const std::vector<char32_t>& characters) {
  // A text in another script holds thousands of characters: listing them in
  // each class would cost more than the class.
  constexpr size_t kMaxCharacters = 512;
  if (characters.size() > kMaxCharacters) return std::nullopt;
  if (source.find("\\p") == std::string_view::npos && source.find("\\P") == std::string_view::npos)
    return std::nullopt;
  return Rewriter(source, characters).Run(!case_sensitive);
}

namespace {

// CommonCharacters as ranges, first and last included.
constexpr std::pair<char32_t, char32_t> kCommonRanges[] = {
    {0x00A0, 0x024F}, {0x2010, 0x2027}, {0x2030, 0x203A}, {0x20AC, 0x20AC}, {0x2122, 0x2122}};

}  // namespace

const std::vector<char32_t>& CommonCharacters() {
  static const std::vector<char32_t> characters = [] {
    std::vector<char32_t> all;
    for (const auto& [first, last] : kCommonRanges) {
      for (char32_t c = first; c <= last; ++c) all.push_back(c);
    }
    return all;
  }();
  return characters;
}

bool HoldsOnlyCommonCharacters(std::string_view text) {
  for (size_t i = SkipPlainAscii(text, 0); i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      i = SkipPlainAscii(text, i + 1);
      continue;
    }
    const size_t length = ValidUtf8Length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    const char32_t c = DecodeValidUtf8(text, i, length);
    // A character no narrowed class can match (a combining mark, a control,
    // a zero-width space, a symbol) is searched alike by both programs.
    if (std::none_of(std::begin(kCommonRanges), std::end(kCommonRanges),
                     [c](const auto& range) { return c >= range.first && c <= range.second; }) &&
        ClassMembers::AnyHas(c)) {
      return false;
    }
    i += length;
  }
  return true;
}

}  // namespace qa
