#include "match/required_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>

#include "core/utf8.h"
#include "match/group_flags.h"
#include "match/re2_case_folding.h"

namespace qa {
namespace {

// A set of literals larger than this is not worth checking.
constexpr size_t kMaxLiterals = 16;
// Deeper nesting than this is read as "requires nothing".
constexpr int kMaxDepth = 100;

using Literals = std::vector<RequiredLiteral>;

// What one piece of a pattern tells: `finite` when it matches exactly one of
// a few literal strings (zero-width assertions match ""), and clauses every
// match of it satisfies. `never`: nothing matches it (an empty class, as a
// lexicon narrowed to no phrase leaves); then the rest says nothing.
struct Info {
  std::optional<Literals> finite;
  std::vector<Literals> clauses;
  bool never = false;
};

struct Unreadable {};  // syntax this reader does not follow: require nothing

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

Info Unknown() { return Info{}; }
Info Empty() { return Info{Literals{RequiredLiteral{}}, {}}; }
Info Never() { return Info{std::nullopt, {}, true}; }

// One literal character (its UTF-8 bytes) as a match holds it. Under case
// folding only ASCII letters are followed; any other folded character could
// match characters this reader does not know, so it is unknown (nullopt).
std::optional<RequiredLiteral> CharLiteral(std::string bytes, bool fold) {
  const auto first = static_cast<unsigned char>(bytes[0]);
  if (fold && first >= 0x80) return std::nullopt;
  const bool folded = fold && bytes.size() == 1 && IsAsciiLetter(first);
  if (folded) bytes[0] = static_cast<char>(first | 0x20);
  return RequiredLiteral{std::move(bytes), folded};
}

Info Char(std::string bytes, bool fold) {
  std::optional<RequiredLiteral> literal = CharLiteral(std::move(bytes), fold);
  if (!literal) return Unknown();
  return Info{Literals{std::move(*literal)}, {}};
}

std::optional<Literals> Product(const Literals& a, const Literals& b) {
  if (a.size() * b.size() > kMaxLiterals) return std::nullopt;
  Literals out;
  for (const auto& x : a) {
    for (const auto& y : b) out.push_back({x.text + y.text, x.fold || y.fold});
  }
  return out;
}

std::optional<Literals> Union(const Literals& a, const Literals& b) {
  Literals out = a;
  for (const auto& y : b) {
    if (std::find(out.begin(), out.end(), y) == out.end()) out.push_back(y);
  }
  if (out.size() > kMaxLiterals) return std::nullopt;
  return out;
}

bool Useful(const Literals& clause) {
  return !clause.empty() && std::none_of(clause.begin(), clause.end(),
                                         [](const RequiredLiteral& l) { return l.text.empty(); });
}

// The clause that rules out most: longest shortest literal, then fewest.
std::optional<Literals> Best(const Info& info) {
  std::optional<Literals> best;
  size_t best_min = 0;
  auto consider = [&](const Literals& clause) {
    if (!Useful(clause)) return;
    size_t shortest = clause.front().text.size();
    for (const auto& l : clause) shortest = std::min(shortest, l.text.size());
    if (!best || shortest > best_min || (shortest == best_min && clause.size() < best->size())) {
      best = clause;
      best_min = shortest;
    }
  };
  if (info.finite) consider(*info.finite);
  for (const auto& clause : info.clauses) consider(clause);
  return best;
}

class Reader {
 public:
  Reader(std::string_view pattern, bool fold) : p_(pattern), fold_(fold) {}

  Info Read() {
    Info info = Alternation(fold_, 0);
    if (pos_ != p_.size()) throw Unreadable{};
    return info;
  }

 private:
  bool AtEnd() const { return pos_ >= p_.size(); }
  char Peek() const { return p_[pos_]; }

