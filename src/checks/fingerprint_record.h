// Fingerprints: what the cross-article checks keep of an article, as plain
// records that can leave the process (check --emit-fingerprints), be
// shuffled by key on a cluster and joined (quoteaudit join) into
// resolutions, which a later audit of the article turns into the same
// findings a single run reports (check --resolutions). docs/scale.md.
//
// The comparison is key-local by design: which earlier copy an item is
// compared with depends only on the records of its own key, in article
// order, so the records of one key can be joined anywhere.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "core/span.h"

namespace qa {

// Which article a record belongs to, and its place in the run's order:
// archives (or files) by name, then articles by line; a file has line 0.
struct ArticleRef {
  std::string archive;
  uint64_t line = 0;
  std::string path;  // as reported: "ARCHIVE#ID", or the file's path

  friend bool operator<(const ArticleRef& a, const ArticleRef& b) {
    return std::tie(a.archive, a.line, a.path) < std::tie(b.archive, b.line, b.path);
  }
  friend bool operator==(const ArticleRef& a, const ArticleRef& b) {
    return a.archive == b.archive && a.line == b.line && a.path == b.path;
  }
};

// A place in an article: a span of its analysis text (for a finding in the
// same article) and of its source bytes with line and column (for a related
// location in another file).
struct RecordPlace {
  Span span;
  Span source;
  uint64_t line = 0;
  uint64_t column = 0;
};

struct FingerprintRecord {
  std::string check;  // the rule id whose digest this is
  std::string key;    // records with equal keys are compared with each other
  ArticleRef article;
  uint64_t item = 0;  // the item's index in its article's digest
  RecordPlace place;
  // duplicate-text: the article's first paragraph (a whole-article copy's
  // related location), and whether this paragraph may be an earlier copy.
  RecordPlace start;
  bool remember = true;
  uint64_t of = 0;  // duplicate-text: the article's comparable paragraphs
  // attribution-conflict: the speaker as the article spells it, normalised,
  // and the normalised aliases the article gives them.
  std::string speaker;
  std::string speaker_key;
  std::vector<std::string> aliases;
};

// What the join found for one item (or one article) of a later article: the
// earlier record it is compared with.
struct Resolution {
  std::string check;
  ArticleRef article;  // the later article, where the finding goes
  uint64_t item = 0;
  std::string kind;  // check-specific: "copy", "same-text", "first-use"
  // duplicate-text "copy": whether the copy is within the paragraph's report
  // budget (max_reports_per_paragraph).
  bool within = true;
  bool same_article = false;  // the earlier record is in the same article
  uint64_t of = 0;            // duplicate-text: the later article's comparable paragraphs
  FingerprintRecord earlier;
};

}  // namespace qa
