// LoadConfig: reads .quoteaudit.json and checks its shape. The rules-stage
// JSON helpers give the same comment support, duplicate-key detection and
// "file: /pointer: message" errors as rule files.
#include <fstream>
#include <sstream>

#include "config/config.h"
#include "rules/rule_json.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::string> kTopLevelKeys = {
    "$schema",    "rules",     "lexicons", "rules_dirs",
    "fail_level", "min_level", "ignore",   "front_matter_fields",
    "sources",    "limits"};
// The walk's lists (docs/config.md#include-and-exclude).
const std::vector<std::string> kWalkKeys = {"include", "exclude"};
const std::vector<std::string> kRuleKeys = {"enabled", "severity", "options"};
const std::vector<std::string> kLexiconKeys = {"add", "remove"};
// docs/config.md#limits; core/limits.h says what each bounds.
const std::vector<std::string> kLimitKeys = {"max_article_bytes", "max_quote_bytes",
                                             "max_nesting_depth", "max_findings_per_file"};

class ConfigReader {
 public:
  ConfigReader(Config* config, std::vector<RuleError>* errors)
      : config_(config), errors_(config->path, errors) {}

  void Read(const json& root) {
    if (!root.is_object()) {
      errors_.Add("", std::string("expected an object at the top level, got ") + root.type_name());
      return;
    }
    std::vector<std::string> keys = kTopLevelKeys;
    keys.insert(keys.end(), kWalkKeys.begin(), kWalkKeys.end());
    errors_.CheckKeys(root, "", keys);
    if (auto it = root.find("$schema"); it != root.end()) errors_.ExpectString(*it, "/$schema");
    if (auto it = root.find("rules"); it != root.end()) ReadRules(*it);
    if (auto it = root.find("lexicons"); it != root.end()) ReadLexicons(*it);
    if (auto it = root.find("rules_dirs"); it != root.end()) ReadRulesDirs(*it);
    if (auto it = root.find("min_level"); it != root.end()) {
      if (auto level = ReadLevel(*it, "/min_level", /*allow_none=*/false)) {
        config_->min_level = *level;
      }
    }
    if (auto it = root.find("fail_level"); it != root.end()) {
      if (auto level = ReadLevel(*it, "/fail_level", /*allow_none=*/true)) {
        config_->has_fail_level = true;
        config_->fail_level = *level;
      }
    }
    if (auto it = root.find("ignore"); it != root.end()) {
      config_->ignore = ReadStrings(*it, "/ignore");
    }
    if (auto it = root.find("include"); it != root.end()) {
      config_->include = ReadStrings(*it, "/include");
    }
    if (auto it = root.find("exclude"); it != root.end()) {
      config_->exclude = ReadStrings(*it, "/exclude");
    }
    if (auto it = root.find("sources"); it != root.end()) {
      config_->sources = ReadStrings(*it, "/sources");
    }
    if (auto it = root.find("front_matter_fields"); it != root.end()) {
      std::vector<std::string> fields = ReadStrings(*it, "/front_matter_fields");
      if (it->is_array()) config_->front_matter_fields = std::move(fields);
    }
    if (auto it = root.find("limits"); it != root.end()) ReadLimits(*it);
  }

 private:
  void ReadRules(const json& rules) {
    if (!errors_.ExpectObject(rules, "/rules")) return;
    for (const auto& [id, value] : rules.items()) {
      RuleSetting setting;
      setting.id = id;
      setting.pointer = PointerTo("/rules", id);
      if (value.is_string()) {
        // "off" or a severity: the short form.
        std::string text = value.get<std::string>();
        if (text == "off") {
          setting.enabled = false;
        } else if (std::optional<Severity> severity = ParseSeverity(text)) {
          setting.enabled = true;
          setting.severity = severity;
        } else {
          errors_.Add(setting.pointer, "unknown setting \"" + text +
                                           "\"; expected \"off\", \"info\", \"warning\" or "
                                           "\"error\", or an object");
          continue;
        }
      } else if (value.is_object()) {
        if (!ReadRuleObject(value, &setting)) continue;
      } else {
        errors_.Add(
            setting.pointer,
            std::string("expected \"off\", a severity or an object, got ") + value.type_name());
        continue;
      }
      config_->rules.push_back(std::move(setting));
    }
  }

  bool ReadRuleObject(const json& body, RuleSetting* setting) {
    size_t errors_before = errors_.count();
    errors_.CheckKeys(body, setting->pointer, kRuleKeys);
    if (auto it = body.find("enabled"); it != body.end()) {
      if (errors_.ExpectBool(*it, PointerTo(setting->pointer, "enabled"))) {
        setting->enabled = it->get<bool>();
      }
    }
    if (auto it = body.find("severity"); it != body.end()) {
      std::string pointer = PointerTo(setting->pointer, "severity");
      if (errors_.ExpectString(*it, pointer)) {
        setting->severity = ParseSeverity(it->get<std::string>());
        if (!setting->severity) {
          errors_.Add(pointer, "unknown severity \"" + it->get<std::string>() +
                                   "\"; expected \"error\", \"warning\" or \"info\"");
        }
      }
    }
    if (auto it = body.find("options"); it != body.end()) {
      if (errors_.ExpectObject(*it, PointerTo(setting->pointer, "options"))) {
        setting->options = *it;
      }
    }
    return errors_.count() == errors_before;
  }

