#include "cli/jsonl_inputs.h"

#include <filesystem>
#include <string>
#include <thread>

#include "cli/hand_back.h"
#include "cli/ordered_stream.h"
#include "cli/parallel_audit.h"
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

namespace {

// One unit of an archive's stream: a line to audit, or the read error that
// ended the stream.
struct ArchiveItem {
  bool is_line = false;
  // The line's own copy: the reader's view lasts only until its next read,
  // and workers parse lines after others have been read.
  std::string bytes;
  size_t number = 0;  // the line's number; for the error, the last line read
  bool too_long = false;
  std::string read_error;  // when !is_line
};

// What a worker made of one item: nothing (a blank line), a result to report
// as it is, or an article prepared for the ordered step.
struct ArchiveResult {
  std::optional<AuditedFile> ready;
  std::optional<PreparedAudit> prepared;
  ArticleOrigin origin;
  // The thread that made it, whose arena its memory goes back to.
  std::thread::id thread = std::this_thread::get_id();
};

// What is left of a reported article (cli/hand_back.h).
struct SpentArticle {
  ArchiveResult result;
  AuditedFile file;
};

}  // namespace

void AuditJsonLines(const CollectedInput& input, Engine* engine, const Options& options,
                    unsigned jobs, const std::function<void(AuditedFile&)>& report) {
  if (input.error || engine == nullptr || engine->auditor == nullptr) {
    AuditedFile audited;
    audited.path = input.path;
    if (input.error) audited.problems.push_back({input.error->message, input.error->offset});
    report(audited);
    return;
  }
  ReaderOptions reader = ReaderOptionsFor(engine->config, options.text_format);
  JsonLinesFields fields{options.id_field, options.text_field};
  InputError open_error;
  std::unique_ptr<JsonLinesFile> file =
      JsonLinesFile::Open(input.path, reader.limits.max_article_bytes, &open_error);
  if (file == nullptr) {
    AuditedFile audited = NotAudited(input.path, open_error.message, {input.path, 0, ""});
    report(audited);
    return;
  }
  const InputFormat format = reader.format.value_or(InputFormat::kText);
  const Auditor& auditor = *engine->auditor;
  // Reading stays in line order on one thread at a time; parsing, reading the
  // article and the per-document work run on the workers; the cross-article
  // step and the report come back in line order.
  size_t last_line = 0;
  bool error_given = false;
  std::function<std::optional<ArchiveItem>()> next = [&]() -> std::optional<ArchiveItem> {
    if (std::optional<LineSplitter::Line> line = file->Next()) {
      last_line = line->number;
      return ArchiveItem{true, std::string(line->bytes), line->number, line->too_long, ""};
    }
    if (file->error() && !error_given) {
      error_given = true;
      return ArchiveItem{false, "", last_line, false, *file->error()};
    }
    return std::nullopt;
  };
  HandBack<SpentArticle> spent;
  std::function<ArchiveResult(ArchiveItem)> work = [&](ArchiveItem item) {
    spent.DestroyMine();
    ArchiveResult result;
    if (!item.is_line) {
      result.ready = NotAudited(
          input.path,
          "read error after line " + std::to_string(item.number) + ": " + item.read_error,
          {input.path, item.number, ""});
      return result;
    }
    std::string at_line = input.path + ":" + std::to_string(item.number);
    result.origin = {input.path, item.number, ""};
    if (item.too_long) {
      result.ready = NotAudited(
          at_line,
          "line longer than " + LimitText("max_article_bytes", reader.limits.max_article_bytes) +
              "; not read",
          result.origin);
      return result;
    }
    JsonLinesArticle article = ParseJsonLine(item.bytes, item.number, fields);
    std::string().swap(item.bytes);  // parsed: only the article's text is kept
    if (article.blank) return result;
    if (article.error) {
      result.ready = NotAudited(at_line, *article.error, result.origin);
      return result;
    }
    std::string name = input.path + "#" + article.id;
    // check --resolutions --only-resolved: only the articles the join named.
    if (auditor.Skips(name)) return result;
    result.origin.id = std::move(article.id);
    LoadResult loaded = LoadDocumentBytes(name, std::move(article.text), format, reader);
    if (!loaded.document) {
      std::string why = loaded.error ? loaded.error->message : "cannot be audited";
      result.ready = NotAudited(std::move(name), std::move(why), result.origin);
      return result;
    }
    result.prepared = auditor.Prepare(std::move(*loaded.document));
    return result;
  };
  std::function<void(ArchiveResult)> consume = [&](ArchiveResult result) {
    SpentArticle done;
    if (result.ready) {
      report(*result.ready);
    } else if (result.prepared) {
      // The ordered step needs the article's place in the run (fingerprints).
      result.prepared->file.origin = result.origin;
      done.file = result.prepared->finished ? std::move(result.prepared->file)
                                            : engine->auditor->Finish(std::move(*result.prepared));
      done.file.origin = std::move(result.origin);
      report(done.file);
    }  // else a blank line (or a skipped article)
    const std::thread::id thread = result.thread;
    done.result = std::move(result);
    spent.Give(thread, std::move(done));
  };
  // Reading the next line of a file never waits long, so the caller may
  // audit articles too; a pipe's (standard input's) may wait for its source,
  // with results ready that the caller must hand on.
  std::error_code not_a_file;
  const CallerRole caller =
      input.path != "-" && std::filesystem::is_regular_file(input.path, not_a_file)
          ? CallerRole::kConsumesAndWorks
          : CallerRole::kConsumes;
  RunStreamInOrder<ArchiveItem, ArchiveResult>(next, jobs, InFlightWindow(jobs), work, consume,
                                               caller);
}

}  // namespace qa