  Info Alternation(bool fold, int depth) {
    if (depth > kMaxDepth) throw Unreadable{};
    Info first = Concatenation(&fold, depth);
    if (AtEnd() || Peek() != '|') return first;
    // A branch nothing matches adds nothing; the alternation is never
    // matched only when none of its branches is.
    bool never = first.never;
    // Exactly one of the branches' literals, while there are few; else a
    // match of one branch holds one literal of the union of each branch's
    // best clause. Once both are too many, the other branches are only read
    // through: alternations of hundreds of words are common in the rules.
    std::optional<Literals> finite = skim_ ? std::nullopt : first.finite;
    std::optional<Literals> either = skim_ ? std::nullopt : Best(first);
    if (never && !skim_) finite = either = Literals{};  // nothing to unite with yet
    while (!AtEnd() && Peek() == '|') {
      ++pos_;
      const bool wanted = finite || either;
      if (!wanted) ++skim_;
      Info branch = Concatenation(&fold, depth);
      if (!wanted) {
        --skim_;
        never = false;  // not read: it may match
        continue;
      }
      if (branch.never) continue;
      never = false;
      if (finite) finite = branch.finite ? Union(*finite, *branch.finite) : std::nullopt;
      if (either) {
        std::optional<Literals> best = Best(branch);
        either = best ? Union(*either, *best) : std::nullopt;
      }
    }
    if (never) return Never();
    Info alt;
    if (finite) {
      alt.finite = std::move(finite);
    } else if (either) {
      alt.clauses.push_back(std::move(*either));
    }
    return alt;
  }

  // `fold` may change along the way: "(?i)" applies to the rest of the group.
  Info Concatenation(bool* fold, int depth) {
    if (skim_) {
      while (!AtEnd() && Peek() != '|' && Peek() != ')') Piece(fold, depth);
      return Unknown();
    }
    Info result = Empty();
    bool never = false;
    std::optional<Literals> run = Literals{RequiredLiteral{}};
    auto close_run = [&] {
      if (run && Useful(*run)) result.clauses.push_back(std::move(*run));
      run = Literals{RequiredLiteral{}};
    };
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      if (PlainCharNext()) {
        // Most of a pattern is plain letters: extend the literals in place.
        std::optional<RequiredLiteral> next = CharLiteral(Utf8Char(), *fold);
        if (!next) {
          result.finite.reset();
          close_run();
          continue;
        }
        auto extend = [&](Literals& literals) {
          for (auto& literal : literals) {
            literal.text += next->text;
            literal.fold = literal.fold || next->fold;
          }
        };
        if (result.finite) extend(*result.finite);
        extend(*run);
        continue;
      }
      Info piece = Piece(fold, depth);
      never = never || piece.never;
      if (result.finite) {
        result.finite = piece.finite ? Product(*result.finite, *piece.finite) : std::nullopt;
      }
      for (auto& clause : piece.clauses) result.clauses.push_back(std::move(clause));
      if (!piece.finite) {
        close_run();
        continue;
      }
      std::optional<Literals> longer = Product(*run, *piece.finite);
      if (!longer) {
        close_run();
        longer = piece.finite;
      }
      run = std::move(longer);
    }
    close_run();
    return never ? Never() : result;
  }

  // A literal character with no quantifier after it.
  bool PlainCharNext() const {
    static constexpr std::string_view kSpecial = "\\()[]|*+?{.^$";
    if (kSpecial.find(Peek()) != std::string_view::npos) return false;
    const size_t size = ValidUtf8Length(p_, pos_);
    if (size == 0) return false;
    if (pos_ + size == p_.size()) return true;
    const char after = p_[pos_ + size];
    return after != '*' && after != '+' && after != '?' && after != '{';
  }

  Info Piece(bool* fold, int depth) {
    Info atom = Atom(fold, depth);
    while (!AtEnd()) {
      int min = 0;
      int max = -1;
      char c = Peek();
      if (c == '*') {
        ++pos_;
      } else if (c == '+') {
        min = 1;
        ++pos_;
      } else if (c == '?') {
        max = 1;
        ++pos_;
      } else if (c == '{' && Repeat(&min, &max)) {
      } else {
        break;
      }
      if (!AtEnd() && Peek() == '?') ++pos_;  // lazy
      atom = Repeated(std::move(atom), min, max);
    }
    return atom;
  }

