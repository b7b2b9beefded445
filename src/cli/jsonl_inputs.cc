#include "cli/jsonl_inputs.h"

#include <string>

#include "core/limits.h"
#include "io/document_reader.h"
#include "io/jsonl_reader.h"

namespace qa {
namespace {

constexpr std::string_view kCompressedSuffix = ".jsonl.gz";

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// An input that could not be audited, reported under `path`.
AuditedFile NotAudited(std::string path, std::string message, ArticleOrigin origin) {
  AuditedFile audited;
  audited.path = std::move(path);
  audited.problems.push_back({std::move(message), 0});
  audited.origin = std::move(origin);
  return audited;
}

}  // namespace

CollectOptions ForJsonLines(CollectOptions collect) {
  collect.extensions = {".jsonl", std::string(kCompressedSuffix)};
  // The extension of "x.jsonl.gz" is ".gz"; the hook takes such files by
  // their whole suffix once the ignore rules have had their say.
  auto choose = collect.choose;
  collect.choose = [choose](const std::filesystem::path& path, bool is_directory) {
    WalkChoice choice = choose ? choose(path, is_directory) : WalkChoice::kByExtension;
    if (choice == WalkChoice::kByExtension && !is_directory &&
        EndsWith(path.filename().string(), kCompressedSuffix)) {
      return WalkChoice::kTake;
    }
    return choice;
  };
  return collect;
}

void AuditJsonLines(const CollectedInput& input, Engine* engine, const Options& options,
                    const std::function<void(AuditedFile)>& report) {
  if (input.error || engine == nullptr || engine->auditor == nullptr) {
    AuditedFile audited;
    audited.path = input.path;
    if (input.error) audited.problems.push_back({input.error->message, input.error->offset});
    report(std::move(audited));
    return;
  }
  ReaderOptions reader = ReaderOptionsFor(engine->config, options.text_format);
  JsonLinesFields fields{options.id_field, options.text_field};
  InputError open_error;
  std::unique_ptr<JsonLinesFile> file =
      JsonLinesFile::Open(input.path, reader.limits.max_article_bytes, &open_error);
  if (file == nullptr) {
    report(NotAudited(input.path, open_error.message, {input.path, 0, ""}));
    return;
  }
  InputFormat format = reader.format.value_or(InputFormat::kText);
  size_t last_line = 0;
  while (std::optional<LineSplitter::Line> line = file->Next()) {
    last_line = line->number;
    std::string at_line = input.path + ":" + std::to_string(line->number);
    ArticleOrigin origin{input.path, line->number, ""};
    if (line->too_long) {
      report(NotAudited(at_line,
                        "line longer than " +
                            LimitText("max_article_bytes", reader.limits.max_article_bytes) +
                            "; not read",
                        std::move(origin)));
      continue;
    }
    JsonLinesArticle article = ParseJsonLine(line->bytes, line->number, fields);
    if (article.blank) continue;
    if (article.error) {
      report(NotAudited(at_line, *article.error, std::move(origin)));
      continue;
    }
    std::string name = input.path + "#" + article.id;
    origin.id = std::move(article.id);
    LoadResult loaded = LoadDocumentBytes(name, std::move(article.text), format, reader);
    if (!loaded.document) {
      std::string why = loaded.error ? loaded.error->message : "cannot be audited";
      report(NotAudited(std::move(name), std::move(why), std::move(origin)));
      continue;
    }
    AuditedFile audited = engine->auditor->AuditDocument(std::move(*loaded.document));
    audited.origin = std::move(origin);
    report(std::move(audited));
  }
  if (file->error()) {
    report(NotAudited(input.path,
                      "read error after line " + std::to_string(last_line) + ": " + *file->error(),
                      {input.path, last_line, ""}));
  }
}

}  // namespace qa