  void ReadLimits(const json& limits) {
    if (!errors_.ExpectObject(limits, "/limits")) return;
    errors_.CheckKeys(limits, "/limits", kLimitKeys);
    Limits& out = config_->limits;
    for (auto [key, field] : {std::pair{"max_article_bytes", &out.max_article_bytes},
                              std::pair{"max_quote_bytes", &out.max_quote_bytes},
                              std::pair{"max_nesting_depth", &out.max_nesting_depth},
                              std::pair{"max_findings_per_file", &out.max_findings_per_file}}) {
      auto it = limits.find(key);
      if (it == limits.end()) continue;
      std::string pointer = PointerTo("/limits", key);
      if (!it->is_number_unsigned() || it->get<uint64_t>() == 0) {
        errors_.Add(pointer, std::string("expected a positive whole number, got ") +
                                 (it->is_number() ? it->dump() : it->type_name()));
        continue;
      }
      *field = static_cast<size_t>(it->get<uint64_t>());
    }
  }

  void ReadLexicons(const json& lexicons) {
    if (!errors_.ExpectObject(lexicons, "/lexicons")) return;
    for (const auto& [name, body] : lexicons.items()) {
      LexiconEdit edit;
      edit.name = name;
      edit.pointer = PointerTo("/lexicons", name);
      if (!errors_.ExpectObject(body, edit.pointer)) continue;
      size_t errors_before = errors_.count();
      errors_.CheckKeys(body, edit.pointer, kLexiconKeys);
      if (auto it = body.find("add"); it != body.end()) {
        edit.add = ReadStrings(*it, PointerTo(edit.pointer, "add"));
      }
      if (auto it = body.find("remove"); it != body.end()) {
        edit.remove = ReadStrings(*it, PointerTo(edit.pointer, "remove"));
      }
      if (errors_.count() == errors_before) config_->lexicons.push_back(std::move(edit));
    }
  }

  void ReadRulesDirs(const json& dirs) {
    std::vector<std::string> given = ReadStrings(dirs, "/rules_dirs");
    if (!dirs.is_array()) return;
    for (size_t i = 0; i < given.size(); ++i) {
      fs::path resolved = (config_->directory / given[i]).lexically_normal();
      std::error_code error;
      fs::file_status status = fs::status(resolved, error);
      std::string pointer = PointerTo("/rules_dirs", i);
      if (error || !fs::exists(status)) {
        errors_.Add(pointer, "no such directory \"" + given[i] + "\" (looked for " +
                                 resolved.string() + ")");
      } else if (!fs::is_directory(status) && resolved.extension() != ".json") {
        errors_.Add(pointer, "\"" + given[i] + "\" is neither a directory nor a .json rule file");
      } else {
        config_->rules_dirs.push_back(resolved.string());
      }
    }
  }

  // A level name; the outer optional is empty on error, the inner one for "none".
  std::optional<std::optional<Severity>> ReadLevel(const json& value, const std::string& pointer,
                                                   bool allow_none) {
    if (!errors_.ExpectString(value, pointer)) return std::nullopt;
    std::string text = value.get<std::string>();
    if (allow_none && text == "none") return std::optional<Severity>();
    if (std::optional<Severity> severity = ParseSeverity(text)) return severity;
    errors_.Add(pointer, "unknown level \"" + text + "\"; expected " +
                             (allow_none ? "\"none\", " : "") +
                             "\"info\", \"warning\" or \"error\"");
    return std::nullopt;
  }

  // An array of non-blank strings; bad elements are reported and left out.
  std::vector<std::string> ReadStrings(const json& value, const std::string& pointer) {
    std::vector<std::string> out;
    if (!errors_.ExpectArray(value, pointer)) return out;
    for (size_t i = 0; i < value.size(); ++i) {
      std::string element_pointer = PointerTo(pointer, i);
      if (!errors_.ExpectNonEmptyString(value[i], element_pointer)) continue;
      const std::string& text = value[i].get_ref<const std::string&>();
      if (text.find_first_not_of(" \t\r\n\f") == std::string::npos) {
        errors_.Add(element_pointer, "must not be blank");
        continue;
      }
      out.push_back(text);
    }
    return out;
  }

  Config* config_;
  RuleFileErrors errors_;
};

}  // namespace

ConfigResult ParseConfig(std::string_view text, const std::string& display_path,
                         const fs::path& directory) {
  ConfigResult result;
  result.config.path = display_path;
  result.config.directory = directory;
  std::optional<json> root = ParseRuleJson(display_path, text, &result.errors);
  if (root) ConfigReader(&result.config, &result.errors).Read(*root);
  result.config.ignore_rules =
      IgnoreRules::Parse(result.config.ignore, display_path, "/ignore", &result.errors);
  result.config.include_rules =
      IgnoreRules::Parse(result.config.include, display_path, "/include", &result.errors);
  result.config.exclude_rules =
      IgnoreRules::Parse(result.config.exclude, display_path, "/exclude", &result.errors);
  return result;
}

ConfigResult LoadConfig(const std::string& path, const std::string& display_path) {
  std::string shown = display_path.empty() ? path : display_path;
  std::error_code error;
  fs::path absolute = fs::absolute(path, error).lexically_normal();
  fs::file_status status = fs::status(absolute, error);
  std::string problem;
  std::string content;
  if (error || !fs::exists(status)) {
    problem = "no such config file";
  } else if (fs::is_directory(status)) {
    problem = "is a directory, not a config file";
  } else {
    if (!ReadJsonFile(absolute, &content)) problem = "cannot read the config file";
  }
  if (!problem.empty()) {
    ConfigResult result;
    result.config.path = shown;
    result.config.directory = absolute.parent_path();
    result.config.ignore_rules = IgnoreRules::Parse({}, shown, "", &result.errors);
    result.config.include_rules = result.config.ignore_rules;
    result.config.exclude_rules = result.config.ignore_rules;
    result.errors.push_back({shown, "", problem});
    return result;
  }
  return ParseConfig(content, shown, absolute.parent_path());
}

}  // namespace qa