  // "{n}", "{n,}" or "{n,m}"; anything else is a literal '{' to RE2.
  bool Repeat(int* min, int* max) {
    size_t i = pos_ + 1;
    auto number = [&](int* out) {
      size_t start = i;
      long value = 0;
      while (i < p_.size() && p_[i] >= '0' && p_[i] <= '9') {
        value = std::min(value * 10 + (p_[i] - '0'), 100000L);
        ++i;
      }
      *out = static_cast<int>(value);
      return i > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      if (!number(max)) *max = -1;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    pos_ = i + 1;
    return true;
  }

  static Info Repeated(Info atom, int min, int max) {
    if (atom.never) return min == 0 ? Empty() : atom;
    if (min == 0) {
      Info optional;
      if (max == 1 && atom.finite) optional.finite = Union(*atom.finite, {RequiredLiteral{}});
      return optional;
    }
    if (atom.finite && !(min == 1 && max == 1)) {
      atom.clauses.push_back(std::move(*atom.finite));
      atom.finite.reset();
    }
    return atom;
  }

  Info Atom(bool* fold, int depth) {
    char c = Peek();
    ++pos_;
    switch (c) {
      case '(':
        return Group(fold, depth);
      case '[':
        return Class(*fold);
      case '\\':
        return Escape(*fold);
      case '.':
        return Unknown();
      case '^':
      case '$':
        return Empty();
      case '*':
      case '+':
      case '?':
        throw Unreadable{};
      default: {
        --pos_;
        std::string bytes = Utf8Char();
        return skim_ ? Unknown() : Char(std::move(bytes), *fold);
      }
    }
  }

  // RE2 refuses a pattern that is not UTF-8, so neither is it read here.
  std::string Utf8Char() {
    const size_t size = ValidUtf8Length(p_, pos_);
    if (size == 0) throw Unreadable{};
    std::string bytes(p_.substr(pos_, size));
    pos_ += size;
    return bytes;
  }

  // After '('.
  Info Group(bool* fold, int depth) {
    bool inner = *fold;
    if (!AtEnd() && Peek() == '?') {
      ++pos_;
      if (p_.substr(pos_, 2) == "P<" || (!AtEnd() && Peek() == '<')) {
        size_t close = p_.find('>', pos_);
        if (close == std::string_view::npos) throw Unreadable{};
        pos_ = close + 1;
      } else {
        std::optional<GroupFlags> flags = ReadGroupFlags(p_, pos_, *fold);
        if (!flags) throw Unreadable{};
        pos_ = flags->end + 1;
        if (p_[flags->end] == ')') {  // "(?i)": the rest of the enclosing group
          // RE2 applies a repetition after "(?i)" to the piece before it
          // ("a(?i)?" is "a?"), which this reader has already taken.
          if (!AtEnd() && std::string_view("*+?{").find(Peek()) != std::string_view::npos) {
            throw Unreadable{};
          }
          *fold = flags->fold;
          return Empty();
        }
        inner = flags->fold;
      }
    }
    Info info = Alternation(inner, depth + 1);
    if (AtEnd() || Peek() != ')') throw Unreadable{};
    ++pos_;
    return info;
  }

  // After '['.
  Info Class(bool fold) {
    bool known = true;
    const bool negated = !AtEnd() && Peek() == '^';
    if (negated) {
      known = false;
      ++pos_;
    }
    Literals members;
    // The code points a negated class leaves out, as far as read here: when
    // they are all of Unicode, the class matches nothing.
    std::vector<std::pair<char32_t, char32_t>> excluded;
    auto code_of = [](const std::optional<std::string>& bytes) -> std::optional<char32_t> {
      if (!bytes || bytes->empty()) return std::nullopt;
      return DecodeValidUtf8(*bytes, 0, bytes->size());
    };
    bool first = true;
    while (true) {
      if (AtEnd()) throw Unreadable{};
      char c = Peek();
      if (c == ']' && !first) {
        ++pos_;
        break;
      }
      first = false;
      if (c == '[' && p_.substr(pos_, 2) == "[:") {
        size_t close = p_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) throw Unreadable{};
        pos_ = close + 2;
        known = false;
        continue;
      }
      std::optional<std::string> member;
      if (c == '\\') {
        ++pos_;
        member = ClassEscape();
      } else {
        member = Utf8Char();
      }
      if (!AtEnd() && Peek() == '-' && pos_ + 1 < p_.size() && p_[pos_ + 1] != ']') {
        // A range: read its end, then give up on the class's literals.
        ++pos_;
        std::optional<std::string> last;
        if (Peek() == '\\') {
          ++pos_;
          last = ClassEscape();
        } else {
          last = Utf8Char();
        }
        std::optional<char32_t> low = code_of(member);
        std::optional<char32_t> high = code_of(last);
        if (negated && low && high && *low <= *high) excluded.emplace_back(*low, *high);
        known = false;
        continue;
      }
      if (std::optional<char32_t> code = code_of(member); negated && code) {
        excluded.emplace_back(*code, *code);
      }
      if (!member || skim_) {
        known = false;
        continue;
      }
      Info one = Char(*member, fold);
      if (!one.finite) {
        known = false;
        continue;
      }
      if (std::find(members.begin(), members.end(), one.finite->front()) == members.end()) {
        members.push_back(one.finite->front());
      }
    }
    if (negated && CoversUnicode(std::move(excluded))) return Never();
    if (!known || members.empty() || members.size() > kMaxLiterals) return Unknown();
    return Info{std::move(members), {}};
  }

