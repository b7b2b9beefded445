// A check turns scan results into findings. Checks are built once per run
// (compiling their patterns then) and Run() once per document, on any of the
// run's worker threads (cli/parallel_audit.h).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checks/fingerprint_record.h"
#include "checks/paragraph_words.h"
#include "checks/sentence_lexicons.h"
#include "core/document.h"
#include "core/finding.h"
#include "core/finding_sink.h"
#include "core/quote.h"
#include "rules/rule_set.h"

namespace qa {

struct CheckContext {
  const Document& document;
  const ScanResult& scan;
  // Read on the first request and shared by the document's checks.
  ParagraphWords paragraph_words{document};
  SentenceLexicons sentence_lexicons{document, scan, &paragraph_words};
};

// What the checks built together for one rule set share (MakeChecks).
struct SharedByChecks {
  // One gate for the checks that gate their sentence searches on lexicons,
  // so that each sentence's words are read once (CheckContext's
  // sentence_lexicons). A check adds its lexicons while there is room and
  // keeps a gate of its own otherwise.
  std::shared_ptr<LexiconGate> gate = std::make_shared<LexiconGate>();

  // The gate for a check that adds `lexicons` lexicons: `shared`'s while it
  // has room for them, else a new one.
  static std::shared_ptr<LexiconGate> GateFor(SharedByChecks* shared, size_t lexicons) {
    if (shared != nullptr &&
        shared->gate->lexicon_count() + lexicons <= LexiconGate::kMaxLexicons) {
      return shared->gate;
    }
    return std::make_shared<LexiconGate>();
  }
};

// What a cross-document check remembers of the documents it has seen. One
// run shares it between the checks of the same id under every config, so a
// paragraph copied between folders with different configs is still found.
class CrossFileState {
 public:
  virtual ~CrossFileState() = default;
  // A line for the run summary when the memory had to stop remembering
  // (so later copies went unchecked); empty while it is complete.
  virtual std::string LimitNote() const { return ""; }
};

// What a cross-document check takes from one document for its ordered step:
// plain data (hashes, spans, line numbers), never the document itself.
struct CrossFileDigest {
  virtual ~CrossFileDigest() = default;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view id() const = 0;
  // Appends this document's findings. Called for several documents at once
  // from different threads, so it changes nothing in the check (const, no
  // scratch space shared between calls).
  virtual void Run(const CheckContext& context, FindingSink findings) const = 0;

  // Cross-document checks (with across_files on) return their memory of
  // earlier documents, and adopt the memory of the check of the same id built
  // for another config; the default is a check that looks at one document.
  virtual std::shared_ptr<CrossFileState> cross_file_state() { return nullptr; }
  virtual void set_cross_file_state(std::shared_ptr<CrossFileState> /*state*/) {}

  // With a cross_file_state(), a document is checked in two steps instead of
  // Run: Digest, thread-safe like Run, appends what the document alone shows
  // and returns what the comparison needs; then Compare, called on one thread
  // with the digests in input order, compares with the earlier documents,
  // appends those findings and remembers this one.
  virtual std::unique_ptr<CrossFileDigest> Digest(const CheckContext& context,
                                                  FindingSink findings) const {
    Run(context, findings);
    return nullptr;
  }
  virtual void Compare(const CrossFileDigest& /*digest*/, FindingSink /*findings*/) {}

  // The distributed form of Compare (checks/fingerprint_record.h,
  // docs/scale.md), for checks with a cross_file_state():
  // - Records: the digest as fingerprint records of `article`;
  // - FromRecords: a digest rebuilt from an article's records (null when they
  //   hold none of this check's), for Compare to remember (check --reference);
  // - JoinKey: the records of one key in article order (then item order) in,
  //   the resolutions of the later records out;
  // - Resolve: Compare's findings for a digest, from its article's
  //   resolutions instead of the memory of earlier articles.
  virtual void Records(const CrossFileDigest& /*digest*/, const ArticleRef& /*article*/,
                       std::vector<FingerprintRecord>* /*records*/) const {}
  virtual std::unique_ptr<CrossFileDigest> FromRecords(
      std::span<const FingerprintRecord> /*records*/) const {
    return nullptr;
  }
  virtual void JoinKey(std::span<const FingerprintRecord* const> /*records*/,
                       std::vector<Resolution>* /*resolutions*/) const {}
  virtual void Resolve(const CrossFileDigest& /*digest*/,
                       std::span<const Resolution* const> /*resolutions*/,
                       FindingSink /*findings*/) const {}
  // Whether Resolve would find anything in an article with these
  // resolutions (a later copy past the report budget alone gives nothing),
  // so check --only-resolved audits only the articles that need it.
  virtual bool Reports(std::span<const Resolution* const> resolutions) const {
    return !resolutions.empty();
  }
};

// Both steps for one document, for callers that check documents one at a
// time in order (tests, harnesses): Digest, then Compare when there is one.
inline void CheckDocument(Check& check, const CheckContext& context, FindingSink findings) {
  std::unique_ptr<CrossFileDigest> digest = check.Digest(context, findings);
  if (digest != nullptr) check.Compare(*digest, findings);
}

}  // namespace qa
