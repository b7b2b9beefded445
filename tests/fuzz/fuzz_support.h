// Shared by the fuzz targets (tests/fuzz/fuzz_*.cc): the built-in rules,
// loaded once per process, and the invariants every Document and ScanResult
// must keep whatever the input. A broken invariant aborts, so libFuzzer and
// the replay driver (replay_main.cc) report it like a crash.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "rules/rule_loader.h"
#include "scan/scanner.h"

namespace qa::fuzz {

inline std::string Bytes(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void Require(bool ok, const char* what) {
  if (!ok) Fail(what);
}

// The input of the pattern targets: one flag byte (bit 0 set: match case-
// insensitively), a line (a pattern or a phrase), a newline, then the text.
struct LineAndText {
  bool case_sensitive = true;
  std::string line;
  std::string text;
};
inline std::optional<LineAndText> ReadLineAndText(const uint8_t* data, size_t size) {
  if (size < 2) return std::nullopt;
  std::string input = Bytes(data + 1, size - 1);
  size_t newline = input.find('\n');
  if (newline == std::string::npos) return std::nullopt;
  return LineAndText{(data[0] & 1) == 0, input.substr(0, newline), input.substr(newline + 1)};
}

// The built-in rule set; a failure to load it is a build problem, not a finding.
inline const RuleSet& BuiltinRules() {
  static const RuleSet* rules = [] {
    RuleLoadResult loaded = LoadRules({});
    if (!loaded.errors.empty()) Fail("the built-in rules do not load");
    return new RuleSet(std::move(loaded.rules));
  }();
  return *rules;
}

// The scanner built from the built-in rules, once per process.
inline const Scanner& BuiltinScanner() {
  static const Scanner* scanner = [] {
    std::vector<RuleError> errors;
    std::unique_ptr<Scanner> created = Scanner::Create(BuiltinRules(), &errors);
    if (!created) Fail("the built-in scanner does not build");
    return created.release();
  }();
  return *scanner;
}

inline void RequireSpanIn(Span span, size_t size, const char* what) {
  Require(span.begin <= span.end && span.end <= size, what);
}

// What the later stages rely on: paragraphs and runs inside the texts and
// in order, problems at offsets inside the original.
inline void CheckDocument(const Document& document) {
  size_t previous_end = 0;
  for (Span paragraph : document.paragraphs) {
    RequireSpanIn(paragraph, document.text.size(), "paragraph outside the analysis text");
    Require(paragraph.begin >= previous_end, "paragraphs overlap or are out of order");
    previous_end = paragraph.end;
  }
  size_t text = 0;
  for (const SourceRun& run : document.source_runs) {
    Require(run.text == text, "source runs do not cover the analysis text in order");
    Require(run.source + run.source_size <= document.original().size(),
            "source run outside the original bytes");
    text += run.text_size;
  }
  if (!document.source_runs.empty()) {
    Require(text == document.text.size(), "source runs do not cover the analysis text");
  } else if (!document.text.empty()) {
    // No runs and some text: plain text, mapped byte for byte.
    Require(document.text.size() == document.original().size(),
            "identity mapping with texts of different sizes");
  }
  for (const InputProblem& problem : document.problems) {
    Require(problem.offset <= document.original().size(), "input problem past the end");
  }
  for (Span paragraph : document.paragraphs) {
    RequireSpanIn(document.ToSource(paragraph), document.original().size(),
                  "paragraph maps outside the original bytes");
  }
}

inline void CheckScan(const Document& document, const ScanResult& scan) {
  size_t previous_end = 0;
  for (const Quote& quote : scan.quotes) {
    RequireSpanIn(quote.span, document.text.size(), "quote outside the analysis text");
    Require(quote.span.begin >= previous_end, "quotes overlap or are out of order");
    Require(quote.inner.begin >= quote.span.begin && quote.inner.end <= quote.span.end,
            "quote text outside its marks");
    previous_end = quote.span.end;
  }
  for (const MarkProblem& problem : scan.mark_problems) {
    RequireSpanIn(problem.mark, document.text.size(), "mark problem outside the analysis text");
  }
  for (Span sentence : scan.sentences) {
    RequireSpanIn(sentence, document.text.size(), "sentence outside the analysis text");
  }
}

}  // namespace qa::fuzz