  static bool CoversUnicode(std::vector<std::pair<char32_t, char32_t>> ranges) {
    std::sort(ranges.begin(), ranges.end());
    char32_t next = 0;  // the first code point not yet covered
    for (const auto& [low, high] : ranges) {
      if (low > next) return false;
      if (high >= next) next = high + 1;
    }
    return next > 0x10FFFF;
  }

  // After '\' inside a class: the literal it stands for, or nullopt for a
  // class such as \d or \p{L}.
  std::optional<std::string> ClassEscape() {
    if (AtEnd()) throw Unreadable{};
    char c = Peek();
    if (c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W') {
      ++pos_;
      return std::nullopt;
    }
    if (c == 'p' || c == 'P') {
      ++pos_;
      SkipUnicodeName();
      return std::nullopt;
    }
    return EscapedLiteral();
  }

  // After '\' outside a class.
  Info Escape(bool fold) {
    if (AtEnd()) throw Unreadable{};
    char c = Peek();
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        ++pos_;
        return Empty();
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
      case 'C':
        ++pos_;
        return Unknown();
      case 'p':
      case 'P':
        ++pos_;
        SkipUnicodeName();
        return Unknown();
      case 'Q': {
        ++pos_;
        size_t end = p_.find("\\E", pos_);
        std::string_view quoted = p_.substr(pos_, end == std::string_view::npos ? end : end - pos_);
        pos_ = end == std::string_view::npos ? p_.size() : end + 2;
        if (skim_) return Unknown();
        Reader inner(quoted, fold);
        Info info = Empty();
        while (!inner.AtEnd()) {
          Info one = Char(inner.Utf8Char(), fold);
          info.finite =
              one.finite && info.finite ? Product(*info.finite, *one.finite) : std::nullopt;
          if (!info.finite) return Unknown();
        }
        return info;
      }
      default: {
        std::string bytes = EscapedLiteral();
        return skim_ ? Unknown() : Char(std::move(bytes), fold);
      }
    }
  }

  void SkipUnicodeName() {
    if (AtEnd()) throw Unreadable{};
    if (Peek() == '{') {
      size_t close = p_.find('}', pos_);
      if (close == std::string_view::npos) throw Unreadable{};
      pos_ = close + 1;
    } else {
      Utf8Char();
    }
  }

  // After '\': \x{...}, \xHH, a control escape or escaped punctuation.
  std::string EscapedLiteral() {
    char c = Peek();
    ++pos_;
    switch (c) {
      case 'a':
        return "\a";
      case 'f':
        return "\f";
      case 't':
        return "\t";
      case 'n':
        return "\n";
      case 'r':
        return "\r";
      case 'v':
        return "\v";
      case 'x': {
        uint32_t code = 0;
        size_t digits = 0;
        bool braced = !AtEnd() && Peek() == '{';
        if (braced) ++pos_;
        while (!AtEnd() && (braced || digits < 2) &&
               std::isxdigit(static_cast<unsigned char>(Peek()))) {
          char d = Peek();
          code = code * 16 + static_cast<uint32_t>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
          if (code > 0x10FFFF) throw Unreadable{};
          ++digits;
          ++pos_;
        }
        if (braced) {
          if (AtEnd() || Peek() != '}') throw Unreadable{};
          ++pos_;
        }
        if (digits == 0 || (!braced && digits != 2) || (code >= 0xD800 && code < 0xE000)) {
          throw Unreadable{};
        }
        return EncodeUtf8(code);
      }
      default:
        // Only punctuation stands for itself; letters and digits after '\'
        // are escapes this reader does not follow.
        if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) ||
            c == '_') {
          throw Unreadable{};
        }
        return std::string(1, c);
    }
  }

  std::string_view p_;
  size_t pos_ = 0;
  bool fold_;
  int skim_ = 0;  // > 0: only reading through, nothing collected
};

