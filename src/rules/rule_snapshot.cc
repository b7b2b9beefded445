#include "rules/rule_snapshot.h"

#include <cstdint>
#include <cstring>

namespace qa {
namespace {

// A marker that this is a snapshot of this layout; change it with the layout.
constexpr std::string_view kMagic = "qa-rules-1";

class SnapshotWriter {
 public:
  void Count(size_t n) {
    // Seven bits a byte, high bit set while more follow.
    while (n >= 0x80) {
      out_.push_back(static_cast<char>((n & 0x7f) | 0x80));
      n >>= 7;
    }
    out_.push_back(static_cast<char>(n));
  }
  void Text(std::string_view s) {
    Count(s.size());
    out_.append(s);
  }
  void Flag(bool b) { out_.push_back(b ? '\1' : '\0'); }
  void Number(double d) {
    char bytes[sizeof d];
    std::memcpy(bytes, &d, sizeof d);
    out_.append(bytes, sizeof d);
  }
  void Texts(const std::vector<std::string>& list) {
    Count(list.size());
    for (const std::string& s : list) Text(s);
  }
  void Options(const RuleOptions& options) {
    Count(options.size());
    for (const auto& [key, value] : options) {
      Text(key);
      Count(value.index());
      if (const bool* b = std::get_if<bool>(&value)) Flag(*b);
      if (const double* d = std::get_if<double>(&value)) Number(*d);
      if (const std::string* s = std::get_if<std::string>(&value)) Text(*s);
      if (const StringList* list = std::get_if<StringList>(&value)) Texts(*list);
      if (const StringMap* map = std::get_if<StringMap>(&value)) {
        Count(map->size());
        for (const auto& [k, v] : *map) {
          Text(k);
          Text(v);
        }
      }
    }
  }
  std::string Take() && { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what SnapshotWriter wrote; after the first short or bad read every
// read fails and ok() is false.
class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return in_.empty(); }

  size_t Count() {
    size_t n = 0;
    for (int shift = 0; ok_ && shift < 64; shift += 7) {
      if (in_.empty()) return Fail();
      const auto byte = static_cast<unsigned char>(in_.front());
      in_.remove_prefix(1);
      n |= static_cast<size_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return n;
    }
    return Fail();
  }
  std::string_view View() {
    const size_t n = Count();
    if (!ok_ || n > in_.size()) {
      Fail();
      return {};
    }
    std::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  std::string Text() { return std::string(View()); }
  bool Flag() {
    if (in_.empty()) return Fail() != 0;
    const char c = in_.front();
    in_.remove_prefix(1);
    return c != '\0';
  }
  double Number() {
    double d = 0;
    if (in_.size() < sizeof d) {
      Fail();
      return d;
    }
    std::memcpy(&d, in_.data(), sizeof d);
    in_.remove_prefix(sizeof d);
    return d;
  }
  // A count of items each at least a byte long: a larger one is corrupt,
  // and must not reserve memory for it.
  size_t Items() {
    const size_t n = Count();
    return n > in_.size() ? Fail() : n;
  }
  std::vector<std::string> Texts() {
    std::vector<std::string> list(Items());
    for (std::string& s : list) s = Text();
    return list;
  }
  RuleOptions Options() {
    RuleOptions options;
    for (size_t i = Items(); ok_ && i > 0; --i) {
      std::string key = Text();
      options.emplace(std::move(key), Value());
    }
    return options;
  }

 private:
  // One option value: its kind (the variant's index), then the value.
  OptionValue Value() {
    switch (Count()) {
      case 0:
        return Flag();
      case 1:
        return Number();
      case 2:
        return Text();
      case 3:
        return Texts();
      case 4: {
        StringMap map;
        for (size_t j = Items(); ok_ && j > 0; --j) {
          std::string k = Text();
          map[std::move(k)] = Text();
        }
        return map;
      }
      default:
        Fail();
        return false;
    }
  }

  size_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::string WriteRuleSnapshot(const RuleSet& rules) {
  SnapshotWriter w;
  w.Text(kMagic);
  w.Count(rules.lexicons().size());
  for (const auto& [name, lexicon] : rules.lexicons()) {
    w.Text(name);
    w.Text(lexicon.name);
    w.Text(lexicon.description);
    w.Texts(lexicon.entries);
    w.Text(lexicon.source);
    w.Text(lexicon.defined_in);
    w.Text(lexicon.owner);
    w.Flag(lexicon.shared);
  }
  w.Count(rules.rules().size());
  for (const auto& [id, rule] : rules.rules()) {
    w.Text(id);
    w.Text(rule.id);
    w.Count(static_cast<size_t>(rule.severity));
    w.Flag(rule.enabled);
    w.Text(rule.summary);
    w.Options(rule.options);
    w.Options(rule.declared_options);
    w.Text(rule.source);
    w.Text(rule.declared_in);
  }
  w.Count(rules.attribution_patterns().size());
  for (const AttributionPatternSpec& spec : rules.attribution_patterns()) {
    w.Text(spec.id);
    w.Text(spec.where);
    w.Text(spec.pattern);
    w.Number(spec.confidence);
    w.Number(spec.same_paragraph_confidence);
    w.Number(spec.next_paragraph_confidence);
    w.Text(spec.description);
    w.Text(spec.source);
    w.Text(spec.pointer);
  }
  w.Number(rules.unresolved_pronoun_factor());
  return std::move(w).Take();
}

bool ReadRuleSnapshot(std::string_view bytes, RuleSetBuilder* out) {
  SnapshotReader r(bytes);
  if (r.View() != kMagic) return false;
  auto& lexicons = out->lexicons();
  for (size_t i = r.Items(); r.ok() && i > 0; --i) {
    Lexicon& lexicon = lexicons[r.Text()];
    lexicon.name = r.Text();
    lexicon.description = r.Text();
    lexicon.entries = r.Texts();
    lexicon.source = r.Text();
    lexicon.defined_in = r.Text();
    lexicon.owner = r.Text();
    lexicon.shared = r.Flag();
  }
  auto& rules = out->rules();
  for (size_t i = r.Items(); r.ok() && i > 0; --i) {
    RuleInfo& rule = rules[r.Text()];
    rule.id = r.Text();
    const size_t severity = r.Count();
    if (severity > static_cast<size_t>(Severity::kError)) return false;
    rule.severity = static_cast<Severity>(severity);
    rule.enabled = r.Flag();
    rule.summary = r.Text();
    rule.options = r.Options();
    rule.declared_options = r.Options();
    rule.source = r.Text();
    rule.declared_in = r.Text();
  }
  auto& patterns = out->attribution_patterns();
  patterns.resize(r.Items());
  for (AttributionPatternSpec& spec : patterns) {
    spec.id = r.Text();
    spec.where = r.Text();
    spec.pattern = r.Text();
    spec.confidence = r.Number();
    spec.same_paragraph_confidence = r.Number();
    spec.next_paragraph_confidence = r.Number();
    spec.description = r.Text();
    spec.source = r.Text();
    spec.pointer = r.Text();
  }
  out->set_unresolved_pronoun_factor(r.Number());
  return r.ok() && r.AtEnd();
}

}  // namespace qa
