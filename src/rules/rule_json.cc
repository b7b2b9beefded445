#include "rules/rule_json.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "core/line_index.h"
#include "rules/name_suggestion.h"

namespace qa {
namespace {

using nlohmann::json;

// Watches parser events to find duplicate keys, tracking the JSON pointer of
// the container being read.
class DuplicateKeyFinder {
 public:
  explicit DuplicateKeyFinder(RuleFileErrors* errors) : errors_(errors) {}

  bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start:
        Open(event == json::parse_event_t::array_start);
        break;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!frames_.empty()) frames_.pop_back();
        break;
      case json::parse_event_t::key:
        Key(parsed.is_string() ? parsed.get<std::string>() : std::string());
        break;
      case json::parse_event_t::value:
        if (!frames_.empty() && frames_.back().is_array) ++frames_.back().next_index;
        break;
    }
    return true;
  }

 private:
  struct Frame {
    bool is_array = false;
    std::string pointer;
    size_t next_index = 0;  // arrays: index of the next element
    std::string last_key;   // objects: key of the value being read
    std::set<std::string> keys;
  };

  void Open(bool is_array) {
    Frame frame;
    frame.is_array = is_array;
    if (!frames_.empty()) {
      Frame& parent = frames_.back();
      frame.pointer = parent.is_array ? PointerTo(parent.pointer, parent.next_index++)
                                      : PointerTo(parent.pointer, parent.last_key);
    }
    frames_.push_back(std::move(frame));
  }

  void Key(const std::string& key) {
    if (frames_.empty()) return;
    Frame& frame = frames_.back();
    frame.last_key = key;
    if (!frame.keys.insert(key).second) {
      errors_->Add(PointerTo(frame.pointer, key),
                   "duplicate key; only the last of its values would be used");
    }
  }

  RuleFileErrors* errors_;
  std::vector<Frame> frames_;
};

// nlohmann's message without its "[json.exception...] parse error at line
// L, column C: " prefix, since we compute the position ourselves (columns in
// code points rather than bytes).
std::string SyntaxMessage(const std::string& what) {
  size_t column = what.find(", column ");
  size_t colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
  if (colon != std::string::npos) return what.substr(colon + 2);
  size_t bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

std::string Escape(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

bool ReadJsonFile(const std::filesystem::path& path, std::string* content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *content = std::move(buffer).str();
  return !in.bad();
}

std::optional<json> ParseRuleJson(std::string_view file, std::string_view text,
                                  std::vector<RuleError>* errors) {
  RuleFileErrors file_errors(file, errors);
  DuplicateKeyFinder finder(&file_errors);
  try {
    return json::parse(text.begin(), text.end(), std::ref(finder), /*allow_exceptions=*/true,
                       /*ignore_comments=*/true);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based: the position of the last character read.
    size_t offset = e.byte > 0 ? std::min<size_t>(e.byte - 1, text.size()) : 0;
    LineColumn position = LineIndex(text).At(offset);
    RuleError error{std::string(file), "", SyntaxMessage(e.what())};
    error.line = position.line;
    error.column = position.column;
    errors->push_back(std::move(error));
  } catch (const json::exception& e) {
    errors->push_back({std::string(file), "", e.what()});
  }
  return std::nullopt;
}

std::string PointerTo(const std::string& parent, std::string_view key) {
  return parent + "/" + Escape(key);
}

std::string PointerTo(const std::string& parent, size_t index) {
  return parent + "/" + std::to_string(index);
}

void RuleFileErrors::Add(const std::string& pointer, std::string message) {
  errors_->push_back({file_, pointer, std::move(message)});
  ++count_;
}

bool RuleFileErrors::Expect(bool ok, const char* wanted, const json& value,
                            const std::string& pointer) {
  if (!ok) Add(pointer, std::string("expected ") + wanted + ", got " + value.type_name());
  return ok;
}

bool RuleFileErrors::ExpectString(const json& value, const std::string& pointer) {
  return Expect(value.is_string(), "a string", value, pointer);
}

bool RuleFileErrors::ExpectNonEmptyString(const json& value, const std::string& pointer) {
  if (!ExpectString(value, pointer)) return false;
  if (!value.get_ref<const std::string&>().empty()) return true;
  Add(pointer, "must not be empty");
  return false;
}

bool RuleFileErrors::ExpectBool(const json& value, const std::string& pointer) {
  return Expect(value.is_boolean(), "true or false", value, pointer);
}

bool RuleFileErrors::ExpectNumber(const json& value, const std::string& pointer) {
  return Expect(value.is_number(), "a number", value, pointer);
}

bool RuleFileErrors::ExpectObject(const json& value, const std::string& pointer) {
  return Expect(value.is_object(), "an object", value, pointer);
}

bool RuleFileErrors::ExpectArray(const json& value, const std::string& pointer) {
  return Expect(value.is_array(), "an array", value, pointer);
}

bool RuleFileErrors::CheckKeys(const json& object, const std::string& pointer,
                               const std::vector<std::string>& allowed) {
  bool all_known = true;
  for (const auto& [key, value] : object.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string message = "unknown key";
    std::string suggestion = ClosestName(key, allowed);
    if (!suggestion.empty()) {
      message += " (did you mean \"" + suggestion + "\"?)";
    } else {
      message += "; expected one of";
      for (size_t i = 0; i < allowed.size(); ++i) {
        message += (i == 0 ? " \"" : ", \"") + allowed[i] + "\"";
      }
    }
    Add(PointerTo(pointer, key), message);
    all_known = false;
  }
  return all_known;
}

}  // namespace qa