// Whether `text` from `at` on equals `lower` with ASCII letters folded.
bool FoldedAt(std::string_view text, size_t at, std::string_view lower) {
  for (size_t j = 0; j < lower.size(); ++j) {
    const auto c = static_cast<unsigned char>(text[at + j]);
    if ((c | (IsAsciiLetter(c) ? 0x20 : 0)) != static_cast<unsigned char>(lower[j])) return false;
  }
  return true;
}

// The first of `byte` in text[from, end), or `end`.
size_t NextByte(std::string_view text, size_t from, size_t end, char byte) {
  if (from >= end) return end;
  const void* found = std::memchr(text.data() + from, byte, end - from);
  return found == nullptr ? end
                          : static_cast<size_t>(static_cast<const char*>(found) - text.data());
}

// ASCII case-insensitive search for a literal already in lower case. Only
// where its first byte stands (either case, found by memchr) is the rest
// compared: every window of a quote-dense paragraph is searched for each
// literal, and comparing at every byte was a third of such a run's time.
bool ContainsFolded(std::string_view text, std::string_view lower) {
  if (lower.empty()) return true;
  if (lower.size() > text.size()) return false;
  const size_t end = text.size() - lower.size() + 1;  // where a match may start
  const char first = lower[0];
  const bool letter = IsAsciiLetter(static_cast<unsigned char>(first));
  const char other = letter ? static_cast<char>(first ^ 0x20) : first;
  // The next place of each form of the first byte, each searched for again
  // only once passed, so no byte is read twice by memchr.
  size_t next_first = NextByte(text, 0, end, first);
  size_t next_other = letter ? NextByte(text, 0, end, other) : end;
  while (true) {
    const size_t at = std::min(next_first, next_other);
    if (at >= end) return false;
    if (FoldedAt(text, at, lower)) return true;
    if (next_first == at) next_first = NextByte(text, at + 1, end, first);
    if (next_other == at) next_other = NextByte(text, at + 1, end, other);
  }
}

bool Contains(std::string_view text, const RequiredLiteral& literal) {
  if (!literal.fold) return text.find(literal.text) != std::string_view::npos;
  if (ContainsFolded(text, literal.text)) return true;
  // RE2 folds k with the Kelvin sign and s with the long s: a text holding
  // either may match without the ASCII letter.
  if (literal.text.find('k') != std::string::npos &&
      text.find(kKelvinSign) != std::string_view::npos) {
    return true;
  }
  return literal.text.find('s') != std::string::npos && text.find(kLongS) != std::string_view::npos;
}

}  // namespace

RequiredText RequiredText::Of(std::string_view pattern, bool case_sensitive) {
  RequiredText result;
  Info info;
  try {
    info = Reader(pattern, !case_sensitive).Read();
  } catch (const Unreadable&) {
    return result;
  }
  if (info.never) {
    result.never_ = true;
    return result;
  }
  if (info.finite && Useful(*info.finite)) info.clauses.push_back(std::move(*info.finite));
  for (auto& clause : info.clauses) {
    if (!Useful(clause)) continue;
    if (std::find(result.clauses_.begin(), result.clauses_.end(), clause) !=
        result.clauses_.end()) {
      continue;
    }
    result.clauses_.push_back(std::move(clause));
  }
  return result;
}

bool RequiredText::MayMatch(std::string_view text, bool quick) const {
  if (never_) return false;
  for (const auto& clause : clauses_) {
    if (quick && std::any_of(clause.begin(), clause.end(),
                             [](const RequiredLiteral& literal) { return literal.fold; })) {
      continue;
    }
    bool found = std::any_of(clause.begin(), clause.end(), [&](const RequiredLiteral& literal) {
      return Contains(text, literal);
    });
    if (!found) return false;
  }
  return true;
}

}  // namespace qa
