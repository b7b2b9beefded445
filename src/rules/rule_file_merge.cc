// MergeRuleFile: validates one rule file and folds it into a RuleSet. The
// merge semantics are documented in docs/rules.md; keep the two in step.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_set>

#include "core/text.h"
#include "rules/attribution_where.h"
#include "rules/embedded_rules.h"
#include "rules/name_suggestion.h"
#include "rules/option_json.h"
#include "rules/rule_json.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"

namespace qa {
namespace {

using nlohmann::json;

const std::vector<std::string> kTopLevelKeys = {"$schema", "lexicons", "attribution_patterns",
                                                "attribution_settings", "rule"};
const std::vector<std::string> kLexiconKeys = {"description", "entries", "mode", "shared"};
const std::vector<std::string> kPatternKeys = {"id",
                                               "where",
                                               "pattern",
                                               "confidence",
                                               "same_paragraph_confidence",
                                               "next_paragraph_confidence",
                                               "description",
                                               "enabled"};
const std::vector<std::string> kSettingsKeys = {"unresolved_pronoun_factor"};
const std::vector<std::string> kRuleKeys = {"id", "severity", "enabled", "summary", "options"};

// Lexicon names become {placeholders}; rule ids name files and doc pages.
bool IsKebabName(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Entries are stored trimmed with inner whitespace runs collapsed to one
// space, so "told  reporters" and "told reporters" are the same entry.
// Whether `entry` is already as CollapseSpaces leaves it: no ASCII space at
// either end and none next to another. Most entries are, and are kept as
// they are instead of rebuilt.
bool IsNormalized(std::string_view entry) {
  if (entry.empty()) return false;
  if (IsAsciiSpace(entry.front()) || IsAsciiSpace(entry.back())) return false;
  for (size_t i = 1; i < entry.size(); ++i) {
    if (IsAsciiSpace(entry[i]) && (entry[i] != ' ' || entry[i - 1] == ' ')) return false;
  }
  return true;
}

// Appends each of `entries` not already in *list, keeping the order and
// moving the strings. A lexicon of thousands of names is merged at every
// start, so this is linear: an open-addressing table of positions in the
// list (at most half full) answers whether an entry is there.
void AppendUnique(std::vector<std::string>* list, std::vector<std::string> entries) {
  constexpr uint32_t kEmpty = UINT32_MAX;
  size_t slots = 16;
  while (slots < 2 * (list->size() + entries.size())) slots *= 2;
  const size_t mask = slots - 1;
  std::vector<uint32_t> table(slots, kEmpty);
  list->reserve(list->size() + entries.size());
  const std::hash<std::string_view> hash;
  // The slot holding `text`, or the empty slot where it would go.
  auto slot_of = [&](std::string_view text) {
    size_t i = hash(text) & mask;
    while (table[i] != kEmpty && (*list)[table[i]] != text) i = (i + 1) & mask;
    return i;
  };
  for (size_t i = 0; i < list->size(); ++i) {
    const size_t slot = slot_of((*list)[i]);
    if (table[slot] == kEmpty) table[slot] = static_cast<uint32_t>(i);
  }
  for (std::string& entry : entries) {
    const size_t slot = slot_of(entry);
    if (table[slot] != kEmpty) continue;
    table[slot] = static_cast<uint32_t>(list->size());
    list->push_back(std::move(entry));
  }
}

class FileMerger {
 public:
  FileMerger(std::string_view name, RuleSetBuilder* rules, std::vector<RuleError>* errors)
      : name_(name), rules_(rules), errors_(name, errors) {}

  // Takes the file's lexicon entries out of `root` (moved, not copied).
  void Merge(json& root) {
    if (!root.is_object()) {
      errors_.Add("", std::string("expected an object at the top level, got ") + root.type_name());
      return;
    }
    errors_.CheckKeys(root, "", kTopLevelKeys);
    if (auto it = root.find("$schema"); it != root.end()) errors_.ExpectString(*it, "/$schema");
    rule_id_ = RuleIdOf(root);
    if (auto it = root.find("lexicons"); it != root.end()) MergeLexicons(*it);
    if (auto it = root.find("attribution_patterns"); it != root.end()) MergePatterns(*it);
    if (auto it = root.find("attribution_settings"); it != root.end()) MergeSettings(*it);
    if (auto it = root.find("rule"); it != root.end()) MergeRule(*it);
  }

 private:
  // The file's rule id, or "" when it has none: the owner of the lexicons the
  // file defines first. Read before the lexicons are merged; a bad id is
  // reported by MergeRule.
  static std::string RuleIdOf(const json& root) {
    auto rule = root.find("rule");
    if (rule == root.end() || !rule->is_object()) return "";
    auto id = rule->find("id");
    return id != rule->end() && id->is_string() ? id->get<std::string>() : "";
  }

  void MergeLexicons(json& lexicons) {
    if (!errors_.ExpectObject(lexicons, "/lexicons")) return;
    for (auto& [lexicon_name, body] : lexicons.items()) {
      MergeLexicon(lexicon_name, body, PointerTo("/lexicons", lexicon_name));
    }
  }

  void MergeLexicon(const std::string& lexicon_name, json& body, const std::string& pointer) {
    size_t errors_before = errors_.count();
    if (!IsKebabName(lexicon_name)) {
      errors_.Add(pointer,
                  "lexicon names use lower-case letters, digits and '-', starting with a letter");
    }
    if (!errors_.ExpectObject(body, pointer)) return;
    errors_.CheckKeys(body, pointer, kLexiconKeys);

    std::string mode = "add";
    if (auto it = body.find("mode"); it != body.end()) {
      std::string mode_pointer = PointerTo(pointer, "mode");
      if (errors_.ExpectString(*it, mode_pointer)) {
        mode = it->get<std::string>();
        if (mode != "add" && mode != "replace" && mode != "remove") {
          errors_.Add(mode_pointer,
                      "unknown mode \"" + mode + "\"; expected \"add\", \"replace\" or \"remove\"");
        }
      }
    }
    std::optional<std::string> description;
    if (auto it = body.find("description"); it != body.end()) {
      if (errors_.ExpectString(*it, PointerTo(pointer, "description"))) {
        description = it->get<std::string>();
      }
    }
    std::optional<bool> shared;
    if (auto it = body.find("shared"); it != body.end()) {
      if (errors_.ExpectBool(*it, PointerTo(pointer, "shared"))) shared = it->get<bool>();
    }
    std::vector<std::string> entries = ReadEntries(body, pointer);

    auto& lexicons = rules_->lexicons();
    auto existing = lexicons.find(lexicon_name);
    if (mode == "remove" && existing == lexicons.end()) {
      errors_.Add(PointerTo(pointer, "mode"), "cannot remove entries from lexicon \"" +
                                                  lexicon_name +
                                                  "\": no earlier rule file defines it");
    }
    if (errors_.count() != errors_before) return;

    const bool is_new = existing == lexicons.end();
    Lexicon& lexicon = lexicons[lexicon_name];
    lexicon.name = lexicon_name;
    lexicon.source = name_;
    if (is_new) {
      lexicon.defined_in = name_;
      lexicon.owner = rule_id_;
    }
    if (description) lexicon.description = *description;
    if (shared) lexicon.shared = *shared;
    if (mode == "replace") lexicon.entries.clear();
    if (mode == "remove") {
      std::unordered_set<std::string_view> removed(entries.begin(), entries.end());
      std::erase_if(lexicon.entries,
                    [&](const std::string& entry) { return removed.count(entry) > 0; });
      return;
    }
    AppendUnique(&lexicon.entries, std::move(entries));
  }

  std::vector<std::string> ReadEntries(json& body, const std::string& pointer) {
    std::vector<std::string> entries;
    auto it = body.find("entries");
    std::string entries_pointer = PointerTo(pointer, "entries");
    if (it == body.end() || !errors_.ExpectArray(*it, entries_pointer)) return entries;
    entries.reserve(it->size());
    for (size_t i = 0; i < it->size(); ++i) {
      json& entry = (*it)[i];
      // The entry's pointer only when it is wrong: the built-in lexicons
      // hold thousands of entries, read at every start.
      if (!entry.is_string()) {
        errors_.ExpectString(entry, PointerTo(entries_pointer, i));
        continue;
      }
      auto& text = entry.get_ref<std::string&>();
      std::string normalized = IsNormalized(text) ? std::move(text) : CollapseSpaces(text);
      if (normalized.empty()) {
        errors_.Add(PointerTo(entries_pointer, i), "empty entry");
        continue;
      }
      entries.push_back(std::move(normalized));
    }
    return entries;
  }

  void MergePatterns(const json& patterns) {
    if (!errors_.ExpectArray(patterns, "/attribution_patterns")) return;
    std::vector<std::pair<std::string, std::string>> ids_in_file;  // id, pointer
    for (size_t i = 0; i < patterns.size(); ++i) {
      std::string pointer = PointerTo("/attribution_patterns", i);
      const json& body = patterns[i];
      if (!errors_.ExpectObject(body, pointer)) continue;
      auto id_it = body.find("id");
      if (id_it == body.end()) {
        errors_.Add(pointer, "missing \"id\"");
        continue;
      }
      if (!errors_.ExpectNonEmptyString(*id_it, PointerTo(pointer, "id"))) continue;
      std::string id = id_it->get<std::string>();
      auto earlier = std::find_if(ids_in_file.begin(), ids_in_file.end(),
                                  [&](const auto& seen) { return seen.first == id; });
      if (earlier != ids_in_file.end()) {
        errors_.Add(PointerTo(pointer, "id"),
                    "duplicate id \"" + id + "\" (first used at " + earlier->second + ")");
        continue;
      }
      ids_in_file.emplace_back(id, pointer);
      MergePattern(id, body, pointer);
    }
  }

  void MergePattern(const std::string& id, const json& body, const std::string& pointer) {
    size_t errors_before = errors_.count();
    errors_.CheckKeys(body, pointer, kPatternKeys);
    auto& patterns = rules_->attribution_patterns();
    auto existing = std::find_if(patterns.begin(), patterns.end(),
                                 [&](const AttributionPatternSpec& p) { return p.id == id; });

    bool enabled = true;
    if (auto it = body.find("enabled"); it != body.end()) {
      if (errors_.ExpectBool(*it, PointerTo(pointer, "enabled"))) enabled = it->get<bool>();
    }
    if (!enabled) {
      if (existing == patterns.end()) {
        errors_.Add(PointerTo(pointer, "enabled"),
                    "no earlier rule file has an attribution pattern \"" + id + "\" to disable");
      }
      if (errors_.count() == errors_before) patterns.erase(existing);
      return;
    }

    AttributionPatternSpec spec;
    spec.id = id;
    spec.source = name_;
    spec.pointer = pointer;
    ReadWhereAndPattern(body, pointer, &spec);
    ReadConfidence(body, pointer, "confidence", &spec.confidence);
    if (auto it = body.find("description"); it != body.end()) {
      if (errors_.ExpectString(*it, PointerTo(pointer, "description"))) {
        spec.description = it->get<std::string>();
      }
    }
    if (errors_.count() != errors_before) return;
    if (existing != patterns.end()) {
      *existing = std::move(spec);
    } else {
      patterns.push_back(std::move(spec));
    }
  }

  // The pattern's window and its pattern; a "continuation" rule has no
  // pattern but confidences of its own.
  void ReadWhereAndPattern(const json& body, const std::string& pointer,
                           AttributionPatternSpec* spec) {
    if (RequireString(body, pointer, "where", &spec->where) && !IsAttributionPlace(spec->where)) {
      std::string message = "unknown place \"" + spec->where + "\"; expected one of";
      for (size_t i = 0; i < kAttributionPlaces.size(); ++i) {
        message += (i == 0 ? " \"" : ", \"") + std::string(kAttributionPlaces[i]) + "\"";
      }
      errors_.Add(PointerTo(pointer, "where"), message);
    }
    if (spec->where == "continuation") {
      // The continuation rule reads no text of its own: it follows the
      // previous quote's attribution.
      if (body.contains("pattern")) {
        errors_.Add(PointerTo(pointer, "pattern"), "a \"continuation\" rule takes no pattern");
      }
      ReadConfidence(body, pointer, "same_paragraph_confidence", &spec->same_paragraph_confidence);
      ReadConfidence(body, pointer, "next_paragraph_confidence", &spec->next_paragraph_confidence);
      return;
    }
    RequireString(body, pointer, "pattern", &spec->pattern);
    for (const char* key : {"same_paragraph_confidence", "next_paragraph_confidence"}) {
      if (body.contains(key)) {
        errors_.Add(PointerTo(pointer, key), "only a \"continuation\" rule takes this key");
      }
    }
  }

  // Reads an optional number between 0 and 1 into *out.
  void ReadConfidence(const json& body, const std::string& pointer, const char* key, double* out) {
    auto it = body.find(key);
    if (it == body.end()) return;
    std::string key_pointer = PointerTo(pointer, key);
    if (!errors_.ExpectNumber(*it, key_pointer)) return;
    double value = it->get<double>();
    if (!(value >= 0.0 && value <= 1.0)) {
      errors_.Add(key_pointer, "must be between 0 and 1");
      return;
    }
    *out = value;
  }

  void MergeSettings(const json& settings) {
    if (!errors_.ExpectObject(settings, "/attribution_settings")) return;
    errors_.CheckKeys(settings, "/attribution_settings", kSettingsKeys);
    double factor = rules_->current().unresolved_pronoun_factor();
    ReadConfidence(settings, "/attribution_settings", "unresolved_pronoun_factor", &factor);
    rules_->set_unresolved_pronoun_factor(factor);
  }

  // Reads a required, non-empty string field; records why when it cannot.
  bool RequireString(const json& body, const std::string& pointer, const char* key,
                     std::string* out) {
    auto it = body.find(key);
    if (it == body.end()) {
      errors_.Add(pointer, std::string("missing \"") + key + "\"");
      return false;
    }
    if (!errors_.ExpectNonEmptyString(*it, PointerTo(pointer, key))) return false;
    *out = it->get<std::string>();
    return true;
  }

  void MergeRule(const json& body) {
    const std::string pointer = "/rule";
    if (!errors_.ExpectObject(body, pointer)) return;
    size_t errors_before = errors_.count();
    errors_.CheckKeys(body, pointer, kRuleKeys);
    std::string id;
    if (RequireString(body, pointer, "id", &id) && !IsKebabName(id)) {
      errors_.Add(PointerTo(pointer, "id"),
                  "rule ids use lower-case letters, digits and '-', starting with a letter");
    }
    std::optional<Severity> severity;
    if (auto it = body.find("severity"); it != body.end()) {
      std::string severity_pointer = PointerTo(pointer, "severity");
      if (errors_.ExpectString(*it, severity_pointer)) {
        severity = ParseSeverity(it->get<std::string>());
        if (!severity) {
          errors_.Add(severity_pointer, "unknown severity \"" + it->get<std::string>() +
                                            "\"; expected \"error\", \"warning\" or \"info\"");
        }
      }
    }
    auto enabled = body.find("enabled");
    if (enabled != body.end()) errors_.ExpectBool(*enabled, PointerTo(pointer, "enabled"));
    auto summary = body.find("summary");
    if (summary != body.end()) errors_.ExpectString(*summary, PointerTo(pointer, "summary"));
    RuleOptions declared;
    const RuleInfo* earlier = rules_->current().FindRule(id);
    auto options = body.find("options");
    if (options != body.end() && errors_.ExpectObject(*options, PointerTo(pointer, "options"))) {
      if (earlier == nullptr) {
        declared = DeclareOptions(*options, PointerTo(pointer, "options"));
      } else {
        CheckOptionOverrides(*earlier, *options, PointerTo(pointer, "options"));
      }
    }
    if (errors_.count() != errors_before) return;

    // A rule seen before keeps every field this file does not give.
    auto [it, is_new] = rules_->rules().try_emplace(id);
    RuleInfo& info = it->second;
    if (is_new) {
      info.options = declared;
      info.declared_options = std::move(declared);
      info.declared_in = name_;
    } else if (options != body.end()) {
      for (const auto& [key, value] : options->items()) {
        std::string ignored;  // checked by CheckOptionOverrides
        PatchOption(info.declared_options.at(key), value, &info.options[key], &ignored);
      }
    }
    info.id = id;
    info.source = name_;
    if (severity) info.severity = *severity;
    if (enabled != body.end()) info.enabled = enabled->get<bool>();
    if (summary != body.end()) info.summary = summary->get<std::string>();
  }

  // A rule's first file lists every option with its default (the only
  // default: checks hold none), so each must have a value of a kind checks
  // can read; null is no default.
  RuleOptions DeclareOptions(const json& options, const std::string& pointer) {
    RuleOptions declared;
    for (const auto& [key, value] : options.items()) {
      std::string error;
      std::optional<OptionValue> typed = OptionFromJson(value, &error);
      if (!typed) {
        errors_.Add(PointerTo(pointer, key), "the default of option \"" + key + "\": " + error);
        continue;
      }
      declared[key] = std::move(*typed);
    }
    return declared;
  }

  // A later file may only set the options the first file declared, each to a
  // value of the declared kind, or to null to restore the declared default.
  // This catches "strcit": true and "min_words": "3", which would otherwise
  // fail only when the check is built.
  void CheckOptionOverrides(const RuleInfo& earlier, const json& options,
                            const std::string& pointer) {
    const RuleOptions& declared = earlier.declared_options;
    std::vector<std::string> known;
    for (const auto& [key, value] : declared) known.push_back(key);
    for (const auto& [key, value] : options.items()) {
      std::string option_pointer = PointerTo(pointer, key);
      auto before = declared.find(key);
      if (before == declared.end()) {
        std::string message = "rule \"" + earlier.id + "\" has no option \"" + key + "\"";
        std::string suggestion = ClosestName(key, known);
        if (!suggestion.empty()) message += " (did you mean \"" + suggestion + "\"?)";
        errors_.Add(option_pointer, message);
        continue;
      }
      if (value.is_null()) continue;
      std::string error;
      std::optional<OptionValue> typed = OptionFromJson(value, &error);
      std::string expected = std::string("expected ") + OptionKindName(before->second) +
                             " (as in " + earlier.DeclaringFile() + ")";
      if (!typed) {
        errors_.Add(option_pointer, expected + ": " + error);
      } else if (!SameOptionKind(*typed, before->second)) {
        errors_.Add(option_pointer, expected + ", got " + value.type_name());
      }
    }
  }

  std::string name_;
  RuleSetBuilder* rules_;
  std::string rule_id_;
  RuleFileErrors errors_;
};

}  // namespace

void MergeRuleFile(std::string_view name, std::string_view json_text, RuleSetBuilder* rules,
                   std::vector<RuleError>* errors) {
  std::optional<json> root = ParseRuleJson(name, json_text, errors);
  if (!root) return;
  FileMerger(name, rules, errors).Merge(*root);
}

void MergeEmbeddedRuleFiles(RuleSetBuilder* rules, std::vector<RuleError>* errors) {
  for (const EmbeddedRuleFile& file : EmbeddedRuleFiles()) {
    MergeRuleFile(file.name, file.content, rules, errors);
  }
}

}  // namespace qa
