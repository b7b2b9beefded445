#include "cli/fingerprint_json.h"

#include <nlohmann/json.hpp>

namespace qa {
namespace {

using Json = nlohmann::ordered_json;

// [begin, end, line, column] when the analysis text and the source agree
// (plain text), else [begin, end, source begin, source end, line, column].
Json PlaceToJson(const RecordPlace& place) {
  if (place.span == place.source) {
    return Json::array({place.span.begin, place.span.end, place.line, place.column});
  }
  return Json::array({place.span.begin, place.span.end, place.source.begin, place.source.end,
                      place.line, place.column});
}

// The check is the key's first part ("duplicate-text:p:..."); an archive's
// article path is "ARCHIVE#ID", written as its id.
std::string CheckOfKey(const std::string& key) { return key.substr(0, key.find(':')); }

void ArticleToJson(const ArticleRef& article, Json* out) {
  (*out)["archive"] = article.archive;
  (*out)["line"] = article.line;
  const std::string prefix = article.archive + "#";
  if (article.line > 0 && article.path.rfind(prefix, 0) == 0) {
    (*out)["id"] = article.path.substr(prefix.size());
  } else if (article.path != article.archive) {
    (*out)["path"] = article.path;
  }
}

Json RecordObject(const FingerprintRecord& record) {
  Json out;
  out["key"] = record.key;
  if (record.check != CheckOfKey(record.key)) out["check"] = record.check;
  ArticleToJson(record.article, &out);
  out["item"] = record.item;
  out["place"] = PlaceToJson(record.place);
  if (record.start.source.end > 0 || record.start.line > 0)
    out["start"] = PlaceToJson(record.start);
  if (!record.remember) out["remember"] = false;
  if (record.of > 0) out["of"] = record.of;
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
  const std::string wrong = std::string("field \"") + name + "\" is not an array of 4 or 6 numbers";
  if (!value.is_array() || (value.size() != 4 && value.size() != 6)) throw wrong;
  uint64_t n[6];
  for (size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_number_unsigned()) throw wrong;
    n[i] = value[i].get<uint64_t>();
  }
  if (value.size() == 4) {
    n[5] = n[3];
    n[4] = n[2];
    n[2] = n[0];
    n[3] = n[1];
  }
  if (n[0] > n[1] || n[2] > n[3]) throw std::string("field \"") + name + "\" has a reversed span";
  return RecordPlace{{n[0], n[1]}, {n[2], n[3]}, n[4], n[5]};
}

ArticleRef ArticleFromObject(const Json& object) {
  ArticleRef article;
  article.archive = String(object, "archive");
  article.line = Number(object, "line");
  if (object.contains("id")) {
    article.path = article.archive + "#" + String(object, "id");
  } else {
    article.path = object.contains("path") ? String(object, "path") : article.archive;
  }
  return article;
}

FingerprintRecord RecordFromObject(const Json& object) {
  if (!object.is_object()) throw std::string("not a JSON object");
  FingerprintRecord record;
  record.key = String(object, "key");
  record.check = object.contains("check") ? String(object, "check") : CheckOfKey(record.key);
  record.article = ArticleFromObject(object);
  record.item = Number(object, "item");
  record.place = PlaceFromJson(object, "place");
  record.start = PlaceFromJson(object, "start");
  record.remember = Bool(object, "remember", true);
  record.of = object.contains("of") ? Number(object, "of") : 0;
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
  resolution.article = ArticleFromObject(object);
  // The driver groups resolutions by "path": always written.
  resolution.article.path = String(object, "path");
  resolution.item = Number(object, "item");
  resolution.kind = String(object, "kind");
  resolution.within = Bool(object, "within", true);
  resolution.same_article = Bool(object, "same_article", false);
  resolution.of = object.contains("of") ? Number(object, "of") : 0;
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
  out["path"] = resolution.article.path;  // what a driver groups them by
  out["item"] = resolution.item;
  out["kind"] = resolution.kind;
  if (!resolution.within) out["within"] = false;
  if (resolution.same_article) out["same_article"] = true;
  if (resolution.of > 0) out["of"] = resolution.of;
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
