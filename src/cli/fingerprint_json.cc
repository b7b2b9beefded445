#include "cli/fingerprint_json.h"

#include <nlohmann/json.hpp>

namespace qa {
namespace {

using Json = nlohmann::ordered_json;

Json PlaceToJson(const RecordPlace& place) {
  return Json::array({place.span.begin, place.span.end, place.source.begin, place.source.end,
                      place.line, place.column});
}

Json RecordObject(const FingerprintRecord& record) {
  Json out;
  out["key"] = record.key;
  out["check"] = record.check;
  out["archive"] = record.article.archive;
  out["line"] = record.article.line;
  out["path"] = record.article.path;
  out["item"] = record.item;
  out["place"] = PlaceToJson(record.place);
  if (record.start.source.end > 0 || record.start.line > 0)
    out["start"] = PlaceToJson(record.start);
  if (!record.remember) out["remember"] = false;
  if (!record.speaker.empty()) out["speaker"] = record.speaker;
  if (!record.speaker_key.empty()) out["speaker_key"] = record.speaker_key;
  if (!record.aliases.empty()) out["aliases"] = record.aliases;
  return out;
}

// Reading: each getter throws a std::string naming what is wrong.
const Json& Field(const Json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end()) throw std::string("missing field \"") + name + "\"";
  return *it;
}

std::string String(const Json& object, const char* name, bool required = true) {
  auto it = object.find(name);
  if (it == object.end()) {
    if (required) throw std::string("missing field \"") + name + "\"";
    return "";
  }
  if (!it->is_string()) throw std::string("field \"") + name + "\" is not a string";
  return it->get<std::string>();
}

uint64_t Number(const Json& object, const char* name) {
  const Json& value = Field(object, name);
  if (!value.is_number_unsigned()) {
    throw std::string("field \"") + name + "\" is not a non-negative whole number";
  }
  return value.get<uint64_t>();
}

bool Bool(const Json& object, const char* name, bool fallback) {
  auto it = object.find(name);
  if (it == object.end()) return fallback;
  if (!it->is_boolean()) throw std::string("field \"") + name + "\" is not true or false";
  return it->get<bool>();
}

RecordPlace PlaceFromJson(const Json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end()) return {};
  const Json& value = *it;
  if (!value.is_array() || value.size() != 6) {
    throw std::string("field \"") + name + "\" is not an array of six numbers";
  }
  uint64_t n[6];
  for (size_t i = 0; i < 6; ++i) {
    if (!value[i].is_number_unsigned()) {
      throw std::string("field \"") + name + "\" is not an array of six numbers";
    }
    n[i] = value[i].get<uint64_t>();
  }
  if (n[0] > n[1] || n[2] > n[3]) throw std::string("field \"") + name + "\" has a reversed span";
  return RecordPlace{{n[0], n[1]}, {n[2], n[3]}, n[4], n[5]};
}

FingerprintRecord RecordFromObject(const Json& object) {
  if (!object.is_object()) throw std::string("not a JSON object");
  FingerprintRecord record;
  record.key = String(object, "key");
  record.check = String(object, "check");
  record.article.archive = String(object, "archive");
  record.article.line = Number(object, "line");
  record.article.path = String(object, "path");
  record.item = Number(object, "item");
  record.place = PlaceFromJson(object, "place");
  record.start = PlaceFromJson(object, "start");
  record.remember = Bool(object, "remember", true);
  record.speaker = String(object, "speaker", false);
  record.speaker_key = String(object, "speaker_key", false);
  if (auto it = object.find("aliases"); it != object.end()) {
    if (!it->is_array()) throw std::string("field \"aliases\" is not an array of strings");
    for (const Json& alias : *it) {
      if (!alias.is_string()) throw std::string("field \"aliases\" is not an array of strings");
      record.aliases.push_back(alias.get<std::string>());
    }
  }
  return record;
}

template <typename T>
std::optional<T> Parse(std::string_view line, std::string* error, T (*read)(const Json&)) {
  Json object = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded()) {
    *error = "not JSON";
    return std::nullopt;
  }
  try {
    return read(object);
  } catch (const std::string& message) {
    *error = message;
  } catch (const Json::exception& e) {
    *error = e.what();
  }
  return std::nullopt;
}

Resolution ResolutionFromObject(const Json& object) {
  if (!object.is_object()) throw std::string("not a JSON object");
  Resolution resolution;
  resolution.check = String(object, "check");
  resolution.article.archive = String(object, "archive");
  resolution.article.line = Number(object, "line");
  resolution.article.path = String(object, "path");
  resolution.item = Number(object, "item");
  resolution.kind = String(object, "kind");
  resolution.within = Bool(object, "within", true);
  resolution.same_article = Bool(object, "same_article", false);
  resolution.earlier = RecordFromObject(Field(object, "earlier"));
  return resolution;
}

}  // namespace

std::string RecordToJson(const FingerprintRecord& record) { return RecordObject(record).dump(); }

std::string ResolutionToJson(const Resolution& resolution) {
  Json out;
  out["check"] = resolution.check;
  out["archive"] = resolution.article.archive;
  out["line"] = resolution.article.line;
  out["path"] = resolution.article.path;
  out["item"] = resolution.item;
  out["kind"] = resolution.kind;
  if (!resolution.within) out["within"] = false;
  if (resolution.same_article) out["same_article"] = true;
  out["earlier"] = RecordObject(resolution.earlier);
  return out.dump();
}

std::optional<FingerprintRecord> RecordFromJson(std::string_view line, std::string* error) {
  return Parse<FingerprintRecord>(line, error, &RecordFromObject);
}

std::optional<Resolution> ResolutionFromJson(std::string_view line, std::string* error) {
  return Parse<Resolution>(line, error, &ResolutionFromObject);
}

}  // namespace qa
