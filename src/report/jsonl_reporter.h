// The `jsonl` format: one compact JSON object per line for every article (or
// input that could not be audited), in input order, each written and flushed
// as soon as the article is reported, so a consumer (a pipeline, a cluster
// worker) can read results while the run goes on:
//
//   {"path":"wire.jsonl#a17","archive":"wire.jsonl","line":3,"id":"a17",
//    "quotes":[{"text":"...","start":40,"end":72,"line":2,"column":1,
//               "speaker":"Ines Halloran","speaker_kind":"person",
//               "rule":"inverted-said-name","kind":"direct"}],
//    "findings":[{"rule":"vague-source","severity":"warning","message":"...",
//                 "start":90,"end":97,"line":3,"column":1,"end_line":3,
//                 "end_column":8,"excerpt":"...","related":[...]}],
//    "errors":[]}
//
// "archive", "line" and "id" are there only for articles of a JSON Lines
// archive (--input-format jsonl). Offsets and positions are into the article
// text (a file's bytes otherwise); columns count code points. No totals line:
// every line is one article. docs/output-formats.md#jsonl.
#pragma once

#include <ostream>

#include "report/reporter.h"

namespace qa {

class JsonlReporter : public Reporter {
 public:
  JsonlReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  std::ostream& out_;
  bool show_suppressed_ = false;
};

}  // namespace qa
